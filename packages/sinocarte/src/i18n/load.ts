/**
 * A page pays for its reader's language only. Each part's French strings (the default language) are in the
 * first download; those of the other languages are fetched (a dynamic `import()`, one small chunk per part and
 * language) the first time an element shows that language. `SinoElement.scheduleUpdate` waits for
 * `stringsReady(lang)` before it draws, as it waits for the data's Chinese texts, so nothing is drawn with
 * missing or French strings first. Until a language has arrived (or if it cannot be fetched) its table reads
 * French.
 *
 * Only the parts a bundle imports are registered (and fetched): a page with only the map never fetches the
 * table's strings. A part is written with `lazyTable` in src/i18n/<part>.ts.
 */
import { LANGS, type Lang, type Table } from './langs.js';
import type { Messages } from './messages.js';

/** The start of the download of each registered part in a language (undefined: it is at hand). */
const parts: ((lang: Lang) => Promise<void> | undefined)[] = [];

/**
 * The table of one part: `table[lang]` is the language's strings once fetched, French until then. `load`
 * fetches each other language (`() => import('./en/map.js').then((m) => m.map)`).
 */
export function lazyTable<P extends keyof Messages>(fr: Messages[P], load: Readonly<Record<Exclude<Lang, 'fr'>, () => Promise<Messages[P]>>>): Table<P> {
  const loaded: Partial<Record<Lang, Messages[P]>> = { fr };
  const pending: Partial<Record<Lang, Promise<void>>> = {};
  const table = {} as Record<Lang, Messages[P]>;
  // A prototype-less descriptor: a page that polluted Object.prototype.set must not stop the strings (hostile-host test).
  for (const lang of LANGS) Object.defineProperty(table, lang, { __proto__: null, enumerable: true, get: () => loaded[lang] ?? fr } as PropertyDescriptor);
  parts.push((lang) =>
    loaded[lang] || lang === 'fr'
      ? undefined
      : (pending[lang] ??= load[lang]().then(
          (strings) => {
            loaded[lang] = strings;
          },
          (error: unknown) => {
            // Tried again the next time an element asks.
            delete pending[lang];
            throw error;
          },
        )),
  );
  return table;
}

/** Undefined when every registered part has its strings in `lang`; otherwise their download, started once. */
export function stringsReady(lang: Lang): Promise<void> | undefined {
  const waiting = parts.map((ready) => ready(lang)).filter((p) => p !== undefined);
  return waiting.length ? Promise.all(waiting).then(() => undefined) : undefined;
}
