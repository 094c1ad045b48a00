/** Simplified Chinese: every UI string of every element, one file per element in zh/ (keys and placeholders as in fr/, the reference). */
export { common } from './zh/common.js';
export { loader } from './zh/loader.js';
export { frame } from './zh/frame.js';
export { map } from './zh/map.js';
export { table } from './zh/table.js';
export { timeline } from './zh/timeline.js';
export { typology } from './zh/typology.js';
export { atlas } from './zh/atlas.js';
