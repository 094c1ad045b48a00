// The table's UI strings live with every other element's, one file per language: src/i18n/fr/, en/, zh/ (one file per element).
// This module stays for code that imported it.
import { tableMessages } from '../i18n/table.js';
import type { PartMessages } from '../i18n/messages.js';

export type ParkTableStrings = PartMessages<'table'>;
export const strings = tableMessages;
