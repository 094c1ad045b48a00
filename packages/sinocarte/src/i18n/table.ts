/** The strings of `table` in every language: French at hand, the others fetched when shown (see load.ts). */
import { table as fr } from './fr/table.js';
import { lazyTable } from './load.js';

export const tableMessages = lazyTable<'table'>(fr, {
  en: () => import('./en/table.js').then((m) => m.table),
  zh: () => import('./zh/table.js').then((m) => m.table),
}); // +lang
