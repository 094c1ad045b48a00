// The typology's UI strings live with every other element's, one file per language: src/i18n/fr.ts, en.ts, zh.ts.
// This module stays for code that imported it.
import { typologyMessages, type PartMessages } from '../i18n/index.js';

export type TypologyStrings = PartMessages<'typology'>;
export const strings = typologyMessages;
