/** The strings of `timeline` in every language: French at hand, the others fetched when shown (see load.ts). */
import { timeline as fr } from './fr/timeline.js';
import { lazyTable } from './load.js';

export const timelineMessages = lazyTable<'timeline'>(fr, {
  en: () => import('./en/timeline.js').then((m) => m.timeline),
  zh: () => import('./zh/timeline.js').then((m) => m.timeline),
}); // +lang
