// The map's UI strings live with every other element's, one file per language: src/i18n/fr/, en/, zh/ (one file per element).
// This module stays for code that imported it.
import { mapMessages } from '../i18n/map.js';
import type { PartMessages } from '../i18n/messages.js';

export type ProvinceMapStrings = PartMessages<'map'>;
export const strings = mapMessages;
