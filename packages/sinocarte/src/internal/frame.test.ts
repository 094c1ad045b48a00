import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../province-map.js';
import '../park-table.js';
import '../timeline.js';
import '../typology.js';
import '../atlas.js';

/** The editorial frame: what an editor puts around a chart in an article, on every element. */

const TAGS = ['sino-province-map', 'sino-park-table', 'sino-timeline', 'sino-typology', 'sino-atlas'] as const;
const EMBASSY = 'Ambassade de France en Chine, 2004';
const MINISTRY = 'Ministère des Affaires étrangères et européennes, 2011';
/** The default source line of each element on its bundled data, in French. */
const DEFAULT_SOURCES: Record<(typeof TAGS)[number], RegExp> = {
  'sino-province-map': new RegExp(`^Source\u00a0: ${EMBASSY}$`),
  'sino-park-table': new RegExp(`^Source\u00a0: ${EMBASSY}$`),
  'sino-timeline': new RegExp(`^Sources\u00a0: .*${MINISTRY}`),
  'sino-typology': new RegExp(`^Source\u00a0: ${MINISTRY}$`),
  'sino-atlas': new RegExp(`^Sources\u00a0: .*(${EMBASSY}.*${MINISTRY}|${MINISTRY}.*${EMBASSY})`),
};

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
/** What a reader sees of a part: nothing when it or an ancestor is not rendered. */
const seen = (el: Element, name: string) => {
  const node = part(el, name);
  return node && node.getClientRects().length > 0 ? node.innerText.trim() : '';
};

async function render<E extends HTMLElement>(template: unknown): Promise<E> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px">${template}</div>`);
  const el = wrapper.firstElementChild as E & { updateComplete: Promise<unknown> };
  for (let i = 0; i < 60 && !el.shadowRoot?.querySelector('path.region, tbody tr, rect.event, g.point'); i++) await nextFrame();
  await el.updateComplete;
  await nextFrame();
  return el;
}

async function settle(el: HTMLElement) {
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await nextFrame();
}

describe('the editorial frame', function () {
  this.timeout(20_000);

  for (const tag of TAGS) {
    it(`<${tag}> shows the heading, description, note and a source line from the documents behind its data`, async () => {
      const el = await render(document.createElement(tag));
      // Nothing above the view when the page gives no heading: no empty title.
      expect(seen(el, 'frame-header')).to.equal('');
      expect(seen(el, 'frame-source')).to.match(DEFAULT_SOURCES[tag]);
      el.setAttribute('heading', 'Les parcs <b>TORCH</b>');
      el.setAttribute('description', 'Nombre de parcs par région.');
      el.setAttribute('note', 'Liste de 2004.');
      await settle(el);
      // Text from the page is shown as text.
      expect(seen(el, 'frame-heading')).to.equal('Les parcs <b>TORCH</b>');
      expect(part(el, 'frame-heading').localName).to.equal('h2');
      expect(seen(el, 'frame-description')).to.equal('Nombre de parcs par région.');
      expect(seen(el, 'frame-note')).to.equal('Liste de 2004.');
      el.setAttribute('source', 'Source : Conseil régional, d’après l’Ambassade');
      await settle(el);
      expect(seen(el, 'frame-source')).to.equal('Source : Conseil régional, d’après l’Ambassade');
      // The heading comes before the view, the source after it.
      const base = part(el, 'base');
      // (Booleans, not elements: chai's diff of two Lit elements can exhaust the renderer's memory.)
      // (The first thing shown: a hidden text probe, internal/text-metrics.ts, draws nothing.)
      const first = [...base.children].find((child) => !child.matches('[aria-hidden="true"]'));
      expect(first === part(el, 'frame-header'), 'the heading comes first').to.equal(true);
      expect((part(el, 'frame-footer').compareDocumentPosition(part(el, 'message')) & Node.DOCUMENT_POSITION_PRECEDING) !== 0, 'the source after the view').to.equal(true);
    });
  }

  it('takes the heading, description, source and note from slots, and drops the header when they are removed', async () => {
    const el = await render(html`<sino-province-map
      ><span slot="heading">Titre <em>riche</em></span><span slot="description">Le texte.</span><a slot="source" href="https://example.org/">Notre source</a
      ><span slot="note">Une note.</span></sino-province-map
    >`);
    await settle(el);
    const assigned = (name: string) => part(el, `frame-${name}`).querySelector('slot')!.assignedElements().map((e) => e.textContent);
    expect(assigned('heading')).to.deep.equal(['Titre riche']);
    expect(assigned('description')).to.deep.equal(['Le texte.']);
    expect(assigned('source')).to.deep.equal(['Notre source']);
    expect(assigned('note')).to.deep.equal(['Une note.']);
    expect(part(el, 'frame-heading').getClientRects().length).to.be.greaterThan(0);
    for (const child of [...el.children]) if (child.slot !== 'source') child.remove();
    await settle(el);
    await settle(el);
    expect(seen(el, 'frame-header')).to.equal('');
    expect(seen(el, 'frame-note')).to.equal('');
  });

  it('follows the language and the data shown: the map credits the ministry for partnerships, the embassy for parks', async () => {
    const el = await render<HTMLElement & { metric: string; showParks: boolean; lang: string }>(html`<sino-province-map lang="en"></sino-province-map>`);
    expect(seen(el, 'frame-source')).to.equal(`Source: ${EMBASSY}`);
    el.metric = 'partnerships';
    await settle(el);
    // The partnerships' documents, and the parks' for the points still drawn.
    expect(seen(el, 'frame-source')).to.match(/^Sources: /).and.contain(MINISTRY).and.contain(EMBASSY);
    el.showParks = false;
    await settle(el);
    expect(seen(el, 'frame-source')).to.match(/^Sources?: /).and.contain(MINISTRY).and.not.contain(EMBASSY);
    el.lang = 'zh';
    await settle(el);
    expect(seen(el, 'frame-source')).to.match(/^来源：/).and.contain(MINISTRY);
  });

  it('credits nothing for the page’s own rows, which cite no document', async () => {
    const el = await render<HTMLElement & { rows: unknown[]; updateComplete: Promise<unknown> }>(html`<sino-park-table></sino-park-table>`);
    el.rows = [{ id: 'a', name: 'Notre parc', provinceId: 'CN-HB' }];
    await settle(el);
    expect(seen(el, 'frame-source')).to.equal('');
    // The footer then holds the fullscreen button alone.
    expect(seen(el, 'frame-footer')).to.equal('Plein écran');
  });

  it('states the unit and year in the revenue legend, and what and when in the parks legend', async () => {
    const el = await render<HTMLElement & { metric: string }>(html`<sino-province-map metric="revenue"></sino-province-map>`);
    expect(el.shadowRoot!.querySelector('.legend-title')!.textContent).to.equal('Chiffre d’affaires des parcs (Md ¥, 2002)');
    el.metric = 'parks';
    await settle(el);
    expect(el.shadowRoot!.querySelector('.legend-title')!.textContent).to.equal('Parcs technologiques TORCH (liste de 2004)');
  });
});
