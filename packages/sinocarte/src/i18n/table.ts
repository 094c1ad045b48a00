/** The strings of `table` in every language, for the elements that use them (see index.ts). */
import { table as fr } from './fr/table.js';
import { table as en } from './en/table.js';
import { table as zh } from './zh/table.js';
import type { Table } from './langs.js';

export const tableMessages: Table<'table'> = { fr, en, zh }; // +lang
