// The atlas's UI strings live with every other element's, one file per language: src/i18n/fr.ts, en.ts, zh.ts.
// This module stays for code that imported it.
import { LANGS, atlasMessages, commonMessages, type Lang, type PartMessages } from '../i18n/index.js';

export type AtlasStrings = PartMessages<'atlas'>;
export const strings = atlasMessages;

/** Each language names itself, whatever the interface language. */
export const LANGUAGE_NAMES = Object.fromEntries(LANGS.map((l) => [l, commonMessages[l].languageName])) as Record<Lang, string>;
