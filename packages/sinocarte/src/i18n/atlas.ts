/** The strings of `atlas` in every language, for the elements that use them (see index.ts). */
import { atlas as fr } from './fr/atlas.js';
import { atlas as en } from './en/atlas.js';
import { atlas as zh } from './zh/atlas.js';
import type { Table } from './langs.js';

export const atlasMessages: Table<'atlas'> = { fr, en, zh }; // +lang
