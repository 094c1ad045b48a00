// What a page downloads is what it shows, in its language: the elements import `base/<dataset>` modules whose
// texts are in French (the language every record has, and the fallback of the elements' code), and fetch
// `texts/en` or `texts/zh` (a table from the French text to its English or Chinese, and for `zh` the Chinese
// forms of the parks', partners' and cities' names) only when they show that language. The full trilingual records stay where they were (`@sinocarte/data/<dataset>`), for everyone else.

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

/** A plain object (not a list). */
const isPlain = (value) => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * The Chinese forms a record keeps beside its pinyin (`zh: { name: '合肥高新技术产业开发区', 'chinese.name': '武汉' }`,
 * keyed by the path of the field they render): for each, the field's path and value, and the Chinese.
 */
const chineseForms = (value) =>
  isPlain(value) && !('fr' in value) && isPlain(value.zh)
    ? Object.entries(value.zh).flatMap(([path, zh]) => {
        const field = path.split('.').reduce((node, key) => (isPlain(node) ? node[key] : undefined), value);
        return typeof field === 'string' && typeof zh === 'string' ? [{ path, key: chineseKey(path, field), zh }] : [];
      })
    : [];

/**
 * The key of a record's Chinese form in the Chinese table: the field's path and its (pinyin) value, which no
 * French text can be (lib/localized-text.ts `withChinese` reads it so).
 */
export const chineseKey = (path, value) => `${path}\u0000${value}`;

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
    } else if (value && typeof value === 'object') {
      for (const { key, zh } of chineseForms(value)) {
        const known = tables.zh.get(key);
        if (known !== undefined && known !== zh) ambiguous.add(key);
        else tables.zh.set(key, zh);
      }
      for (const item of Object.values(value)) collect(item);
    }
  };
  const strip = (value, kept) => {
    if (isText(value)) return ambiguous.has(value.fr) ? value : Object.fromEntries(Object.entries(value).filter(([lang]) => !OTHER_LANGS.includes(lang) || kept.includes(lang)));
    if (Array.isArray(value)) return value.map((item) => strip(item, kept));
    if (value && typeof value === 'object') {
      // The Chinese forms go to the Chinese table too, except those a same field and value gives two ways.
      const moved = new Set(chineseForms(value).filter(({ key }) => !ambiguous.has(key)).map(({ path }) => path));
      const left = moved.size ? Object.fromEntries(Object.entries(value.zh).filter(([path]) => !moved.has(path))) : value.zh;
      return Object.fromEntries(
        Object.entries(value).flatMap(([key, item]) => (key === 'zh' && moved.size ? (Object.keys(left).length ? [[key, left]] : []) : [[key, strip(item, kept)]])),
      );
    }
    return value;
  };
  for (const value of Object.values(datasets)) collect(value);
  for (const fr of ambiguous) for (const lang of OTHER_LANGS) tables[lang].delete(fr);
  const base = Object.fromEntries(Object.entries(datasets).map(([name, value]) => [name, strip(value, KEPT_INLINE[name] ?? [])]));
  const texts = Object.fromEntries(OTHER_LANGS.map((lang) => [lang, Object.fromEntries(tables[lang])]));
  // The same tables cut per dataset: each dataset's entries are the table's entries for the texts it holds
  // (a text two datasets share is in both), so that a page fetches the texts of what it shows only.
  const perDataset = Object.fromEntries(
    Object.entries(datasets).map(([name, value]) => {
      const keys = new Set();
      const gather = (item) => {
        if (isText(item)) keys.add(item.fr);
        else if (item && typeof item === 'object') {
          for (const { key } of chineseForms(item)) keys.add(key);
          for (const child of Object.values(item)) gather(child);
        }
      };
      gather(value);
      const kept = KEPT_INLINE[name] ?? [];
      const own = (lang) => Object.fromEntries([...keys].filter((key) => !kept.includes(lang) && tables[lang].has(key)).map((key) => [key, tables[lang].get(key)]));
      return [name, Object.fromEntries(OTHER_LANGS.map((lang) => [lang, own(lang)]))];
    }),
  );
  return { base, texts, perDataset };
}
