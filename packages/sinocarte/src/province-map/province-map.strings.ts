// The map's UI strings live with every other element's, one file per language: src/i18n/fr.ts, en.ts, zh.ts.
// This module stays for code that imported it.
import { mapMessages, type PartMessages } from '../i18n/index.js';

export type ProvinceMapStrings = PartMessages<'map'>;
export const strings = mapMessages;
