/**
 * Numbers written without `Intl.NumberFormat` in the common cases (a count, a value with at most a few
 * decimals), as `Intl` writes them in our three languages. The first `Intl.NumberFormat` of a page loads the
 * locale's number data: 10 to 30 ms in Chromium on a loaded machine, paid by an element's first render
 * (the table's count and revenue cells). `null` when the case is not a common one: the caller asks `Intl`.
 */

/** Group and decimal separators of the locales we give `Intl` (fr-FR, en-GB, zh-CN). */
const SEPARATORS: Readonly<Record<string, readonly [group: string, decimal: string]>> = {
  fr: ['\u202f', ','],
  en: [',', '.'],
  zh: [',', '.'],
};

/**
 * `value` written with digit groups and at most `digits` decimals (3 when not given, as `Intl`), or null
 * when the language or the value is not a common case (negative or -0, not finite, written with an exponent, over
 * 2^53 once scaled).
 * Rounding is half away from zero on the shortest decimal writing of the number, as ICU does (`1.005` → `1.01`).
 */
export function formatPlainNumber(value: number, lang: string, digits = 3): string | null {
  const separators = SEPARATORS[lang];
  // Rounded on the decimal writing: "1.005e2" reads as exactly 100.5, which rounds up, as ICU rounds "1.005".
  const scaled = Math.round(Number(`${value}e${digits}`));
  if (!separators || !(value >= 0) || Object.is(value, -0) || String(value).includes('e') || !(scaled <= Number.MAX_SAFE_INTEGER) || !(digits >= 0 && digits <= 20)) {
    return null;
  }
  const text = String(scaled).padStart(digits + 1, '0');
  const cut = text.length - digits;
  const fraction = text.slice(cut).replace(/0+$/, '');
  const whole = text.slice(0, cut).replace(/\B(?=(\d{3})+$)/g, separators[0]);
  return fraction ? whole + separators[1] + fraction : whole;
}
