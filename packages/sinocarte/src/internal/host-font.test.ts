import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../province-map.js';
import '../park-table.js';
import '../timeline.js';
import '../typology.js';
import '../atlas.js';

/**
 * A partner's theme shrinks its root font (`html { font-size: 62.5% }`, WordPress's favourite, or a plain
 * `8px`): the elements must not follow it. Every piece of text they show, and the room they take, must be
 * exactly what they are on a page that leaves the root font alone.
 */

const TAGS = ['sino-province-map', 'sino-park-table', 'sino-timeline', 'sino-typology', 'sino-atlas'] as const;
type Tag = (typeof TAGS)[number];

/** Every element of a shadow root (and of the shadow roots inside it) that shows text of its own. */
function textCarriers(root: ShadowRoot, found: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) textCarriers(el.shadowRoot, found);
    if (el.closest('.visually-hidden, [hidden], style, title')) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim().length > 1);
    if (own && el.getBoundingClientRect().width > 0) found.push(el);
  }
  return found;
}

interface Look {
  texts: string[];
  baseSize: string;
  width: number;
  height: number;
}

/** Renders one element on a page whose root font size is `rootSize` (or the browser's), and reads what it shows. */
async function look(tag: Tag, rootSize: string | null): Promise<Look> {
  document.documentElement.style.fontSize = rootSize ?? '';
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
  const el = document.createElement(tag);
  if (tag === 'sino-timeline') el.setAttribute('range', '1980-2011');
  wrapper.append(el);
  const root = el.shadowRoot!;
  const drawn = () => root.querySelector('path.region, tbody tr, rect.event, g.point, sino-province-map');
  for (let i = 0; i < 100 && !drawn(); i++) await nextFrame();
  for (let i = 0; i < 10; i++) await nextFrame();
  const texts = textCarriers(root).map((t) => `${t.textContent!.trim().slice(0, 24)}: ${getComputedStyle(t).fontSize}`);
  const base = root.querySelector('[part~="base"]')!;
  const { width, height } = base.getBoundingClientRect();
  return { texts, baseSize: getComputedStyle(base).fontSize, width: Math.round(width), height: Math.round(height) };
}

describe('a page that shrinks its root font size', function () {
  this.timeout(60_000);
  after(() => {
    document.documentElement.style.fontSize = '';
  });

  for (const tag of TAGS) {
    it(`<${tag}> keeps its text size and its size under html { font-size: 62.5% } and { font-size: 8px }`, async () => {
      const normal = await look(tag, null);
      expect(normal.texts.length, 'text to compare').to.be.greaterThan(3);
      for (const rootSize of ['62.5%', '8px']) {
        const shrunk = await look(tag, rootSize);
        // The body text is the base size, 15 px, whatever the page.
        expect(shrunk.baseSize, `base size with ${rootSize}`).to.equal('15px');
        const changed = shrunk.texts.filter((text, i) => text !== normal.texts[i]);
        expect(changed.slice(0, 6), `text sizes with html { font-size: ${rootSize} }`).to.deep.equal([]);
        expect(shrunk.texts.length, `as much text with html { font-size: ${rootSize} }`).to.equal(normal.texts.length);
        expect(shrunk.width, `width with ${rootSize}`).to.equal(normal.width);
        expect(shrunk.height, `height with ${rootSize}`).to.be.closeTo(normal.height, 2);
      }
    });
  }
});
