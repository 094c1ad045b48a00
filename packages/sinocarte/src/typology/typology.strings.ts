// The typology's UI strings live with every other element's, one file per language: src/i18n/fr/, en/, zh/ (one file per element).
// This module stays for code that imported it.
import { typologyMessages } from '../i18n/typology.js';
import type { PartMessages } from '../i18n/messages.js';

export type TypologyStrings = PartMessages<'typology'>;
export const strings = typologyMessages;
