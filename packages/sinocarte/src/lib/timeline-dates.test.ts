import { expect } from '@open-wc/testing';
import { dateEnd, dateStart, formatInstant, formatPartialDate, formatRange, formatSpan, parsePartialDate, parseRange, precisionOf, repairDate, roundRange, utc } from './timeline-dates.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('timeline-dates', () => {
  it('reads partial dates strictly and rejects impossible or text dates', () => {
    expect(parsePartialDate('1964')).to.deep.equal({ year: 1964 });
    expect(parsePartialDate('1964-09')).to.deep.equal({ year: 1964, month: 9 });
    expect(parsePartialDate('1964-01-27')).to.deep.equal({ year: 1964, month: 1, day: 27 });
    expect(parsePartialDate('2008-02-29'), 'leap day').to.deep.equal({ year: 2008, month: 2, day: 29 });
    expect(parsePartialDate('2000-02-29'), 'a leap century').to.deep.equal({ year: 2000, month: 2, day: 29 });
    for (let year = 1896; year <= 2104; year++) {
      for (let month = 1; month <= 12; month++) {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const iso = (d: number) => `${year}-${String(month).padStart(2, '0')}-${d}`;
        expect(parsePartialDate(iso(last)), iso(last)).to.deep.equal({ year, month, day: last });
        expect(parsePartialDate(iso(last + 1)), iso(last + 1)).to.equal(null);
      }
    }
    expect(parsePartialDate(' 1964-09 '), 'surrounding space').to.deep.equal({ year: 1964, month: 9 });
    for (const bad of ['2009-13-45', '2009-02-30', '2007-02-29', '1900-02-29', '2009-00', '2009-1', '2009-01-1', 'mars 2000', '64', '', null, 1964]) {
      expect(parsePartialDate(bad), String(bad)).to.equal(null);
    }
  });

  it('gives each precision its whole period, never a fake 1 January', () => {
    const year = parsePartialDate('1981')!;
    const month = parsePartialDate('1964-09')!;
    const date = parsePartialDate('1964-01-27')!;
    expect([dateStart(year), dateEnd(year)]).to.deep.equal([day('1981-01-01'), day('1982-01-01')]);
    expect([dateStart(month), dateEnd(month)]).to.deep.equal([day('1964-09-01'), day('1964-10-01')]);
    expect([dateStart(date), dateEnd(date)]).to.deep.equal([day('1964-01-27'), day('1964-01-28')]);
    expect(dateEnd(parsePartialDate('1964-12')!), 'December ends on the next 1 January').to.equal(day('1965-01-01'));
    expect(precisionOf(year)).to.equal('year');
    expect(precisionOf(month)).to.equal('month');
    expect(precisionOf(date)).to.equal('day');
  });

  it('repairs what can be read honestly and says how', () => {
    expect(repairDate('2009-13-45')).to.deep.equal({ date: { year: 2009 }, repair: 'truncated' });
    expect(repairDate('2009-02-30')).to.deep.equal({ date: { year: 2009, month: 2 }, repair: 'truncated' });
    expect(repairDate('mars 2000')).to.deep.equal({ date: { year: 2000, month: 3 }, repair: 'text' });
    expect(repairDate('1er mars 2000')).to.deep.equal({ date: { year: 2000, month: 3, day: 1 }, repair: 'text' });
    expect(repairDate('12 March 2000')).to.deep.equal({ date: { year: 2000, month: 3, day: 12 }, repair: 'text' });
    expect(repairDate('31 février 2000'), 'a day the month lacks is dropped').to.deep.equal({ date: { year: 2000, month: 2 }, repair: 'text' });
    expect(repairDate('29 Feb. 2004')).to.deep.equal({ date: { year: 2004, month: 2, day: 29 }, repair: 'text' });
    expect(repairDate('2009-2-3'), 'single digits').to.deep.equal({ date: { year: 2009, month: 2, day: 3 }, repair: 'truncated' });
    expect(repairDate('2007-02-29')).to.deep.equal({ date: { year: 2007, month: 2 }, repair: 'truncated' });
    expect(repairDate('1981')).to.deep.equal({ date: { year: 1981 }, repair: 'none' });
    expect(repairDate('some day')).to.equal(null);
    expect(repairDate('vers 2000')).to.equal(null);
    expect(repairDate(undefined)).to.equal(null);
  });

  it('formats a date at its own precision only, in each language', () => {
    expect(formatPartialDate({ year: 1981 }, 'fr')).to.equal('1981');
    expect(formatPartialDate({ year: 1964, month: 9 }, 'fr')).to.equal('septembre 1964');
    expect(formatPartialDate({ year: 1964, month: 9 }, 'en')).to.equal('September 1964');
    expect(formatPartialDate({ year: 1964, month: 1, day: 27 }, 'fr')).to.equal('27 janvier 1964');
    expect(formatPartialDate({ year: 1964, month: 1, day: 27 }, 'zh')).to.equal('1964年1月27日');
    expect(formatSpan({ year: 1965 }, { year: 1976 }, 'fr')).to.equal('1965 – 1976');
    expect(formatSpan({ year: 1965 }, { year: 1965 }, 'fr')).to.equal('1965');
  });

  it('writes a year (a date or an axis tick) as Intl does in every language, without it', () => {
    for (const lang of ['fr', 'en', 'zh', 'zh-TW', 'de-DE', '']) {
      const locale = { en: 'en-GB', zh: 'zh-CN' }[lang.slice(0, 2)] ?? 'fr-FR';
      const intl = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
      for (const year of [1000, 1954, 1999, 2026, 2031, 9999]) {
        expect(formatPartialDate({ year }, lang), `${lang} ${year}`).to.equal(intl.format(utc(year, 0, 1)));
        expect(formatInstant(utc(year, 0, 1), 'year', lang), `${lang} tick ${year}`).to.equal(intl.format(utc(year, 0, 1)));
      }
    }
    expect(formatInstant(utc(1990, 2, 1), 'month-year', 'en')).to.equal('Mar 1990');
  });

  it('parses ranges, inclusive of both ends, and rejects reversed or unreadable ones', () => {
    expect(parseRange('1980-2011')).to.deep.equal({ from: day('1980-01-01'), to: day('2012-01-01') });
    expect(parseRange('1980–2011')).to.deep.equal({ from: day('1980-01-01'), to: day('2012-01-01') });
    expect(parseRange('1980-03/2011-06')).to.deep.equal({ from: day('1980-03-01'), to: day('2011-07-01') });
    expect(parseRange('1980-03-2011-06')).to.deep.equal({ from: day('1980-03-01'), to: day('2011-07-01') });
    expect(parseRange('2011-1980')).to.equal(null);
    expect(parseRange('1980-13-2011')).to.equal(null);
    expect(parseRange('les années 80')).to.equal(null);
  });

  it('writes a visible range back at a precision that suits it, and round-trips whole years', () => {
    expect(formatRange(day('1980-01-01'), day('2012-01-01'))).to.deep.equal({ from: '1980', to: '2011' });
    expect(formatRange(day('2004-01-01'), day('2012-01-01')), 'whole years stay years').to.deep.equal({ from: '2004', to: '2011' });
    expect(formatRange(day('1980-03-12'), day('2001-05-02'))).to.deep.equal({ from: '1980', to: '2001' });
    expect(formatRange(day('2005-03-12'), day('2007-05-02'))).to.deep.equal({ from: '2005-03', to: '2007-05' });
    expect(formatRange(day('2005-03-12'), day('2005-05-02'))).to.deep.equal({ from: '2005-03-12', to: '2005-05-01' });
    const r = parseRange('2004-2011')!;
    const back = formatRange(r.from, r.to);
    expect(`${back.from}-${back.to}`).to.equal('2004-2011');
  });

  it('counts UTC days without the 1900s quirk of Date.UTC, rolling months over', () => {
    expect(utc(1964, 0, 27)).to.equal(day('1964-01-27'));
    expect(utc(2000, 12, 1), 'month 12 is January of the next year').to.equal(day('2001-01-01'));
    expect(utc(2000, 2, 0), 'day 0 is the last day of the month before').to.equal(day('2000-02-29'));
    expect(new Date(utc(42, 0, 1)).getUTCFullYear(), 'year 42 stays 42').to.equal(42);
    for (const year of [-1.5, -1, -0.5, 0, 0.5, 99, 99.9, 100, 100.5, 1899, 10000]) {
      const date = new Date(0);
      date.setUTCFullYear(year, 5, 31);
      expect(utc(year, 5, 31), `year ${year}`).to.equal(date.getTime());
    }
  });

  it('rounds a visible range outwards to partial dates', () => {
    expect(roundRange(day('1980-01-01'), day('2012-01-01'))).to.deep.equal({ from: { year: 1980 }, to: { year: 2011 } });
    expect(roundRange(day('2005-03-12'), day('2007-05-02'))).to.deep.equal({ from: { year: 2005, month: 3 }, to: { year: 2007, month: 5 } });
    expect(roundRange(day('2005-03-12'), day('2005-05-02'))).to.deep.equal({ from: { year: 2005, month: 3, day: 12 }, to: { year: 2005, month: 5, day: 1 } });
  });
});
