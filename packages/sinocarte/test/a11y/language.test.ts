/**
 * Issue 13, item 10: language of parts. Titles shown in another language than the element's are marked with
 * theirs (English titles in the Chinese view, French source titles in the English and Chinese views), and an
 * element without `lang` does not write `lang=""` on itself (that would mark its content as of no language).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { events } from '@sinocarte/data/events';
import '../../src/timeline.js';
import '../../src/province-map.js';
import '../../src/park-table.js';
import '../../src/typology.js';
import '../../src/atlas.js';
import type { SinoTimeline } from '../../src/timeline/timeline.component.js';
import { render, shadow, until } from './helpers.js';

/** The language a node is in: its own or its closest ancestor's `lang`, across shadow roots. */
function langOf(node: Element): string | null {
  let n: Node | null = node;
  while (n) {
    if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang');
    n = n instanceof ShadowRoot ? n.host : n.parentNode;
  }
  return null;
}

const chart = (el: Element) => shadow(el).querySelector('svg.chart');

describe('a11y: language of parts', () => {
  for (const theme of ['light', 'dark']) {
    it(`timeline in Chinese: titles without a Chinese version are marked English, in the list and the panel (${theme})`, async () => {
      // The bundled events all have Chinese titles now: a host's events may not.
      const document = events.find((e) => e.sources?.length)!.sources[0].document;
      const own = [1, 2, 3, 4, 5, 6].map((i) => ({
        id: `e${i}`,
        date: `${1990 + i}`,
        category: 'relations',
        title: i % 2 ? { fr: `Titre ${i}`, en: `Title ${i}` } : { fr: `Titre ${i}`, en: `Title ${i}`, zh: `标题${i}` },
        provinceIds: [],
        sources: [{ document }],
      }));
      const el = await render<SinoTimeline>(html`<sino-timeline lang="zh" theme=${theme} .events=${own}></sino-timeline>`, 'sino-timeline', chart, 1000);
      shadow(el).querySelector<HTMLButtonElement>('.list-toggle')!.click();
      await el.updateComplete;
      const byId = new Map(own.map((e) => [e.id, e]));
      let checked = 0;
      for (const button of shadow(el).querySelectorAll<HTMLElement>('.list-item')) {
        const event = byId.get(button.dataset.id!)!;
        const title = button.querySelector('.list-title')!;
        expect(langOf(title), `${event.id}: ${title.textContent}`).to.equal('zh' in event.title ? 'zh' : 'en');
        checked++;
      }
      expect(checked).to.equal(own.length);
      // The panel of an English-only event: its title in English, its French sources in French.
      el.selected = 'e1';
      await el.updateComplete;
      expect(langOf(shadow(el).querySelector('.panel-title')!)).to.equal('en');
      const cites = [...shadow(el).querySelectorAll('.sources cite')];
      expect(cites.length).to.be.greaterThan(0);
      for (const cite of cites) expect(langOf(cite), cite.textContent!).to.equal('fr');
    });
  }

  it('timeline in English: the French source titles are marked French', async () => {
    const event = events.find((e) => e.sources?.length)!;
    const el = await render<SinoTimeline>(html`<sino-timeline lang="en" selected=${event.id}></sino-timeline>`, 'sino-timeline', chart, 1000);
    for (const cite of shadow(el).querySelectorAll('.sources cite')) expect(langOf(cite)).to.equal('fr');
  });

  it('no element writes lang="" on itself when lang is unset, and none keeps it when lang is removed', async () => {
    const wrapper = await fixture(html`<div lang="en">
      <sino-province-map></sino-province-map><sino-park-table></sino-park-table><sino-timeline></sino-timeline><sino-typology></sino-typology><sino-atlas></sino-atlas>
    </div>`);
    const elements = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    await until(() => elements.every((e) => e.shadowRoot?.childElementCount), 'the elements');
    for (const e of elements) {
      await e.updateComplete;
      expect(e.hasAttribute('lang'), `<${e.localName}> has no lang attribute`).to.equal(false);
      expect(langOf(shadow(e).firstElementChild!), `<${e.localName}> content is in the page's language`).to.equal('en');
      e.lang = 'zh';
      await e.updateComplete;
      expect(e.getAttribute('lang')).to.equal('zh');
      e.lang = '';
      await e.updateComplete;
      expect(e.hasAttribute('lang'), `<${e.localName}> drops an emptied lang`).to.equal(false);
    }
  });
});
