import { expect } from '@open-wc/testing';
import { formatPlainNumber } from './format-number.js';
import { LANGS, intlLocale } from '../internal/i18n.js';

describe('formatPlainNumber', () => {
  // Ties, carries across the point and across groups, the shortest writing of binary fractions (1.005 is
  // 1.00499999… in binary, written "1.005": Intl rounds that up), big and small values.
  const edges = [
    0, 1, 5, 12, 999, 1000, 1001, 9999.5, 12345, 999999.995, 1e6, 1234567.891, 2 ** 53, 1e20, 0.5, 0.05, 0.005, 0.0005, 1.005, 2.675, 1.45, 1.55,
    0.125, 0.375, 9.995, 99.9999, 0.1 + 0.2, 17.6, 1e-6, 123456789.5, 0.0004, 0.9999, 999.9996,
  ];
  // Seeded values of every size and with up to 6 decimals.
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const values = [...edges, ...Array.from({ length: 400 }, () => Math.round(random() * 10 ** (1 + Math.floor(random() * 9))) / 10 ** Math.floor(random() * 7))];

  it('writes what Intl.NumberFormat writes in each language, for any number of decimals (below 10^12 always)', () => {
    for (const lang of LANGS) {
      for (const digits of [undefined, 0, 1, 2, 3, 5]) {
        const intl = new Intl.NumberFormat(intlLocale(lang), digits === undefined ? undefined : { maximumFractionDigits: digits });
        for (const value of values) {
          const plain = formatPlainNumber(value, lang, digits);
          // Beyond 2^53 once scaled, Intl writes it (formatNumber asks it when this gives null).
          if (value < 1e12) expect(plain, `${lang} ${digits} ${value}`).to.not.equal(null);
          if (plain !== null) expect(plain, `${lang} ${digits} ${value}`).to.equal(intl.format(value));
        }
      }
    }
  });

  it('leaves to Intl what it does not write: negative numbers, exponents, other languages, odd digit counts', () => {
    expect(formatPlainNumber(-1, 'en')).to.equal(null);
    expect(formatPlainNumber(-0, 'en')).to.equal(null);
    expect(formatPlainNumber(NaN, 'en')).to.equal(null);
    expect(formatPlainNumber(Infinity, 'en')).to.equal(null);
    expect(formatPlainNumber(1e21, 'en')).to.equal(null);
    expect(formatPlainNumber(1e-7, 'fr')).to.equal(null);
    expect(formatPlainNumber(1, 'de')).to.equal(null);
    expect(formatPlainNumber(1, 'en', 1.5)).to.equal(null);
    expect(formatPlainNumber(1, 'en', -1)).to.equal(null);
  });
});
