import { expect } from '@open-wc/testing';
import { frames, loadHostilePage } from './fixtures/hostile-helpers.js';

/**
 * The four elements on a page with aggressive global CSS (fixtures/hostile-css.css: `* { all: unset }`, red fills
 * and strokes on every SVG shape, 56 px italic uppercase right-to-left text with letter-spacing, hidden buttons,
 * padded divs…) must look exactly as they do on a calm twin page (fixtures/hostile-control.html, same width and
 * root font size): same colours, same text styles, same sizes, controls visible and clickable.
 */

const TAGS = ['sino-province-map', 'sino-park-table', 'sino-timeline', 'sino-typology'] as const;
const TEXT_PROPERTIES = [
  'font-size',
  'font-family',
  'font-style',
  'font-weight',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'white-space',
  'direction',
  'line-height',
  'color',
] as const;
/** The controls a reader needs, per element, and what one click on each visibly does. */
const CONTROLS: Record<(typeof TAGS)[number], { selector: string; effect: (host: Element) => boolean }[]> = {
  'sino-province-map': [
    { selector: '.zoom-in', effect: (host) => host.shadowRoot!.querySelector('svg.map')!.classList.contains('zoomed') },
    { selector: '.table-toggle', effect: (host) => host.shadowRoot!.querySelector('[part~="table"]') !== null },
  ],
  'sino-park-table': [
    { selector: 'thead th button', effect: (host) => host.shadowRoot!.querySelector('thead th[aria-sort]') !== null },
    { selector: 'input[type="search"]', effect: (host) => host.shadowRoot!.activeElement?.matches('input[type="search"]') === true },
  ],
  'sino-timeline': [
    { selector: '.zoom-in', effect: (host) => host.getAttribute('range') !== '1980-2011' },
    { selector: '.list-toggle', effect: (host) => host.shadowRoot!.querySelector('.list-toggle')!.getAttribute('aria-expanded') === 'true' },
  ],
  'sino-typology': [
    { selector: 'button.switch[data-view="coordination"]', effect: (host) => host.getAttribute('plane') === 'coordination' },
    { selector: '.table-toggle', effect: (host) => host.shadowRoot!.querySelector('[part~="table"]') !== null },
  ],
};

type Page = Awaited<ReturnType<typeof loadHostilePage>>;

/** The first elements of a shadow root that carry text of their own, in document order. */
function textCarriers(root: ShadowRoot, count = 8): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.closest('.visually-hidden, [hidden], style, title')) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim().length > 1);
    if (own && el.getBoundingClientRect().width > 0) found.push(el);
    if (found.length === count) break;
  }
  return found;
}

function describeText(el: Element) {
  const style = getComputedStyle(el);
  return Object.fromEntries(TEXT_PROPERTIES.map((p) => [p, style.getPropertyValue(p)]));
}

function box(el: Element) {
  const r = el.getBoundingClientRect();
  return { width: Math.round(r.width), height: Math.round(r.height) };
}

describe('a page with aggressive global CSS', function () {
  this.timeout(30_000);
  let calm: Page;
  let hostile: Page;

  before(async () => {
    calm = await loadHostilePage('/packages/sinocarte/test/fixtures/hostile-control.html', 940, 900);
    hostile = await loadHostilePage('/packages/sinocarte/test/fixtures/hostile-css.html', 940, 900);
  });

  after(() => {
    calm.remove();
    hostile.remove();
  });

  it('cannot paint the map red: region fills and strokes, park points are the element’s own', async () => {
    const fills = (page: Page) =>
      [...page.get('sino-province-map').shadowRoot!.querySelectorAll('path.region, circle.park')].map((el) => {
        const style = page.win.getComputedStyle(el);
        return `${el.getAttribute('data-id') ?? el.getAttribute('data-park')} ${style.fill} ${style.stroke} ${style.strokeWidth}`;
      });
    const hostileFills = fills(hostile);
    expect(hostileFills.length).to.equal(34 + 53);
    for (const fill of hostileFills) expect(fill, 'no red').not.to.contain('rgb(255, 0, 0)');
    expect(hostileFills).to.deep.equal(fills(calm));
  });

  for (const tag of TAGS) {
    it(`<${tag}> keeps its own text styles: no giant italic uppercase right-to-left text`, () => {
      const calmTexts = textCarriers(calm.get(tag).shadowRoot!).map((el) => ({ text: el.textContent!.trim().slice(0, 30), ...describeText(el) }));
      const hostileTexts = textCarriers(hostile.get(tag).shadowRoot!).map((el) => ({ text: el.textContent!.trim().slice(0, 30), ...describeText(el) }));
      expect(calmTexts.length, 'text to compare').to.be.greaterThan(2);
      expect(hostileTexts).to.deep.equal(calmTexts);
    });

    it(`<${tag}> keeps its size: the page’s fonts, padding and direction do not inflate or shift it`, () => {
      const calmBase = calm.get(tag).shadowRoot!.querySelector('[part~="base"]')!;
      const hostileBase = hostile.get(tag).shadowRoot!.querySelector('[part~="base"]')!;
      const calmBox = box(calmBase);
      const hostileBox = box(hostileBase);
      expect(calmBox.width).to.be.greaterThan(280);
      expect(hostileBox.width, 'width').to.be.closeTo(calmBox.width, 2);
      expect(hostileBox.height, 'height').to.be.closeTo(calmBox.height, Math.max(4, calmBox.height * 0.02));
      // It stays inside the column the page gives it (the page's body, 900 px wide).
      const rect = hostileBase.getBoundingClientRect();
      const column = hostile.doc.body.getBoundingClientRect();
      expect(rect.left, 'left edge').to.be.at.least(column.left - 1);
      expect(rect.right, 'right edge').to.be.at.most(column.right + 1);
    });

    it(`<${tag}> keeps its controls visible and clickable`, async () => {
      const host = hostile.get(tag);
      const root = host.shadowRoot!;
      for (const { selector, effect } of CONTROLS[tag]) {
        const control = root.querySelector<HTMLElement>(selector);
        expect(control, selector).to.not.equal(null);
        control!.scrollIntoView({ block: 'center', inline: 'center' });
        await frames();
        const rect = control!.getBoundingClientRect();
        expect(rect.width > 8 && rect.height > 8, `${selector} has a size: ${rect.width}×${rect.height}`).to.equal(true);
        expect(getComputedStyle(control!).visibility, `${selector} visible`).to.equal('visible');
        expect(Number(getComputedStyle(control!).opacity), `${selector} opaque`).to.be.greaterThan(0.5);
        const hit = root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
        expect(hit === control || control!.contains(hit), `${selector} is what a click at its centre reaches (got ${hit?.outerHTML.slice(0, 80)})`).to.equal(true);
        (hit as HTMLElement).click();
        if (control!.matches('input')) control!.focus();
        await (host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        await frames();
        expect(effect(host), `clicking ${selector} works`).to.equal(true);
      }
      expect(hostile.win.pageErrors, 'uncaught errors').to.deep.equal([]);
    });
  }
});
