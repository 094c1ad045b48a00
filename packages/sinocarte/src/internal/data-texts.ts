import type { Lang } from '../i18n/langs.js';
import { addTextTable, type TextTable } from '../lib/localized-text.js';

/** The bundled datasets the elements draw: each has a table of its texts per language (`@sinocarte/data/texts/<lang>/<dataset>`). */
export type TextDataset = 'parks' | 'regions' | 'sectors' | 'documents' | 'events' | 'typology' | 'partnerships' | 'offices' | 'province-innovation';

type Table = Promise<{ texts: TextTable }>;

// One import per table, written out, so that the build makes each one a file of its own.
const english: Record<TextDataset, () => Table> = {
  parks: () => import('@sinocarte/data/texts/en/parks'),
  regions: () => import('@sinocarte/data/texts/en/regions'),
  sectors: () => import('@sinocarte/data/texts/en/sectors'),
  documents: () => import('@sinocarte/data/texts/en/documents'),
  events: () => import('@sinocarte/data/texts/en/events'),
  typology: () => import('@sinocarte/data/texts/en/typology'),
  partnerships: () => import('@sinocarte/data/texts/en/partnerships'),
  offices: () => import('@sinocarte/data/texts/en/offices'),
  'province-innovation': () => import('@sinocarte/data/texts/en/province-innovation'),
};
const chinese: Record<TextDataset, () => Table> = {
  parks: () => import('@sinocarte/data/texts/zh/parks'),
  regions: () => import('@sinocarte/data/texts/zh/regions'),
  sectors: () => import('@sinocarte/data/texts/zh/sectors'),
  documents: () => import('@sinocarte/data/texts/zh/documents'),
  events: () => import('@sinocarte/data/texts/zh/events'),
  typology: () => import('@sinocarte/data/texts/zh/typology'),
  partnerships: () => import('@sinocarte/data/texts/zh/partnerships'),
  offices: () => import('@sinocarte/data/texts/zh/offices'),
  'province-innovation': () => import('@sinocarte/data/texts/zh/province-innovation'),
};

/**
 * The bundled records' texts in English and Chinese, one table per dataset and language. The elements import
 * `@sinocarte/data/base/*`, whose texts are in French only (the regions keep their English names too), and
 * fetch the tables (French text → English, French text → Chinese) of the datasets they draw, in the language
 * they show, the first time they show it: a French page downloads none, an English map page the English texts
 * of the parks and regions only. The tables go to lib/localized-text.ts, where `pickText` reads them (pure
 * logic never imports this module). `SinoElement` holds its update until the tables of its language have
 * arrived, so nothing is drawn in the wrong language first; a table that cannot be fetched leaves the texts in
 * French, with a note and `sino-error`. Exported for the tests only, which make a download fail
 * (data-texts-failure.test.ts).
 * @internal
 */
export const textLoaders: Partial<Record<Lang, (dataset: TextDataset) => Table>> = {
  en: (dataset) => english[dataset](),
  zh: (dataset) => chinese[dataset](),
};

const arrived = new Set<string>();
const pending = new Map<string, Promise<void>>();

/**
 * Undefined when the texts of these datasets in `lang` are at hand (French always is); otherwise the download
 * of the tables missing, each started once per page (a failed one is tried again on the next call).
 */
export function textsReady(lang: Lang, datasets: Iterable<TextDataset>): Promise<void> | undefined {
  const load = textLoaders[lang];
  if (!load) return undefined;
  const waits: Promise<void>[] = [];
  for (const dataset of datasets) {
    const key = `${lang}/${dataset}`;
    if (arrived.has(key)) continue;
    let wait = pending.get(key);
    if (!wait) {
      wait = load(dataset).then(
        (module) => {
          addTextTable(lang, module.texts);
          arrived.add(key);
          pending.delete(key);
        },
        (error: unknown) => {
          pending.delete(key);
          throw error;
        },
      );
      pending.set(key, wait);
    }
    waits.push(wait);
  }
  return waits.length ? Promise.all(waits).then(() => undefined) : undefined;
}
