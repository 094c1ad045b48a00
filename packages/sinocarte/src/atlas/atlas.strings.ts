// The atlas's UI strings live with every other element's, one file per language: src/i18n/fr/, en/, zh/ (one file per element).
// This module stays for code that imported it.
import { LANGS, LANG_INFO, type Lang } from '../i18n/langs.js';
import { atlasMessages } from '../i18n/atlas.js';
import type { PartMessages } from '../i18n/messages.js';

export type AtlasStrings = PartMessages<'atlas'>;
export const strings = atlasMessages;

/** Each language names itself, whatever the interface language. */
export const LANGUAGE_NAMES = Object.fromEntries(LANGS.map((l) => [l, LANG_INFO[l].name])) as Record<Lang, string>;
