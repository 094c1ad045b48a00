import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { events } from '@sinocarte/data/events';
import '../timeline.js';
import '../park-table.js';

/**
 * The bundled records' texts of the reader's language only (issue 12): the elements' records are French
 * (`@sinocarte/data/base/*`), English and Chinese are fetched the first time an element shows them
 * (internal/data-texts.ts), and `SinoElement` waits for them, so no French is drawn first. This file runs in a
 * page of its own: the first test sees a page that has shown French only.
 */
type Sino = HTMLElement & { updateComplete: Promise<boolean>; lang: string; selected: string | null; query?: string; addController(c: object): void };

const recognition = events.find((e) => e.id === 'ev-1964-recognition')!;
/** Whether the page has fetched a table of the records' texts in `lang` (one per dataset: `texts/en/events.js`). */
const fetched = (lang: string) => performance.getEntriesByType('resource').some((e) => /\/texts\/(en|zh)(\.js|\/)/.exec(new URL(e.name).pathname)?.[1] === lang);
const panelTitle = (el: Sino) => el.shadowRoot!.querySelector('.panel-title')?.textContent ?? '';

/** A timeline with the 1964 recognition open, and the text of each of its renders from the very first one. */
async function timeline(lang: string): Promise<{ el: Sino; renders: string[] }> {
  const el = document.createElement('sino-timeline') as Sino;
  el.lang = lang;
  el.selected = recognition.id;
  const renders: string[] = [];
  el.addController({ hostUpdated: () => renders.push(panelTitle(el)) });
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  for (let i = 0; i < 50 && !panelTitle(el); i++) await nextFrame();
  await el.updateComplete;
  return { el, renders };
}

describe('data texts of the reader’s language only', function () {
  this.timeout(20_000);

  it('a French page downloads neither the English nor the Chinese texts of the records', async () => {
    const { el } = await timeline('fr');
    expect(panelTitle(el)).to.contain(recognition.title.fr);
    expect(fetched('en'), 'texts/en').to.equal(false);
    expect(fetched('zh'), 'texts/zh').to.equal(false);
  });

  it('lang="en": every render with the panel shows the English title, never the French one first', async () => {
    const { el, renders } = await timeline('en');
    expect(fetched('en')).to.equal(true);
    expect(fetched('zh'), 'an English page does not download the Chinese').to.equal(false);
    expect(panelTitle(el)).to.contain(recognition.title.en);
    expect(el.shadowRoot!.querySelector('.panel-title')!.hasAttribute('lang'), 'English on an English page needs no mark').to.equal(false);
    for (const text of renders.filter(Boolean)) expect(text).to.contain(recognition.title.en).and.not.contain(recognition.title.fr);
  });

  it('switching lang at run time: French, then English, then Chinese titles', async () => {
    const { el } = await timeline('fr');
    expect(panelTitle(el)).to.contain(recognition.title.fr);
    el.lang = 'en';
    await el.updateComplete;
    expect(panelTitle(el)).to.contain(recognition.title.en);
    el.lang = 'zh';
    await el.updateComplete;
    expect(panelTitle(el)).to.contain(recognition.title.zh!);
  });

  it('a French table still finds a region by its English name', async () => {
    const el = (await fixture(html`<sino-park-table lang="fr"></sino-park-table>`)) as Sino;
    await el.updateComplete;
    el.query = 'Inner Mongolia';
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.textContent ?? '');
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) expect(row).to.contain('Mongolie-Intérieure');
  });
});
