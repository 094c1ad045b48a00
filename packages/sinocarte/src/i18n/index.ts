/**
 * The registry of interface languages. Each language is one folder (fr/, en/, zh/) with one file per element
 * (`fr/map.ts`…) and a module that gathers them (`fr.ts`). Each element imports its own table
 * (`map.ts` exports `mapMessages`, `table.ts` exports `tableMessages`…), never this module: bundlers split
 * code by module, never by property or by export, so a page that shows only the map downloads the map's
 * strings and the common ones, not the table's or the timeline's.
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

export type { Messages, PartMessages } from './messages.js';
export { LANGS, type Lang, type Table } from './langs.js';
export { commonMessages, frameMessages, mapMessages, tableMessages, timelineMessages, typologyMessages, atlasMessages };

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
