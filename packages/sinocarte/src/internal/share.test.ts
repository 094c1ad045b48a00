import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../province-map.js';
import '../park-table.js';
import '../timeline.js';
import '../typology.js';
import '../atlas.js';

/** The `share` attribute: an element's view in the URL hash, and a link with that hash opens the same view. */

type Sino = HTMLElement & { updateComplete: Promise<unknown>; share: boolean } & Record<string, unknown>;

/** One property each element shares, a value to set it to, and what the reader then sees. */
const CASES = [
  { tag: 'sino-province-map', name: 'metric', value: 'revenue', seen: (el: Sino) => el.shadowRoot!.querySelector('[part~="legend"]')?.textContent?.replace(/\s+/g, ' ') ?? '' },
  { tag: 'sino-park-table', name: 'query', value: 'wuhan', seen: (el: Sino) => String(el.shadowRoot!.querySelectorAll('tbody tr').length) },
  { tag: 'sino-timeline', name: 'range', value: '1980-1990', seen: (el: Sino) => String(el.shadowRoot!.querySelectorAll('rect.event').length) },
  { tag: 'sino-typology', name: 'plane', value: 'coordination', seen: (el: Sino) => el.shadowRoot!.querySelector('[part~="controls"] [aria-pressed="true"]')?.textContent?.replace(/\s+/g, ' ') ?? '' },
  { tag: 'sino-atlas', name: 'metric', value: 'revenue', seen: (el: Sino) => String(el.getAttribute('metric')) },
] as const;

const path = location.pathname + location.search;
const setHash = (hash: string) => history.replaceState(null, '', path + hash);

async function place(tag: string, attributes: Record<string, string> = {}): Promise<Sino> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
  const el = document.createElement(tag) as Sino;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  await settle(el);
  return el;
}

async function settle(el: Sino) {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await nextFrame();
  }
}

/** Has the page fetched the share machinery (internal/share.ts or lib/share-state.ts)? */
const shareFetched = () => performance.getEntriesByType('resource').some((e) => /\/(internal\/share|lib\/share-state)\.ts$/.test(new URL(e.name).pathname));

describe('share: the view in the URL hash', () => {
  // First: this file runs in a page of its own, and nothing before has asked for `share`.
  it('is downloaded only when an element has `share`, and then reads the hash before the first drawing', async () => {
    setHash('');
    await place('sino-province-map', { metric: 'parks' });
    expect(shareFetched(), 'without share').to.equal(false);
    setHash('#sino-province-map-metric=revenue');
    const el = await place('sino-province-map', { share: '' });
    expect(shareFetched(), 'with share').to.equal(true);
    expect(el.metric, 'the hash read at once').to.equal('revenue');
    setHash('');
  });

  beforeEach(() => setHash(''));
  afterEach(() => setHash(''));

  for (const c of CASES) {
    it(`<${c.tag}>: writes ${c.name} into the hash, and a new element with that hash opens the same view`, async () => {
      const first = await place(c.tag, { share: '' });
      const before = c.seen(first);
      first[c.name] = c.value;
      await settle(first);
      const key = `${c.tag.replace(/^sino-/, 'sino-')}-${c.name}`;
      expect(location.hash).to.contain(`${key}=${c.value}`);
      const shown = c.seen(first);
      expect(shown, 'the view changed').to.not.equal(before);
      const hash = location.hash;
      first.remove();

      // Reload-equivalent: the same hash, a new element.
      setHash(hash);
      const second = await place(c.tag, { share: '' });
      expect(second[c.name]).to.equal(c.value);
      expect(c.seen(second)).to.equal(shown);
      expect(location.hash, 'restoring does not rewrite the hash').to.equal(hash);
    });
  }

  it('writes nothing without `share`, and only what changed from the element’s own attributes', async () => {
    const plain = await place('sino-province-map');
    plain.metric = 'revenue';
    await settle(plain);
    expect(location.hash).to.equal('');
    const shared = await place('sino-province-map', { share: '', metric: 'revenue' });
    expect(location.hash, 'its own attribute is not state to share').to.equal('');
    shared.metric = 'parks';
    await settle(shared);
    expect(location.hash).to.equal('#sino-province-map-metric=parks');
  });

  it('keeps several elements’ keys apart (by id), and the page’s own parts of the hash', async () => {
    setHash('#intro');
    const a = await place('sino-province-map', { share: '', id: 'carte' });
    const b = await place('sino-province-map', { share: '', id: 'carte-2' });
    a.metric = 'revenue';
    await settle(a);
    b.metric = 'offices';
    b.selected = 'CN-HB';
    await settle(b);
    a.selected = 'CN-GD';
    await settle(a);
    expect(location.hash).to.equal('#intro&sino-carte-metric=revenue&sino-carte-2-metric=offices&sino-carte-2-selected=CN-HB&sino-carte-selected=CN-GD');
    const hash = location.hash;
    a.remove();
    b.remove();
    setHash(hash);
    const a2 = await place('sino-province-map', { share: '', id: 'carte' });
    const b2 = await place('sino-province-map', { share: '', id: 'carte-2' });
    expect([a2.metric, a2.selected, b2.metric, b2.selected]).to.deep.equal(['revenue', 'CN-GD', 'offices', 'CN-HB']);
  });

  it('ignores a hand-written hash with bad values: a note, sino-error, and the element keeps drawing', async () => {
    setHash('#sino-province-map-metric=bogus&sino-province-map-selected=%E0%A4%A');
    const errors: string[] = [];
    const listener = (e: Event) => errors.push((e as CustomEvent<{ code: string }>).detail.code);
    document.addEventListener('sino-error', listener);
    try {
      const el = await place('sino-province-map', { share: '' });
      expect(errors).to.include('invalid-attribute');
      expect(errors).to.include('unknown-metric');
      expect(el.selected).to.equal(null);
      const note = el.shadowRoot!.querySelector('[part~="message"]')!.textContent!;
      expect(note).to.contain('sino-province-map-selected');
      expect(el.shadowRoot!.querySelectorAll('path.region').length).to.be.greaterThan(30);
    } finally {
      document.removeEventListener('sino-error', listener);
    }
  });
});
