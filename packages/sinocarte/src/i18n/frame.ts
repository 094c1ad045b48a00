/** The strings of `frame` in every language, for the elements that use them (see index.ts). */
import { frame as fr } from './fr/frame.js';
import { frame as en } from './en/frame.js';
import { frame as zh } from './zh/frame.js';
import type { Table } from './langs.js';

export const frameMessages: Table<'frame'> = { fr, en, zh }; // +lang
