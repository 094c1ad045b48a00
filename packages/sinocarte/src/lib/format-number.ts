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
 * when the language or the value is not a common case (negative or -0, not finite, written with an exponent).
 * Rounding is half away from zero on the shortest decimal writing of the number, as ICU does (`1.005` → `1.01`).
 */
export function formatPlainNumber(value: number, lang: string, digits = 3): string | null {
  const separators = SEPARATORS[lang];
  if (!separators || !(value >= 0) || value === Infinity || Object.is(value, -0) || !Number.isInteger(digits) || digits < 0 || digits > 20) return null;
  const text = String(value);
  if (text.includes('e')) return null;
  const point = text.indexOf('.');
  let whole = point === -1 ? text : text.slice(0, point);
  let fraction = point === -1 ? '' : text.slice(point + 1);
  if (fraction.length > digits) {
    // Round the decimal writing: up when the first dropped digit is 5 or more, carrying to the left.
    const up = fraction.charCodeAt(digits) >= 53;
    fraction = fraction.slice(0, digits);
    if (up) {
      const all = (whole + fraction).split('');
      let i = all.length - 1;
      while (i >= 0 && all[i] === '9') all[i--] = '0';
      if (i >= 0) all[i] = String(Number(all[i]) + 1);
      else all.unshift('1');
      const cut = all.length - fraction.length;
      whole = all.slice(0, cut).join('');
      fraction = all.slice(cut).join('');
    }
  }
  fraction = fraction.replace(/0+$/, '');
  const [group, decimal] = separators;
  let grouped = whole;
  if (whole.length > 3) {
    grouped = '';
    for (let end = whole.length; end > 0; end -= 3) grouped = whole.slice(Math.max(0, end - 3), end) + (grouped ? group + grouped : '');
  }
  return fraction ? grouped + decimal + fraction : grouped;
}
