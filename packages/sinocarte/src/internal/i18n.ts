import { asText, clip } from '../lib/text.js';
import { pickText } from '../lib/localized-text.js';
import { LANGS, LANG_INFO, type Lang } from '../i18n/langs.js';
import { formatPlainNumber } from '../lib/format-number.js';

/** Languages every element speaks (the registry in src/i18n decides). French is the default: the source material is French. */
export { LANGS, type Lang };

/** Maps any BCP 47 tag to one of ours: `en-GB` → `en`, `zh-Hans-CN` → `zh`, unknown → `fr`. */
export function normalizeLang(tag: unknown): Lang {
  const base = asText(tag).trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : LANGS[0];
}

/** The BCP 47 tag given to `Intl` for a language (`fr-FR`, `en-GB`, `zh-CN`), from the registry (langs.ts). */
export function intlLocale(lang: Lang): string {
  return LANG_INFO[lang].intlLocale;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** Locale-aware number formatting (`17,6` in French), with formatters cached per language and options. */
export function formatNumber(value: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  // A count or a value with a few decimals is written by hand, as Intl writes it: a page's first Intl.NumberFormat
  // loads the locale's number data (10-30 ms, paid by an element's first render).
  // A sign on both sides of zero (`exceptZero`, the typology's positions) too; a negative number is its size after `-`.
  let plain = true;
  if (options) for (const name in options) plain &&= name === 'maximumFractionDigits' || (name === 'signDisplay' && options.signDisplay === 'exceptZero');
  const size = plain && value < 0 ? -value : value;
  const fast = plain ? formatPlainNumber(size, lang, options?.maximumFractionDigits) : null;
  if (fast !== null) {
    const sign = options?.signDisplay === 'exceptZero' ? (/^[0.,]*$/.test(fast) ? '' : value < 0 ? '-' : '+') : value < 0 ? '-' : '';
    return sign + fast;
  }
  // The key is built by hand: `JSON.stringify` on every call was felt when a table formats thousands of cells.
  let key: string = lang;
  if (options) for (const name in options) key += `|${name}=${String(options[name as keyof Intl.NumberFormatOptions])}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang), options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** Plural category of a count in a language, for messages like "1 parc" / "2 parcs". */
export function plural(count: number, lang: Lang): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(intlLocale(lang))));
  return rules.select(count);
}

/**
 * Fills `{name}` placeholders. Values are inserted as text by the templates that use the result; a host's
 * value of any type is shown, clipped to `max` characters, so that a long or odd input cannot flood a note
 * (a text the element composed itself, such as a summary's list, may pass `Infinity`).
 */
export function interpolate(template: string, values: Record<string, unknown>, max = 60): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? clip(asText(values[name]), max) : match));
}

/**
 * A label from the data (`{ fr, en, zh? }`) in a language, falling back to English, then French, when the
 * data has no such translation: the data package carries fr and en everywhere, zh only for some labels.
 */
export function dataLabel(text: { fr: string; en: string; zh?: string } | undefined, lang: Lang): string | undefined {
  return pickText(text, lang)?.text;
}
