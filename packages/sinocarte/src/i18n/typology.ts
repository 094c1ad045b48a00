/** The strings of `typology` in every language, for the elements that use them (see index.ts). */
import { typology as fr } from './fr/typology.js';
import { typology as en } from './en/typology.js';
import { typology as zh } from './zh/typology.js';
import type { Table } from './langs.js';

export const typologyMessages: Table<'typology'> = { fr, en, zh }; // +lang
