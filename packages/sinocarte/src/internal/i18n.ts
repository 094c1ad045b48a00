import { asText, clip } from '../lib/text.js';

/** Languages every element speaks. French is the default: the source material is French. */
export const LANGS = ['fr', 'en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** Maps any BCP 47 tag to one of ours: `en-GB` → `en`, `zh-Hans-CN` → `zh`, unknown → `fr`. */
export function normalizeLang(tag: unknown): Lang {
  const base = asText(tag).trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : 'fr';
}

const INTL_LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB', zh: 'zh-CN' };
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Locale-aware number formatting (`17,6` in French), with formatters cached per language and options. */
export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[lang], options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** Plural category of a count in a language, for messages like "1 parc" / "2 parcs". */
export function plural(count: number, lang: Lang): Intl.LDMLPluralRule {
  return new Intl.PluralRules(INTL_LOCALE[lang]).select(count);
}

/**
 * Fills `{name}` placeholders. Values are inserted as text by the templates that use the result; a host's
 * value of any type is shown, clipped, so that a long or odd input cannot flood a note.
 */
export function interpolate(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? clip(asText(values[name])) : match));
}
