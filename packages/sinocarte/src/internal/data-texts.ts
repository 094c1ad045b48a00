import type { Lang } from '../i18n/langs.js';
import { addTextTable, hasTextTable, type TextTable } from '../lib/localized-text.js';

/**
 * The bundled records' texts in English and Chinese. The elements import `@sinocarte/data/base/*`, whose texts
 * are in French only (the regions keep their English names too), and fetch a language's table (French text →
 * English, French text → Chinese) the first time an element shows that language: a French page downloads
 * neither, an English page not the Chinese. The table goes to lib/localized-text.ts, where `pickText` reads it
 * (pure logic never imports this module). `SinoElement` holds its update until the table of its language has
 * arrived, so nothing is drawn in the wrong language first; a table that cannot be fetched leaves the texts in
 * French, with a note and `sino-error`. Exported for the tests only, which make a download fail
 * (data-texts-failure.test.ts).
 * @internal
 */
export const textLoaders: Partial<Record<Lang, () => Promise<{ texts: TextTable }>>> = {
  en: () => import('@sinocarte/data/texts/en'),
  zh: () => import('@sinocarte/data/texts/zh'),
};

const pending: Partial<Record<Lang, Promise<void>>> = {};

/**
 * Undefined when the texts of `lang` are at hand (French always is); otherwise the download of its table,
 * started once per page (a failed one is tried again on the next call).
 */
export function textsReady(lang: Lang): Promise<void> | undefined {
  const load = textLoaders[lang];
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
