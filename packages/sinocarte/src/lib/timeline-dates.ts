/**
 * Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as the sources give them, and the time spans they stand for.
 * A year-only date covers its whole year and a month-only date its month: nothing is padded to a fake 1 January.
 * All instants are UTC milliseconds, so a date never shifts with the reader's time zone.
 */

import { intlLocale, normalizeLang } from '../internal/i18n.js';
export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  /** 1–12, absent for a year-only date. */
  month?: number;
  /** 1–31, absent unless the month is known. */
  day?: number;
}

const DAY = 86_400_000;

export function precisionOf(d: PartialDate): Precision {
  return d.day ? 'day' : d.month ? 'month' : 'year';
}

/** Days of each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of the proleptic Gregorian calendar, leap years included (counted, not a Date per call). */
function daysInMonth(year: number, month: number): number {
  return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1];
}

/**
 * Reads `YYYY`, `YYYY-M(M)` or `YYYY-M(M)-D(D)`, keeping the valid part of an impossible date (`2009-13-45`
 * gives `2009`, `2009-02-30` gives `2009-02`). `exact` when the text is that very date written strictly.
 */
function readIso(text: string): { date: PartialDate; exact: boolean } | null {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const date: PartialDate = !(month >= 1 && month <= 12) ? { year } : day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : { year, month };
  return { date, exact: toIsoPartial(date) === text };
}

/** Strict parse: `2009-13-45`, `2009-2-3` or `mars 2000` give null. */
export function parsePartialDate(text: unknown): PartialDate | null {
  const iso = typeof text === 'string' ? readIso(text.trim()) : null;
  return iso?.exact ? iso.date : null;
}

export function toIsoPartial(d: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.year).padStart(4, '0')}${d.month ? `-${pad(d.month)}` : ''}${d.month && d.day ? `-${pad(d.day)}` : ''}`;
}

/** First instant of the period the date stands for. */
export function dateStart(d: PartialDate): number {
  return utc(d.year, (d.month ?? 1) - 1, d.day ?? 1);
}

/** First instant after the period (exclusive end): the next year, month or day. */
export function dateEnd(d: PartialDate): number {
  if (d.month && d.day) return utc(d.year, d.month - 1, d.day) + DAY;
  if (d.month) return utc(d.year, d.month, 1);
  return utc(d.year + 1, 0, 1);
}

/**
 * `Date.UTC` without its quirk: it maps years 0–99 to 1900–1999, this does not. A month or day out of range
 * rolls over as with `Date.UTC` (month 12 is January of the next year), which the axis ticks rely on.
 */
export function utc(year: number, monthIndex: number, day: number): number {
  // Date.UTC itself outside the years it maps (about ten times faster than a Date object, once per event and date).
  if (year >= 100 || year <= -1) return Date.UTC(year, monthIndex, day);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** Month names and abbreviations read in text dates, French and English: one month per `|`, January first. */
const MONTH_NAMES: Record<string, number> = {};
`janvier janv january jan
|février fevrier févr fevr february feb
|mars march mar
|avril avr april apr
|mai may
|juin june jun
|juillet juil july jul
|août aout august aug
|septembre sept september sep
|octobre oct october
|novembre nov november
|décembre decembre déc dec december`
  .split('|')
  .forEach((names, i) => names.trim().split(' ').forEach((n) => (MONTH_NAMES[n] = i + 1)));

export type Repair = 'none' | 'truncated' | 'text';

/**
 * Reads a date as well as can be done honestly. A valid partial date is kept as is. An impossible one
 * (`2009-13-45`, `2009-02-30`) keeps its valid part (`2009`, `2009-02`). A text date in French or English
 * (`mars 2000`, `12 March 2000`, `1er mars 2000`) becomes `2000-03`, `2000-03-12`. Anything else: null.
 */
export function repairDate(text: unknown): { date: PartialDate; repair: Repair } | null {
  if (typeof text !== 'string') return null;
  const s = text.trim().toLowerCase();
  const iso = readIso(s);
  if (iso) return { date: iso.date, repair: iso.exact ? 'none' : 'truncated' };
  const words = /^(?:(\d{1,2})(?:er|st|nd|rd|th)?\s+)?([\p{L}]+)\.?\s+(\d{4})$/u.exec(s);
  const month = words ? MONTH_NAMES[words[2]] : undefined;
  if (!words || !month) return null;
  // Read as if written `2000-3-12`: a day that the month does not have is dropped, the month kept.
  return { date: readIso(`${words[3]}-${month}${words[1] ? `-${words[1]}` : ''}`)!.date, repair: 'text' };
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The formatter of a language and a kind of date (`name`, its options' key in DATE_OPTIONS or TICK_OPTIONS). */
function dateFormat(lang: string, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // Built by hand: a key made with JSON.stringify cost more than the format itself on every date written.
  const key = `${lang}|${name}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(normalizeLang(lang)), { timeZone: 'UTC', ...options });
    formats.set(key, format);
  }
  return format;
}

/** Intl options of a date shown at its own precision. */
const DATE_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { dateStyle: 'long' },
};

/**
 * A year as `Intl.DateTimeFormat` writes it with `{ year: 'numeric' }` in our three languages (`1981`, `1981年`),
 * without it: a page's first date format loads the calendar data (10-20 ms in Chromium), and a timeline shown
 * whole writes only years. Null outside the years 1000-9999.
 */
function yearText(ms: number, lang: string): string | null {
  const year = new Date(ms).getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return null;
  return normalizeLang(lang) === 'zh' ? `${year}年` : String(year);
}

/** Formats a date at its own precision only: `1981`, `septembre 1964`, `27 janvier 1964`. */
export function formatPartialDate(d: PartialDate, lang: string): string {
  const precision = precisionOf(d);
  const start = dateStart(d);
  return (precision === 'year' && yearText(start, lang)) || dateFormat(lang, precision, DATE_OPTIONS[precision]).format(start);
}

/** A date or a span (`1965 – 1976`), each end at its own precision. */
export function formatSpan(date: PartialDate, endDate: PartialDate | undefined, lang: string): string {
  const start = formatPartialDate(date, lang);
  if (!endDate) return start;
  const end = formatPartialDate(endDate, lang);
  return start === end ? start : `${start} – ${end}`;
}

/** Intl options of an axis tick, at the precision of the tick step (the first tick of a year shows the year). */
const TICK_OPTIONS: Record<Precision | 'month-year' | 'day-year', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  'month-year': { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short' },
  'day-year': { day: 'numeric', month: 'short', year: 'numeric' },
};

/** Formats an instant for an axis tick, at the precision of the tick step. */
export function formatInstant(ms: number, precision: keyof typeof TICK_OPTIONS, lang: string): string {
  return (precision === 'year' && yearText(ms, lang)) || dateFormat(lang, `tick-${precision}`, TICK_OPTIONS[precision]).format(ms);
}

/**
 * Parses a range attribute: two partial dates separated by `-`, `–`, `/` or `..` (`1980-2011`,
 * `1980-03/2011-06`). The range covers both ends whole: `1980-2011` is [1 Jan 1980, 1 Jan 2012).
 * Null when either end is not a date or the end precedes the start.
 */
export function parseRange(text: unknown): { from: number; to: number } | null {
  if (typeof text !== 'string') return null;
  const m = /^\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s*(?:\/|–|—|\.\.|-)\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s*$/.exec(text);
  if (!m) return null;
  const a = parsePartialDate(m[1]);
  const b = parsePartialDate(m[2]);
  if (!a || !b) return null;
  const from = dateStart(a);
  const to = dateEnd(b);
  return to > from ? { from, to } : null;
}

/**
 * Rounds a visible range outwards to two partial dates, at a precision that suits its length: years for ten
 * years or more, months for a year or more, days below.
 */
export function roundRange(from: number, to: number): { from: PartialDate; to: PartialDate } {
  const span = to - from;
  const a = new Date(from);
  const b = new Date(to);
  const monthAligned = a.getUTCDate() === 1 && b.getUTCDate() === 1 && from % DAY === 0 && to % DAY === 0;
  const yearAligned = monthAligned && a.getUTCMonth() === 0 && b.getUTCMonth() === 0;
  // A range that falls on whole years (or months) keeps that precision whatever its length: `2004-2011` stays so.
  const precision: Precision = yearAligned || span >= 10 * 365 * DAY ? 'year' : monthAligned || span >= 365 * DAY ? 'month' : 'day';
  const cut = (ms: number): PartialDate => {
    const d = new Date(ms);
    const year = d.getUTCFullYear();
    if (precision === 'year') return { year };
    if (precision === 'month') return { year, month: d.getUTCMonth() + 1 };
    return { year, month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  };
  return { from: cut(from), to: cut(Math.max(from, to - 1)) };
}

/** A visible range as two partial dates (`1980`, `2011`), as the `range` attribute and `sino-range` give it. */
export function formatRange(from: number, to: number): { from: string; to: string } {
  const range = roundRange(from, to);
  return { from: toIsoPartial(range.from), to: toIsoPartial(range.to) };
}

export { DAY };
