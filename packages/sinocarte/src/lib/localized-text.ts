import { LANGS, type Lang } from '../i18n/langs.js';
import { readField } from './read.js';
import { clip, MAX_LABEL } from './text.js';

/**
 * Picking a record's text in the reader's language. Records of `@sinocarte/data` carry `{ fr, en, zh? }`;
 * a host's records may carry any subset. When the reader's language is missing the text comes in another
 * one, and the element marks it with that language's `lang` attribute so that screen readers pronounce it
 * right and the browser picks a suitable font.
 */

/** Text in some of our languages. */
export type Localizable = Partial<Record<Lang, string>>;

/** A text and the language it is in. */
export interface PickedText {
  text: string;
  lang: Lang;
}

/**
 * Where to look when the reader's language is missing: English first (the lingua franca), then the others in
 * order. Made once per language: `pickText` runs for every text cell a table reads, sorts and indexes (three
 * arrays per call were 6 % of a 100,000-row table's work after its first frame).
 */
const ORDERS = new Map(LANGS.map((lang) => [lang, [lang, ...LANGS.filter((l) => l === 'en' && l !== lang), ...LANGS.filter((l) => l !== lang && l !== 'en')] as const]));
const orderFor = (lang: Lang): readonly Lang[] => ORDERS.get(lang)!;

/** French text → its translation, for the bundled records (their texts ship in French and English). */
export type TextTable = Readonly<Record<string, string>>;

/** The translation tables at hand, per language: internal/data-texts.ts fetches them and hands them here. */
const textTables: Partial<Record<Lang, Record<string, string>>> = {};

/** Makes a table of the bundled records' texts in a language (one dataset's) available to `pickText`, beside those added before. */
export function addTextTable(lang: Lang, table: TextTable): void {
  Object.assign((textTables[lang] ??= {}), table);
}

/** Whether a table of that language has been added. */
export function hasTextTable(lang: Lang): boolean {
  return lang in textTables;
}

/** The translation of a bundled record's French text into `lang`, once that language's table is at hand. */
export function translated(fr: string, lang: Lang): string | undefined {
  const table = textTables[lang];
  return table && Object.hasOwn(table, fr) ? table[fr] : undefined;
}

/** True for an object holding a non-blank text in at least one of our languages. */
export function isLocalizable(value: unknown): value is Localizable {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return LANGS.some((l) => {
    const text = readField(value, l);
    return typeof text === 'string' && text.trim() !== '';
  });
}

/** The text in `lang`, else in English, else in the first language that has one (blank texts do not count); undefined when there is none. */
export function pickText(texts: Localizable | null | undefined, lang: Lang): PickedText | undefined {
  if (!texts || typeof texts !== 'object') return undefined;
  // The bundled records carry no Chinese: it comes from the language's table once fetched (data-texts.ts).
  const fr = readField(texts, 'fr');
  for (const l of orderFor((LANGS as readonly string[]).includes(lang) ? lang : LANGS[0])) {
    const text = readField(texts, l) ?? (typeof fr === 'string' && l !== 'fr' ? translated(fr, l) : undefined);
    // Clipped before layout (see MAX_LABEL).
    if (typeof text === 'string' && text.trim() !== '') return { text: clip(text, MAX_LABEL), lang: l };
  }
  return undefined;
}

/** The `lang` attribute a picked text needs: its language when it is not the reader's, else undefined. */
export function langIfOther(picked: PickedText | undefined, reader: Lang): Lang | undefined {
  return picked && picked.lang !== reader ? picked.lang : undefined;
}

/**
 * A record's field together with its form in characters, when the record has one: `@sinocarte/data` keeps
 * Chinese names under `zh`, keyed by the path of the field they render (`zh: { 'chinese.name': '重庆' }`),
 * beside the pinyin of the source (the elements' copies of the records have them in the Chinese table). The
 * pinyin stays the French and English text.
 */
export function withChinese(record: unknown, key: string, value: unknown, cache?: Map<string, Localizable>): unknown {
  // Read as carefully as the rest of a host's record: a throwing getter gives no Chinese, not an exception.
  return typeof value === 'string' ? withChineseOf(readField(record, 'zh'), key, value, cache) : value;
}

/**
 * `withChinese` given the record's `zh` field, read once for all the fields of a row (a table of 1,000,000 rows
 * read it eight times per row). Without a cache every pair makes its own object (a cache of a million names
 * costs more than the objects).
 */
export function withChineseOf(zh: unknown, key: string, value: unknown, cache?: Map<string, Localizable>): unknown {
  if (typeof value !== 'string') return value;
  // The bundled records' Chinese forms are in the Chinese table (keyed by the field's path and value, as
  // data/texts.mjs writes it), once a page has fetched it (no key built before: a table of 1,000,000 rows asks
  // eight times a row).
  const text = readField(zh, key) ?? (textTables.zh ? translated(`${key}\u0000${value}`, 'zh') : undefined);
  if (typeof text !== 'string' || text === '') return value;
  if (!cache) return { fr: value, en: value, zh: text };
  // One object per distinct pair when a cache is given: 100,000 rows of 53 parks make 53 objects, not 100,000
  // (and a table's search memo, keyed by value, then folds each once).
  const id = `${value}\u0001${text}`;
  let joined = cache.get(id);
  if (!joined) {
    joined = { fr: value, en: value, zh: text };
    cache.set(id, joined);
  }
  return joined;
}
