import { expect, fixture, html } from '@open-wc/testing';
import '../province-map.js';
import '../park-table.js';
import { until } from '../../test/fixtures/hostile-helpers.js';
import { lazyTable } from './load.js';
import { loaderMessages } from './loader.js';
import * as fr from './fr.js';
import type { Lang } from './langs.js';
import type { Messages } from './messages.js';

/**
 * A page pays for its reader's language only (issue 12): French is in the first download, English and
 * Chinese are fetched the first time an element shows them. This file runs in a page of its own, and imports
 * the English and Chinese strings it compares with only after the elements have fetched them, so the first
 * test of each language really waits for its download.
 */
const messages = async (lang: 'en' | 'zh'): Promise<Messages> => (lang === 'en' ? import('./en.js') : import('./zh.js'));
const frenchMap = fr.map;

type Sino = HTMLElement & { updateComplete: Promise<boolean>; lang: string; heading: string };

/** Has the page fetched this language's strings of this part (`src/i18n/en/map.ts`)? */
const fetched = (lang: Lang, part: string) => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(`/i18n/${lang}/${part}.ts`));

/** The text of each of an element's renders, recorded from its very first one. */
function recordRenders(el: HTMLElement & { addController(c: object): void }): string[] {
  const renders: string[] = [];
  el.addController({ hostUpdated: () => renders.push(el.shadowRoot?.textContent ?? '') });
  return renders;
}

async function create(tag: string, lang: string): Promise<{ el: Sino; renders: string[] }> {
  const el = document.createElement(tag) as Sino & { addController(c: object): void };
  el.lang = lang;
  const renders = recordRenders(el);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return { el, renders };
}

describe('interface strings of the reader’s language only', function () {
  this.timeout(20_000);

  it('a French page has not fetched the English or Chinese strings', async () => {
    const { el } = await create('sino-province-map', 'fr');
    expect(el.shadowRoot!.textContent).to.contain(fr.map.metricParks);
    await until(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/i18n/fr/map.ts')), 'the French strings are listed');
    for (const lang of ['en', 'zh'] as const) {
      for (const part of ['common', 'frame', 'map', 'table']) expect(fetched(lang, part), `${lang}/${part}`).to.equal(false);
    }
  });

  it('lang="en": the first render already speaks English (no French first, no missing string)', async () => {
    const { el, renders } = await create('sino-province-map', 'en');
    expect(fetched('en', 'map')).to.equal(true);
    const en = await messages('en');
    expect(renders.length).to.be.greaterThan(0);
    const first = renders[0];
    expect(first).to.contain(en.map.metricParks).and.to.contain(en.frame.fullscreen.enter);
    expect(first).not.to.contain(fr.map.metricParks);
    expect(first).not.to.contain(fr.frame.fullscreen.enter);
    expect(el.shadowRoot!.querySelector('[part~="message"]')?.textContent ?? '').to.equal('');
  });

  it('lang="zh" on a table: the first render already speaks Chinese', async () => {
    const { renders } = await create('sino-park-table', 'zh');
    expect(fetched('zh', 'table')).to.equal(true);
    const zh = await messages('zh');
    const first = renders[0];
    expect(first).to.contain(zh.table.search);
    expect(first).not.to.contain(fr.table.search).and.not.to.contain(fr.frame.download.label);
  });

  it('switching lang at run time draws the new language once its strings are there', async () => {
    const [en, zh] = [await messages('en'), await messages('zh')];
    const { el, renders } = await create('sino-park-table', 'fr');
    expect(el.shadowRoot!.textContent).to.contain(fr.table.search);
    el.lang = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain(en.table.search).and.not.contain(fr.table.search);
    el.lang = 'zh';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain(zh.table.search).and.not.contain(en.table.search);
    // No render in between showed a mix: each one is in French, English or Chinese.
    for (const text of renders) expect([fr, en, zh].some((m) => text.includes(m.table.search))).to.equal(true);
  });

  it('a language whose strings cannot be fetched: French with a note and sino-error, then the next update tries again', async () => {
    // One more part whose Chinese cannot be fetched once (a network failure), through the same registry.
    const zh = await messages('zh');
    let failures = 1;
    const table = lazyTable<'map'>(frenchMap, {
      en: () => messages('en').then((m) => m.map),
      zh: () => (failures-- > 0 ? Promise.reject(new Error('offline')) : Promise.resolve(zh.map)),
    });
    const errors: string[] = [];
    // What the reader sees when the error is said: the note, and the failed part in French (the map's next update,
    // which may follow at once when it draws its outlines in a task of their own, tries again).
    let zoomInThen = '';
    let noteThen = '';
    const failed = (e: CustomEvent<{ code: string }>) => {
      errors.push(e.detail.code);
      zoomInThen = table.zh.zoomIn;
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div @sino-error=${failed}></div>`);
    const el = document.createElement('sino-province-map') as Sino;
    el.lang = 'zh';
    // Every note the element shows, as it shows it.
    const notes = new MutationObserver(() => {
      const text = el.shadowRoot?.querySelector('[part~="message"]')?.textContent ?? '';
      if (text.includes('offline')) noteThen = text;
    });
    wrapper.append(el);
    notes.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await el.updateComplete;
    notes.disconnect();
    expect(errors).to.include('load-failed');
    expect(noteThen).to.contain(loaderMessages.zh.stringsFailed.split('{error}')[0]).and.contain('offline');
    expect(zoomInThen, 'the failed part reads French').to.equal(frenchMap.zoomIn);
    await until(() => el.shadowRoot!.querySelectorAll('path.region').length > 20, 'the map is drawn');

    el.heading = 'Again';
    await el.updateComplete;
    expect(table.zh.zoomIn).to.equal(zh.map.zoomIn);
    expect(el.shadowRoot!.querySelector('[part~="message"]')?.textContent ?? '').not.to.contain('offline');
  });
});
