/** The strings of `common` in every language, for the elements that use them (see index.ts). */
import { common as fr } from './fr/common.js';
import { common as en } from './en/common.js';
import { common as zh } from './zh/common.js';
import type { Table } from './langs.js';

export const commonMessages: Table<'common'> = { fr, en, zh }; // +lang
