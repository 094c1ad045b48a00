/** The strings of `atlas` in every language: French at hand, the others fetched when shown (see load.ts). */
import { atlas as fr } from './fr/atlas.js';
import { lazyTable } from './load.js';

export const atlasMessages = lazyTable<'atlas'>(fr, {
  en: () => import('./en/atlas.js').then((m) => m.atlas),
  zh: () => import('./zh/atlas.js').then((m) => m.atlas),
}); // +lang
