/** The strings of `frame` in every language: French at hand, the others fetched when shown (see load.ts). */
import { frame as fr } from './fr/frame.js';
import { lazyTable } from './load.js';

export const frameMessages = lazyTable<'frame'>(fr, {
  en: () => import('./en/frame.js').then((m) => m.frame),
  zh: () => import('./zh/frame.js').then((m) => m.frame),
}); // +lang
