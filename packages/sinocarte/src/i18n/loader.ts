/**
 * The strings of `loader` in every language, all in the first download: they are shown before (or instead of)
 * the per-language strings that load.ts fetches.
 */
import { loader as fr } from './fr/loader.js';
import { loader as en } from './en/loader.js';
import { loader as zh } from './zh/loader.js';
import type { Table } from './langs.js';

export const loaderMessages: Table<'loader'> = { fr, en, zh }; // +lang
