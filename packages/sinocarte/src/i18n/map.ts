/** The strings of `map` in every language: French at hand, the others fetched when shown (see load.ts). */
import { map as fr } from './fr/map.js';
import { lazyTable } from './load.js';

export const mapMessages = lazyTable<'map'>(fr, {
  en: () => import('./en/map.js').then((m) => m.map),
  zh: () => import('./zh/map.js').then((m) => m.map),
}); // +lang
