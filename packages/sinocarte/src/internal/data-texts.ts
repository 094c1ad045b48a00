import type { Lang } from '../i18n/langs.js';
import { addTextTable, hasTextTable, type TextTable } from '../lib/localized-text.js';

/**
 * The bundled records' texts in Chinese. The elements import `@sinocarte/data/base/*`, whose texts are in
 * French and English only, and fetch the Chinese table (French text → Chinese) the first time an element
 * shows Chinese: a French or English page never downloads it. The table goes to lib/localized-text.ts, where
 * `pickText` reads it (pure logic never imports this module). `SinoElement` holds its update until the table
 * of its language has arrived, so nothing is drawn in the wrong language first.
 */
const loaders: Partial<Record<Lang, () => Promise<{ texts: TextTable }>>> = {
  zh: () => import('@sinocarte/data/texts/zh'),
};

const pending: Partial<Record<Lang, Promise<void>>> = {};

/**
 * Undefined when the texts of `lang` are at hand (French always is); otherwise the download of its table,
 * started once per page (a failed one is tried again on the next call).
 */
export function textsReady(lang: Lang): Promise<void> | undefined {
  const load = loaders[lang];
  if (!load || hasTextTable(lang)) return undefined;
  return (pending[lang] ??= load().then(
    (module) => {
      addTextTable(lang, module.texts);
    },
    (error: unknown) => {
      delete pending[lang];
      throw error;
    },
  ));
}
