import type { TextTables } from './data-texts.js';

/** The tables of the bundled records' Chinese texts, one per dataset, each a file of its own (see data-texts.ts). */
export const tables: TextTables = {
  parks: () => import('@sinocarte/data/texts/zh/parks'),
  regions: () => import('@sinocarte/data/texts/zh/regions'),
  sectors: () => import('@sinocarte/data/texts/zh/sectors'),
  documents: () => import('@sinocarte/data/texts/zh/documents'),
  events: () => import('@sinocarte/data/texts/zh/events'),
  typology: () => import('@sinocarte/data/texts/zh/typology'),
  partnerships: () => import('@sinocarte/data/texts/zh/partnerships'),
  offices: () => import('@sinocarte/data/texts/zh/offices'),
  'province-innovation': () => import('@sinocarte/data/texts/zh/province-innovation'),
};
