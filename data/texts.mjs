// What a page downloads is what it shows, in its language: the elements import `base/<dataset>` modules whose
// texts are in French (the language every record has, and the fallback of the elements' code), and fetch
// `texts/en` or `texts/zh` (a table from the French text to its English or Chinese) only when they show that
// language. The full trilingual records stay where they were (`@sinocarte/data/<dataset>`), for everyone else.

/** The languages whose texts are moved out of the base records into a table of their own. */
export const OTHER_LANGS = ['en', 'zh'];

/**
 * Datasets that keep a language inline in their base records: the regions' English names (34 short names),
 * so that a table on a French page still finds a region by its English name ("Beijing", "Inner Mongolia").
 */
export const KEPT_INLINE = { regions: ['en'] };

/** A text in our languages as the records hold it: `{ fr, en?, zh? }`, nothing else. */
const isText = (value) =>
  !!value &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  typeof value.fr === 'string' &&
  Object.keys(value).every((key) => key === 'fr' || key === 'en' || key === 'zh');

/**
 * Splits records into their French base and one table per other language. A French text whose translation
 * differs between two places (the same words translated two ways) keeps its translations inline, so that
 * no table entry is ever wrong for one of its uses.
 */
export function splitTexts(datasets) {
  const tables = Object.fromEntries(OTHER_LANGS.map((lang) => [lang, new Map()]));
  const ambiguous = new Set();
  const collect = (value) => {
    if (isText(value)) {
      for (const lang of OTHER_LANGS) {
        if (typeof value[lang] !== 'string') continue;
        const known = tables[lang].get(value.fr);
        if (known !== undefined && known !== value[lang]) ambiguous.add(value.fr);
        else tables[lang].set(value.fr, value[lang]);
      }
    } else if (value && typeof value === 'object') for (const item of Object.values(value)) collect(item);
  };
  const strip = (value, kept) => {
    if (isText(value)) return ambiguous.has(value.fr) ? value : Object.fromEntries(Object.entries(value).filter(([lang]) => !OTHER_LANGS.includes(lang) || kept.includes(lang)));
    if (Array.isArray(value)) return value.map((item) => strip(item, kept));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, strip(item, kept)]));
    return value;
  };
  for (const value of Object.values(datasets)) collect(value);
  for (const fr of ambiguous) for (const lang of OTHER_LANGS) tables[lang].delete(fr);
  const base = Object.fromEntries(Object.entries(datasets).map(([name, value]) => [name, strip(value, KEPT_INLINE[name] ?? [])]));
  const texts = Object.fromEntries(OTHER_LANGS.map((lang) => [lang, Object.fromEntries(tables[lang])]));
  return { base, texts };
}
