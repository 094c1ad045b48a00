/** The strings of `timeline` in every language, for the elements that use them (see index.ts). */
import { timeline as fr } from './fr/timeline.js';
import { timeline as en } from './en/timeline.js';
import { timeline as zh } from './zh/timeline.js';
import type { Table } from './langs.js';

export const timelineMessages: Table<'timeline'> = { fr, en, zh }; // +lang
