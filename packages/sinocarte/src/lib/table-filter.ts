/** Filtering for the table: accent- and case-insensitive search, sets of values, year ranges. */

const COMBINING = /[\u0300-\u036f]/g;
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;
const ASCII_NOT_ALNUM = /[^a-z0-9]+/g;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Folds text for search: lower case, no accents, no punctuation or spaces, so `xian` finds `Xi'an`,
 * `sao paulo` finds `São Paulo` and `zhong guan cun` finds `Zhongguancun`.
 */
import { asText } from './text.js';
import { finish } from './slices.js';
// Year ranges and lists live in years.ts (the map parses them without downloading the table's filtering).
export { formatYears, parseList, parseYears, type YearRange } from './years.js';
import type { YearRange } from './years.js';
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII.test(lower)) return lower.replace(ASCII_NOT_ALNUM, '');
  return lower.normalize('NFD').replace(COMBINING, '').replace(NOT_ALNUM, '');
}

/** Splits a query into folded terms; every term must match (`wuhan 1991`). */
export function queryTerms(input: unknown): string[] {
  const query = asText(input);
  if (!query) return [];
  return query
    .split(/\s+/)
    .map(foldForSearch)
    .filter((term) => term.length > 0);
}


/** What a row must satisfy. Each test is optional; all present tests must pass. */
export interface RowFilter {
  /** Folded query terms: each must be found in one of the row's cells (never across two cells). */
  terms?: readonly string[];
  /** Folded text of every cell, one array per column (up to row `indexed`, when given). */
  texts?: readonly (readonly string[])[];
  /** Rows of `texts` built so far: the texts of later rows come from `textOf` (a search before the index is built). */
  indexed?: number;
  /** The folded text of column c in row r, for the rows past `indexed`. */
  textOf?: (c: number, r: number) => string;
  /** Keep rows whose value is one of these (a region id per row). */
  oneOf?: { values: readonly (string | null)[]; allowed: ReadonlySet<string> };
  /** Keep rows whose list holds at least one of these (sector codes per row). */
  anyOf?: { values: readonly (readonly string[] | null)[]; allowed: ReadonlySet<string> };
  /** Keep rows whose year is in the range (NaN: missing, never kept). */
  years?: { values: Float64Array; range: YearRange };
}

/** The indices of the rows that pass the filter, in data order. */
export function filterIndices(count: number, filter: RowFilter): Uint32Array {
  return finish(filterSlices(count, filter, Math.max(1, count)));
}

/**
 * `filterIndices` in slices: a generator that yields after every `slice` rows read, so that a table of 1,000,000
 * rows filters over several short tasks; its return value is the same indices.
 */
export function* filterSlices(count: number, filter: RowFilter, slice = 16384): Generator<void, Uint32Array, void> {
  const { terms, texts, oneOf, anyOf, years, textOf } = filter;
  const indexed = textOf ? (filter.indexed ?? 0) : count;
  const useTerms = !!terms && terms.length > 0 && !!texts;
  const out = new Uint32Array(count);
  let n = 0;
  for (let start = 0; start < count; start += slice) {
    if (start > 0) yield;
    const end = Math.min(count, start + slice);
    rows: for (let i = start; i < end; i++) {
      if (oneOf) {
        const v = oneOf.values[i];
        if (v == null || !oneOf.allowed.has(v)) continue;
      }
      if (anyOf) {
        const list = anyOf.values[i];
        if (!list || !list.some((v) => anyOf.allowed.has(v))) continue;
      }
      if (years) {
        const y = years.values[i];
        if (!(y >= years.range.from && y <= years.range.to)) continue;
      }
      if (useTerms) {
        terms: for (const term of terms!) {
          for (let c = 0; c < texts!.length; c++) if ((i < indexed ? texts![c][i] : textOf!(c, i)).includes(term)) continue terms;
          continue rows;
        }
      }
      out[n++] = i;
    }
  }
  return out.slice(0, n);
}
