/** The strings of `typology` in every language: French at hand, the others fetched when shown (see load.ts). */
import { typology as fr } from './fr/typology.js';
import { lazyTable } from './load.js';

export const typologyMessages = lazyTable<'typology'>(fr, {
  en: () => import('./en/typology.js').then((m) => m.typology),
  zh: () => import('./zh/typology.js').then((m) => m.typology),
}); // +lang
