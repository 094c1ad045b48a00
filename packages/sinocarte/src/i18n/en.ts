/** English: every UI string of every element, one file per element in en/ (keys and placeholders as in fr/, the reference). */
export { common } from './en/common.js';
export { loader } from './en/loader.js';
export { frame } from './en/frame.js';
export { map } from './en/map.js';
export { table } from './en/table.js';
export { timeline } from './en/timeline.js';
export { typology } from './en/typology.js';
export { atlas } from './en/atlas.js';
