/**
 * The registry of interface languages. Each language is one folder (fr/, en/, zh/) with one file per element
 * (`fr/map.ts`…) and a module that gathers them (`fr.ts`). Each element imports its own table
 * (`map.ts` exports `mapMessages`, `table.ts` exports `tableMessages`…), never this module: bundlers split
 * code by module, never by property or by export, so a page that shows only the map downloads the map's
 * strings and the common ones, not the table's or the timeline's; and French only, the other languages being
 * fetched when an element shows them (load.ts).
 *
 * Adding a language (see docs/languages.md): write its folder and its gathering module, then add it on the
 * lines marked `// +lang`. `Record<Lang, …>` makes the type checker point at each table that lacks it.
 */
import type { Messages } from './messages.js';
import type { Lang } from './langs.js';
import { commonMessages } from './common.js';
import { frameMessages } from './frame.js';
import { mapMessages } from './map.js';
import { tableMessages } from './table.js';
import { timelineMessages } from './timeline.js';
import { typologyMessages } from './typology.js';
import { atlasMessages } from './atlas.js';
import { loaderMessages } from './loader.js';
import * as fr from './fr.js';
import * as en from './en.js';
import * as zh from './zh.js';

export type { Messages, PartMessages } from './messages.js';
export { LANGS, LANG_INFO, type Lang, type Table } from './langs.js';
export { stringsReady } from './load.js';
export { commonMessages, loaderMessages, frameMessages, mapMessages, tableMessages, timelineMessages, typologyMessages, atlasMessages };

const all: Readonly<Record<Lang, Messages>> = { fr, en, zh }; // +lang

/**
 * Every string of one language, imported whole (tests, documentation, tools). Elements read their own table
 * instead (`mapMessages[this.locale]`), which keeps each element's bundle to its own strings, and French only
 * until another language is shown (load.ts).
 */
export function messages(lang: Lang): Messages {
  return all[lang];
}
