/** The strings of `common` in every language: French at hand, the others fetched when shown (see load.ts). */
import { common as fr } from './fr/common.js';
import { lazyTable } from './load.js';

export const commonMessages = lazyTable<'common'>(fr, {
  en: () => import('./en/common.js').then((m) => m.common),
  zh: () => import('./zh/common.js').then((m) => m.common),
}); // +lang
