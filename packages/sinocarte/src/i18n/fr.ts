/**
 * French, the reference language (the source material is French): every UI string of every element, one
 * file per element in fr/ (fr/map.ts…). `Messages` (messages.ts) is the type of this module, so every other
 * language must have exactly these keys, and `i18n.test.ts` checks that each translation is non-empty and
 * keeps the `{placeholders}`. One module per element, so that a page pays for its element's strings only:
 * bundlers split code by module, never by property or by export.
 */
export { common } from './fr/common.js';
export { loader } from './fr/loader.js';
export { frame } from './fr/frame.js';
export { map } from './fr/map.js';
export { table } from './fr/table.js';
export { timeline } from './fr/timeline.js';
export { typology } from './fr/typology.js';
export { atlas } from './fr/atlas.js';
