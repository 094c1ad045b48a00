import { asText, clip } from '../lib/text.js';
import { pickText } from '../lib/localized-text.js';
import { LANGS, LANG_INFO, type Lang } from '../i18n/langs.js';

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
/**
 * How fr, en and zh write a number with the default numbering system: Latin digits, the group separator every
 * three digits and the decimal mark (as `Intl.NumberFormat` of fr-FR, en-GB, zh-CN writes them; the i18n test
 * compares the two).
 */
const PLAIN_NUMBERS: Readonly<Record<string, readonly [group: string, decimal: string]>> = { fr: ['\u202f', ','], en: [',', '.'], zh: [',', '.'] };

/**
 * A number written without `Intl.NumberFormat` when the options ask for nothing but a maximum of fraction digits
 * and perhaps a sign on both sides of zero: the formatter's first making (the locale's number data) was a long part
 * of the map's and the typology's first drawing. Null: use the formatter (other options, exponents, other languages).
 */
function plainNumber(value: number, lang: Lang, options?: Intl.NumberFormatOptions): string | null {
  const marks = PLAIN_NUMBERS[lang];
  let digits = 3;
  let exceptZero = false;
  if (options)
    for (const name in options) {
      if (name === 'maximumFractionDigits') digits = options.maximumFractionDigits ?? 3;
      else if (name === 'signDisplay' && (options.signDisplay === 'exceptZero' || options.signDisplay === 'auto' || options.signDisplay === undefined)) exceptZero = options.signDisplay === 'exceptZero';
      else return null;
    }
  // The shortest decimal that reads back as the value (as the formatter starts from), rounded half away from zero.
  const text = String(Math.abs(value));
  if (!marks || !Number.isFinite(value) || Object.is(value, -0) || text.includes('e') || !Number.isInteger(digits) || digits < 0 || digits > 20) return null;
  const [whole, fraction = ''] = text.split('.');
  let kept = whole + fraction.slice(0, digits).padEnd(digits, '0');
  if (fraction.charCodeAt(digits) >= 53 /* '5' */) {
    // Adds one at the last digit kept, carrying.
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') i--;
    kept = i < 0 ? `1${'0'.repeat(kept.length)}` : `${kept.slice(0, i)}${String(Number(kept[i]) + 1)}${'0'.repeat(kept.length - i - 1)}`;
  }
  const integer = kept.slice(0, kept.length - digits) || '0';
  const decimals = kept.slice(kept.length - digits).replace(/0+$/, '');
  let grouped = integer;
  for (let i = integer.length - 3; i > 0; i -= 3) grouped = `${grouped.slice(0, i)}${marks[0]}${grouped.slice(i)}`;
  // `exceptZero`: a sign on both sides of zero, none on what rounds to zero.
  const sign = exceptZero ? (integer === '0' && !decimals ? '' : value < 0 ? '-' : '+') : value < 0 ? '-' : '';
  return `${sign}${grouped}${decimals ? marks[1] + decimals : ''}`;
}

/** Locale-aware number formatting (`17,6` in French), with formatters cached per language and options. */
export function formatNumber(value: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  const plain = plainNumber(value, lang, options);
  if (plain !== null) return plain;
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
