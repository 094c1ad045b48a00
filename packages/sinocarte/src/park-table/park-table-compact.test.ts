/**
 * The table in a partner's article column: a WordPress-like page (`html { font-size: 62.5% }`, a 720 px column
 * with 16 px padding, theme rules on tables and buttons). Every column must be in view and no normal word may
 * be cut across two lines ("Créati/on"): a word cut in two puts its pieces on two lines, so a range over it
 * has two client rectangles. Hyphens and spaces are break points; web addresses may wrap anywhere.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../park-table.js';
import type { SinoParkTable } from './park-table.component.js';

const shadow = (el: Element) => el.shadowRoot!;

/** A theme's rules, as a partner's WordPress would have them. */
const THEME = `
  html { font-size: 62.5%; }
  body { font-family: Georgia, serif; font-size: 1.6rem; line-height: 1.7; }
  .entry-content { width: 720px; padding: 0 16px; }
  table { border: 1px solid #ccc; } th, td { padding: 0.8rem; word-break: break-all; }
  button { text-transform: uppercase; padding: 1.2rem 2.4rem; }
`;

let theme: HTMLStyleElement;
before(() => {
  theme = document.createElement('style');
  theme.textContent = THEME;
  document.head.append(theme);
});
after(() => theme.remove());

async function renderInColumn(attributes: Record<string, string>): Promise<SinoParkTable> {
  const wrapper = await fixture<HTMLElement>(html`<main class="entry-content"><sino-park-table></sino-park-table></main>`);
  const el = wrapper.querySelector('sino-park-table')!;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  for (let i = 0; i < 40 && !shadow(el).querySelector('tbody tr[data-row]'); i++) {
    await el.updateComplete;
    await nextFrame();
  }
  await el.updateComplete;
  await nextFrame();
  return el;
}

/** The words of the text nodes under `root` that are drawn on more than one line, as "word (n lines)". */
function cutWords(root: Element): string[] {
  const cut: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (parent.closest('.visually-hidden, .format-url') || parent.getClientRects().length === 0) continue;
    const text = node.textContent!;
    for (const match of text.matchAll(/[^\s\-‐–—/]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) cut.push(`${match[0]} (${lines.size} lines)`);
    }
  }
  return cut;
}

describe('<sino-park-table> in a 720 px article column', () => {
  before(async () => {
    await setViewport({ width: 1000, height: 900 });
  });
  after(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  for (const [preset, lang] of [
    ['parks', 'fr'],
    ['partnerships', 'fr'],
    ['offices', 'fr'],
    ['parks', 'en'],
    ['partnerships', 'en'],
  ] as const) {
    it(`${preset} (${lang}): every column in view, no word cut in a header or a cell`, async () => {
      const el = await renderInColumn({ preset, lang });
      const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
      expect(scroller.clientWidth, 'the table layout, not the cards').to.be.greaterThan(600);
      expect(scroller.scrollWidth, 'no column off to the right').to.be.at.most(scroller.clientWidth);
      const headers = [...shadow(el).querySelectorAll('thead th')];
      expect(headers.flatMap(cutWords), 'headers').to.deep.equal([]);
      const cells = [...shadow(el).querySelectorAll('tbody tr[data-row] > *')];
      expect(cells.length).to.be.greaterThan(40);
      expect(cells.flatMap(cutWords), 'cells').to.deep.equal([]);
    });
  }

  it('still wraps a long unbroken string anywhere rather than widening the table', async () => {
    const el = await renderInColumn({ lang: 'fr' });
    el.columns = [
      { key: 'name', label: 'Nom', rowHeader: true },
      { key: 'code', label: 'Code' },
      { key: 'note', label: 'Remarque' },
    ];
    el.rows = [{ id: 'a', name: 'Un nom ordinaire', code: 'x'.repeat(300), note: 'Une remarque' }];
    const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
    for (let i = 0; i < 10 && scroller.scrollWidth > scroller.clientWidth; i++) {
      await nextFrame();
      await el.updateComplete;
    }
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
    const code = shadow(el).querySelector('tbody td')!;
    expect(code.getBoundingClientRect().height, 'the string wraps').to.be.greaterThan(60);
    // Back to the bundled parks: laid out by content again, no word cut.
    el.columns = null;
    el.rows = null;
    for (let i = 0; i < 5; i++) {
      await nextFrame();
      await el.updateComplete;
    }
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
    expect([...shadow(el).querySelectorAll('thead th, tbody tr[data-row] > *')].flatMap(cutWords)).to.deep.equal([]);
  });
});
