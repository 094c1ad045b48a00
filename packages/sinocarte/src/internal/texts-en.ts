import type { TextTables } from './data-texts.js';

/** The tables of the bundled records' English texts, one per dataset, each a file of its own (see data-texts.ts). */
export const tables: TextTables = {
  parks: () => import('@sinocarte/data/texts/en/parks'),
  regions: () => import('@sinocarte/data/texts/en/regions'),
  sectors: () => import('@sinocarte/data/texts/en/sectors'),
  documents: () => import('@sinocarte/data/texts/en/documents'),
  events: () => import('@sinocarte/data/texts/en/events'),
  typology: () => import('@sinocarte/data/texts/en/typology'),
  partnerships: () => import('@sinocarte/data/texts/en/partnerships'),
  offices: () => import('@sinocarte/data/texts/en/offices'),
  'province-innovation': () => import('@sinocarte/data/texts/en/province-innovation'),
};
