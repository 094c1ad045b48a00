import type { Lang } from '../i18n/langs.js';

/**
 * The bundled records' texts in Chinese. The elements import `@sinocarte/data/base/*`, whose texts are in
 * French and English only, and fetch the Chinese table (French text → Chinese) the first time an element
 * shows Chinese: a French or English page never downloads it. `SinoElement` holds its update until the table of its
 * language has arrived, so nothing is drawn in the wrong language first.
 */
type TextTable = Readonly<Record<string, string>>;

const loaders: Partial<Record<Lang, () => Promise<{ texts: TextTable }>>> = {
  zh: () => import('@sinocarte/data/texts/zh'),
};

const tables: Partial<Record<Lang, TextTable>> = {};
const pending: Partial<Record<Lang, Promise<void>>> = {};

/** The translation of a bundled record's French text into `lang`, once that language's table has arrived. */
export function translated(fr: string, lang: Lang): string | undefined {
  const table = tables[lang];
  return table && Object.hasOwn(table, fr) ? table[fr] : undefined;
}

/**
 * Undefined when the texts of `lang` are at hand (French always is); otherwise the download of its table,
 * started once per page (a failed one is tried again on the next call).
 */
export function textsReady(lang: Lang): Promise<void> | undefined {
  const load = loaders[lang];
  if (!load || tables[lang]) return undefined;
  return (pending[lang] ??= load().then(
    (module) => {
      tables[lang] = module.texts;
    },
    (error: unknown) => {
      delete pending[lang];
      throw error;
    },
  ));
}
