/** The strings of `map` in every language, for the elements that use them (see index.ts). */
import { map as fr } from './fr/map.js';
import { map as en } from './en/map.js';
import { map as zh } from './zh/map.js';
import type { Table } from './langs.js';

export const mapMessages: Table<'map'> = { fr, en, zh }; // +lang
