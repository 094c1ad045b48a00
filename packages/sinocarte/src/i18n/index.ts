/**
 * The registry of interface languages. Each language is one file (fr.ts, en.ts, zh.ts) holding every UI
 * string of every element; this module lists them and hands each element the strings of its part.
 *
 * The tables below are per element (`mapMessages`, `tableMessages`…) rather than one object per language
 * so that a page importing only `sinocarte/province-map` ships the map's strings in every language and not
 * the table's or the timeline's: bundlers drop unused exports, never unused properties of an object.
 *
 * Adding a language (see docs/languages.md): write its file, then add it on the lines marked `// +lang`.
 * `Record<Lang, …>` makes the type checker point at each table that lacks it.
 */
import * as fr from './fr.js';
import * as en from './en.js';
import * as zh from './zh.js';
import type { Messages } from './messages.js';

export type { Messages, PartMessages } from './messages.js';

/** Languages every element speaks, the default first (French: the source material is French). */
export const LANGS = ['fr', 'en', 'zh'] as const; // +lang
export type Lang = (typeof LANGS)[number];

type Table<Part extends keyof Messages> = Readonly<Record<Lang, Messages[Part]>>;

export const commonMessages: Table<'common'> = { fr: fr.common, en: en.common, zh: zh.common }; // +lang
export const frameMessages: Table<'frame'> = { fr: fr.frame, en: en.frame, zh: zh.frame }; // +lang
export const mapMessages: Table<'map'> = { fr: fr.map, en: en.map, zh: zh.map }; // +lang
export const tableMessages: Table<'table'> = { fr: fr.table, en: en.table, zh: zh.table }; // +lang
export const timelineMessages: Table<'timeline'> = { fr: fr.timeline, en: en.timeline, zh: zh.timeline }; // +lang
export const typologyMessages: Table<'typology'> = { fr: fr.typology, en: en.typology, zh: zh.typology }; // +lang
export const atlasMessages: Table<'atlas'> = { fr: fr.atlas, en: en.atlas, zh: zh.atlas }; // +lang

/**
 * Every string of one language (tests, documentation, tools). Elements read their own table instead
 * (`mapMessages[this.locale]`), which keeps each element's bundle to its own strings.
 */
export function messages(lang: Lang): Messages {
  return {
    common: commonMessages[lang],
    frame: frameMessages[lang],
    map: mapMessages[lang],
    table: tableMessages[lang],
    timeline: timelineMessages[lang],
    typology: typologyMessages[lang],
    atlas: atlasMessages[lang],
  };
}
