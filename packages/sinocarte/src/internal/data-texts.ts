import type { Lang } from '../i18n/langs.js';
import { addTextTable, type TextTable } from '../lib/localized-text.js';

/** The bundled datasets the elements draw: each has a table of its texts per language (`@sinocarte/data/texts/<lang>/<dataset>`). */
export type TextDataset = 'parks' | 'regions' | 'sectors' | 'documents' | 'events' | 'typology' | 'partnerships' | 'offices' | 'province-innovation';

/** The download of each dataset's table in one language (internal/text-tables.ts). */
export type TextTables = Readonly<Record<TextDataset, () => Promise<{ texts: TextTable }>>>;

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
export const textLoaders: Partial<Record<Lang, (dataset: TextDataset) => Promise<{ texts: TextTable }>>> = {
  // The list of the tables is a file of its own: a French page does not download their addresses.
  en: (dataset) => import('./text-tables.js').then((m) => m.en[dataset]()),
  zh: (dataset) => import('./text-tables.js').then((m) => m.zh[dataset]()),
};

/** Per `lang/dataset`: true once its table has arrived, else its download. */
const tables = new Map<string, Promise<void> | true>();

/**
 * Undefined when the texts of these datasets in `lang` are at hand (French always is); otherwise the download
 * of the tables missing, each started once per page (a failed one is tried again on the next call).
 */
export function textsReady(lang: Lang, datasets: Iterable<TextDataset>): Promise<unknown> | undefined {
  const load = textLoaders[lang];
  const waits: Promise<void>[] = [];
  for (const dataset of load ? datasets : []) {
    const key = `${lang}/${dataset}`;
    const state =
      tables.get(key) ??
      load!(dataset).then(
        (module) => {
          addTextTable(lang, module.texts);
          tables.set(key, true);
        },
        (error: unknown) => {
          tables.delete(key);
          throw error;
        },
      );
    tables.set(key, state);
    if (state !== true) waits.push(state);
  }
  return waits.length ? Promise.all(waits) : undefined;
}
