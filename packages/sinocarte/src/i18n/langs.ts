import type { Messages } from './messages.js';

/** Languages every element speaks, the default first (French: the source material is French). */
export const LANGS = ['fr', 'en', 'zh'] as const; // +lang
export type Lang = (typeof LANGS)[number];

/** One part's strings in every language. */
export type Table<Part extends keyof Messages> = Readonly<Record<Lang, Messages[Part]>>;
