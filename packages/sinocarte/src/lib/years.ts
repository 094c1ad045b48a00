/** Year ranges and comma lists as the table's and the map's attributes write them (`1988-1991`, `CN-GD, CN-JS`). */
import { asText } from './text.js';

export interface YearRange {
  from: number;
  to: number;
}

/**
 * Parses a year filter: `1988-1991`, `1988` (that year), `1988-` (from), `-1991` (until), with `-`, `–`, `..` or
 * `/` between. Returns null for an empty value, `'invalid'` for anything else.
 */
export function parseYears(text: unknown): YearRange | null | 'invalid' {
  const value = asText(text).trim();
  if (!value) return null;
  const match = /^(\d{1,4})?\s*(?:(-|–|—|\.\.|\/)\s*(\d{1,4})?)?$/.exec(value);
  if (!match || (!match[1] && !match[3])) return 'invalid';
  const from = match[1] ? Number(match[1]) : -Infinity;
  const to = match[3] ? Number(match[3]) : match[2] ? Infinity : from;
  return from <= to ? { from, to } : { from: to, to: from };
}

export function formatYears(range: YearRange | null): string {
  if (!range) return '';
  if (range.from === range.to) return String(range.from);
  return `${Number.isFinite(range.from) ? range.from : ''}-${Number.isFinite(range.to) ? range.to : ''}`;
}

/** Splits `CN-GD, CN-JS` into values. */
export function parseList(text: unknown): string[] {
  return asText(text)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
