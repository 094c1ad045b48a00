/**
 * The table in a partner's article column: a WordPress-like page (`html { font-size: 62.5% }`, a 720 px column
 * with 16 px padding, theme rules on tables and buttons). Every column must be in view and no normal word may
 * be cut across two lines ("Créati/on"): a word cut in two puts its pieces on two lines, so a range over it
 * has two client rectangles. Hyphens and spaces are break points; web addresses may wrap anywhere; Chinese
 * text may wrap between any two characters (but not inside a number or a Latin word). When the words alone are
 * wider than the box (the atlas's table box is 686 px, and this machine's DejaVu Sans is wide), the table
 * scrolls sideways with a visible cue at the edge where more columns are.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { partnerships } from '@sinocarte/data/partnerships';
import '../park-table.js';
import type { SinoParkTable } from './park-table.component.js';
import { presets } from './park-table.presets.js';

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

async function renderInColumn(attributes: Record<string, string>, column = 720): Promise<SinoParkTable> {
  const wrapper = await fixture<HTMLElement>(html`<main class="entry-content"><sino-park-table></sino-park-table></main>`);
  // CSSOM, as the theme would size it: 720 px of text, or the 688 px an atlas gives its table.
  wrapper.style.width = `${column}px`;
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
    // Chinese characters and full-width punctuation are break points (Chinese wraps between characters).
    for (const match of text.matchAll(/[^\s\-‐–—/\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu)) {
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

  /** Whether the scroll cue at `edge` is shown. */
  const cueShown = (el: SinoParkTable, edge: 'start' | 'end') => {
    const cue = shadow(el).querySelector<HTMLElement>(`.scroll-cue.${edge}`);
    return !!cue && cue.getClientRects().length > 0 && getComputedStyle(cue).opacity === '1' && cue.getBoundingClientRect().width >= 12;
  };

  // The atlas's table box (686 px) in every preset and language: no word cut, whatever has to give.
  for (const lang of ['fr', 'en', 'zh'] as const) {
    for (const preset of ['parks', 'partnerships', 'offices'] as const) {
      it(`${preset} (${lang}) in the atlas's 686 px box: no word cut; a scroll cue when the words alone are too wide`, async () => {
        const el = await renderInColumn({ preset, lang }, 688);
        const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
        for (let i = 0; i < 5; i++) {
          await nextFrame();
          await el.updateComplete;
        }
        expect(scroller.clientWidth, 'the table layout, not the cards').to.be.within(680, 688);
        const cells = [...shadow(el).querySelectorAll('thead th, tbody tr[data-row] > *')];
        expect(cells.length).to.be.greaterThan(40);
        expect(cells.flatMap(cutWords)).to.deep.equal([]);
        if (scroller.scrollWidth > scroller.clientWidth + 1) {
          expect(cueShown(el, 'end'), 'more to the right: a cue says so').to.equal(true);
          expect(cueShown(el, 'start')).to.equal(false);
          scroller.scrollLeft = scroller.scrollWidth;
          await nextFrame();
          await nextFrame();
          expect(cueShown(el, 'end'), 'scrolled to the end').to.equal(false);
          expect(cueShown(el, 'start')).to.equal(true);
        } else {
          expect(cueShown(el, 'end'), 'nothing to scroll to').to.equal(false);
        }
      });
    }
  }

  it('scrolls with a cue, rather than cutting words, when the words alone are wider than the box', async () => {
    const el = await renderInColumn({ preset: 'partnerships', lang: 'fr' }, 640);
    el.style.setProperty('--sino-font-size', '20px');
    for (let i = 0; i < 5; i++) {
      await nextFrame();
      await el.updateComplete;
    }
    const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth, 'the table is wider than its box').to.be.greaterThan(scroller.clientWidth + 20);
    expect([...shadow(el).querySelectorAll('thead th, tbody tr[data-row] > *')].flatMap(cutWords)).to.deep.equal([]);
    expect(cueShown(el, 'end')).to.equal(true);
  });

  it('a long table (virtual from 65 rows) fits its columns to their content as a short one does, and keeps them while it scrolls', async () => {
    const el = await renderInColumn({ lang: 'fr' });
    const short = [...partnerships];
    // The same records three times (159 rows): only a window of them is in the DOM.
    const long = [0, 1, 2].flatMap((copy) => partnerships.map((p) => ({ ...p, id: `${p.id}-${copy}` })));
    const widths = async (rows: typeof short) => {
      el.columns = presets.partnerships;
      el.rows = rows;
      for (let i = 0; i < 8; i++) {
        await nextFrame();
        await el.updateComplete;
      }
      return [...shadow(el).querySelectorAll('thead th')].map((th) => Math.round(th.getBoundingClientRect().width));
    };
    const fitted = await widths(short);
    const virtual = await widths(long);
    const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
    expect(shadow(el).querySelectorAll('tbody tr[data-row]').length, 'a window of the rows').to.be.below(long.length);
    // Each column as wide (within 12 px) as in the short table with the same values: no fixed widths.
    virtual.forEach((w, i) => expect(w, `column ${i + 1}`).to.be.closeTo(fitted[i], 12));
    expect(scroller.scrollWidth, 'no column off to the right').to.be.at.most(scroller.clientWidth);
    const cells = () => [...shadow(el).querySelectorAll('thead th, tbody tr[data-row] > *')];
    expect(cells().flatMap(cutWords)).to.deep.equal([]);
    // Scrolled to the middle and the end: the other rows fit the same columns, words whole.
    for (const top of [scroller.scrollHeight / 2, scroller.scrollHeight]) {
      scroller.scrollTop = top;
      for (let i = 0; i < 6; i++) {
        await nextFrame();
        await el.updateComplete;
      }
      expect([...shadow(el).querySelectorAll('thead th')].map((th) => Math.round(th.getBoundingClientRect().width)), 'columns do not move').to.deep.equal(virtual);
      expect(cells().flatMap(cutWords)).to.deep.equal([]);
    }
  });

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

describe('<sino-park-table> in a wide column', () => {
  before(async () => {
    await setViewport({ width: 1500, height: 900 });
  });
  after(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  // From 1,100 px the table has its full size type and padding: still laid out by its content.
  for (const width of [1100, 1200]) {
    for (const lang of ['fr', 'en'] as const) {
      for (const preset of ['parks', 'partnerships', 'offices'] as const) {
        it(`${preset} at ${width} px (${lang}): no word cut and no column off to the right`, async () => {
          const el = await renderInColumn({ preset, lang }, width);
          for (let i = 0; i < 5; i++) {
            await nextFrame();
            await el.updateComplete;
          }
          const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
          expect(scroller.scrollWidth, 'no column off to the right').to.be.at.most(scroller.clientWidth);
          expect([...shadow(el).querySelectorAll('thead th, tbody tr[data-row] > *')].flatMap(cutWords)).to.deep.equal([]);
        });
      }
    }
  }
});
