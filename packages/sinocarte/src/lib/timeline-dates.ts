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

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY = 86_400_000;

export function precisionOf(d: PartialDate): Precision {
  return d.day ? 'day' : d.month ? 'month' : 'year';
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1];
}

/** Strict parse: `2009-13-45`, `2009-2-3` or `mars 2000` give null. */
export function parsePartialDate(text: unknown): PartialDate | null {
  if (typeof text !== 'string') return null;
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (!m[2]) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (!m[3]) return { year, month };
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : null;
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

/** `Date.UTC` maps years 0–99 to 1900–1999; this does not. */
function utc(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const date = new Date(Date.UTC(2000, monthIndex, day));
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

const MONTH_NAMES: Record<string, number> = {};
[
  ['janvier', 'janv', 'january', 'jan'],
  ['février', 'fevrier', 'févr', 'fevr', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['avril', 'avr', 'april', 'apr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'juil', 'july', 'jul'],
  ['août', 'aout', 'august', 'aug'],
  ['septembre', 'sept', 'september', 'sep'],
  ['octobre', 'oct', 'october'],
  ['novembre', 'nov', 'november'],
  ['décembre', 'decembre', 'déc', 'dec', 'december'],
].forEach((names, i) => names.forEach((n) => (MONTH_NAMES[n] = i + 1)));

export type Repair = 'none' | 'truncated' | 'text';

/**
 * Reads a date as well as can be done honestly. A valid partial date is kept as is. An impossible one
 * (`2009-13-45`, `2009-02-30`) keeps its valid part (`2009`, `2009-02`). A text date in French or English
 * (`mars 2000`, `12 March 2000`, `1er mars 2000`) becomes `2000-03`, `2000-03-12`. Anything else: null.
 */
export function repairDate(text: unknown): { date: PartialDate; repair: Repair } | null {
  const strict = parsePartialDate(text);
  if (strict) return { date: strict, repair: 'none' };
  if (typeof text !== 'string') return null;
  const s = text.trim().toLowerCase();
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(s);
  if (iso) {
    const year = Number(iso[1]);
    const month = Number(iso[2]);
    if (!(month >= 1 && month <= 12)) return { date: { year }, repair: 'truncated' };
    const day = Number(iso[3]);
    const valid = iso[3] !== undefined && day >= 1 && day <= daysInMonth(year, month);
    return { date: valid ? { year, month, day } : { year, month }, repair: 'truncated' };
  }
  const words = /^(?:(\d{1,2})(?:er|st|nd|rd|th)?\s+)?([\p{L}]+)\.?\s+(\d{4})$/u.exec(s);
  const month = words ? MONTH_NAMES[words[2]] : undefined;
  if (!words || !month) return null;
  const year = Number(words[3]);
  const day = words[1] ? Number(words[1]) : undefined;
  if (day !== undefined && !(day >= 1 && day <= daysInMonth(year, month))) return { date: { year, month }, repair: 'text' };
  return { date: day ? { year, month, day } : { year, month }, repair: 'text' };
}

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(normalizeLang(lang)), { timeZone: 'UTC', ...options });
    formats.set(key, format);
  }
  return format;
}

/** Formats a date at its own precision only: `1981`, `septembre 1964`, `27 janvier 1964`. */
export function formatPartialDate(d: PartialDate, lang: string): string {
  const precision = precisionOf(d);
  const options: Intl.DateTimeFormatOptions =
    precision === 'year' ? { year: 'numeric' } : precision === 'month' ? { year: 'numeric', month: 'long' } : { dateStyle: 'long' };
  return dateFormat(lang, options).format(dateStart(d));
}

/** A date or a span (`1965 – 1976`), each end at its own precision. */
export function formatSpan(date: PartialDate, endDate: PartialDate | undefined, lang: string): string {
  const start = formatPartialDate(date, lang);
  if (!endDate) return start;
  const end = formatPartialDate(endDate, lang);
  return start === end ? start : `${start} – ${end}`;
}

/** Formats an instant for an axis tick, at the precision of the tick step. */
export function formatInstant(ms: number, precision: Precision | 'month-year' | 'day-year', lang: string): string {
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric' }
      : precision === 'month'
        ? { month: 'short' }
        : precision === 'month-year'
          ? { month: 'short', year: 'numeric' }
          : precision === 'day'
            ? { day: 'numeric', month: 'short' }
            : { day: 'numeric', month: 'short', year: 'numeric' };
  return dateFormat(lang, options).format(ms);
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
 * Writes a visible range as two partial dates, rounded outwards to a precision that suits its length:
 * years for ten years or more, months for a year or more, days below.
 */
export function formatRange(from: number, to: number): { from: string; to: string } {
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
  return { from: toIsoPartial(cut(from)), to: toIsoPartial(cut(Math.max(from, to - 1))) };
}

export { DAY };
