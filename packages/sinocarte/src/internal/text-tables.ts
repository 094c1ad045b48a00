import type { TextTables } from './data-texts.js';

/**
 * The tables of the bundled records' English and Chinese texts, one per dataset and language, each a file of its
 * own (see data-texts.ts). This list is a file of its own too: a French page does not download it.
 */
export const en: TextTables = {
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
export const zh: TextTables = {
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
