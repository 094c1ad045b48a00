import type { Messages } from './messages.js';

/** Languages every element speaks, the default first (French: the source material is French). */
export const LANGS = ['fr', 'en', 'zh'] as const; // +lang
export type Lang = (typeof LANGS)[number];

/**
 * What the code needs of every language before any of its strings has arrived: its name in itself (the
 * atlas's language switch shows all of them) and the BCP 47 tag given to `Intl` for numbers, dates, plurals
 * and sorting. The strings themselves are fetched per language (load.ts).
 */
export const LANG_INFO: Readonly<Record<Lang, { name: string; intlLocale: string }>> = {
  fr: { name: 'Français', intlLocale: 'fr-FR' },
  en: { name: 'English', intlLocale: 'en-GB' },
  zh: { name: '中文', intlLocale: 'zh-CN' },
}; // +lang

/** One part's strings in every language. */
export type Table<Part extends keyof Messages> = Readonly<Record<Lang, Messages[Part]>>;
