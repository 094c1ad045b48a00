/**
 * Sorting for the table: locale-aware, multi-key, missing values always last, fast on 100,000 rows.
 *
 * Text columns are turned once into numeric ranks (their position in collation order), so that every
 * later sort, reverse or secondary key compares numbers only. Building the ranks avoids calling
 * `Intl.Collator#compare` for most pairs: for strings made of `a-z`, digits, spaces and a few marks once
 * lower-cased and stripped of accents, the collator's primary order is a plain code-unit order (see
 * `plainKey`), so only ties (case or accent variants) and other scripts go to the collator.
 */

/** One sort key: a column and a direction. */
import { asText } from './text.js';
export interface SortKey {
  key: string;
  descending: boolean;
}

/** Numeric values of one column, one per row; `NaN` means missing. */
export type SortValues = Float64Array;

const PLAIN = /^[a-z0-9 ]*$/;
const PLAIN_PUNCTUATED = /^[a-z0-9 _\-,.'\u2018\u2019]*$/;
const PUNCTUATION = /[_\-,.'\u2018\u2019]/g;
/**
 * The collator puts these marks after the space and before the digits, in this order (`_ - , . '`, the three
 * apostrophes `' ‘ ’` differing only past the primary level), in every locale we speak; their stand-ins in a
 * plain key keep that order in code units (`! " # $ %`).
 */
const STAND_IN: Record<string, string> = { _: '!', '-': '"', ',': '#', '.': '$', "'": '%', '\u2018': '%', '\u2019': '%' };
const ASCII = /^[\x20-\x7e]*$/;
const COMBINING = /[\u0300-\u036f]/g;

/**
 * A key whose code-unit order is the collator's primary order, for text made of Latin letters (accents and case
 * dropped), digits, spaces and the marks `_ - , . ' ‘ ’`; null for any other text.
 */
export function plainKey(text: string): string | null {
  let key = text.toLowerCase();
  if (!PLAIN.test(key)) {
    if (!ASCII.test(key)) key = key.normalize('NFD').replace(COMBINING, '');
    if (!PLAIN_PUNCTUATED.test(key)) return null;
    key = key.replace(PUNCTUATION, (mark) => STAND_IN[mark]);
  }
  return key;
}

/** Distinct values above which `rankText` stops gathering them (a column of names: every value differs). */
const DISTINCT_LIMIT = 4096;

/**
 * Ranks of text values in the collator's order (equal strings share a rank), `NaN` for null.
 * Equivalent to sorting with `collator.compare`, several times faster on Latin text. A column of few distinct
 * values (regions, labels) sorts those values only.
 */
export function rankText(values: readonly (string | null)[], collator: Intl.Collator): SortValues {
  const n = values.length;
  const ranks = new Float64Array(n).fill(NaN);
  // Few distinct values: rank them, then give every row its value's rank.
  const distinct = new Map<string, number>();
  for (let i = 0; i < n && distinct.size <= DISTINCT_LIMIT; i++) {
    const v = values[i];
    if (v != null && !distinct.has(v)) distinct.set(v, 0);
  }
  if (distinct.size <= DISTINCT_LIMIT) {
    const unique = [...distinct.keys()];
    const order = sortedText(unique, Uint32Array.from(unique.keys()), collator);
    order.forEach((u, rank) => distinct.set(unique[u], rank));
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v != null) ranks[i] = distinct.get(v)!;
    }
    return ranks;
  }
  const present: number[] = [];
  for (let i = 0; i < n; i++) if (values[i] != null) present.push(i);
  const order = sortedText(values, Uint32Array.from(present), collator);
  let rank = -1;
  let previous: string | null = null;
  for (let r = 0; r < order.length; r++) {
    const v = values[order[r]] as string;
    if (v !== previous) rank++;
    previous = v;
    ranks[order[r]] = rank;
  }
  return ranks;
}

/** `indices` (of non-null values) sorted in the collator's order of their values, equal values together. */
function sortedText(values: readonly (string | null)[], indices: Uint32Array, collator: Intl.Collator): Uint32Array {
  const keys: (string | null)[] = new Array(values.length);
  for (const i of indices) keys[i] = plainKey(values[i] as string);
  // Plain keys first (most pairs differ there), the collator for ties and other scripts, equality last.
  return indices.sort((i, j) => {
    const ka = keys[i];
    const kb = keys[j];
    if (ka !== null && kb !== null && ka !== kb) return ka < kb ? -1 : 1;
    const a = values[i] as string;
    const b = values[j] as string;
    return a === b ? 0 : collator.compare(a, b) || (a < b ? -1 : 1);
  });
}

export { sharedCollator } from './collator.js';

/** Numeric sort values from numbers, `NaN` for null. */
export function numericValues(values: readonly (number | null)[]): SortValues {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i] ?? NaN;
  return out;
}

/**
 * Sorts row indices by several keys. Missing values (NaN) go last whatever the direction; ties keep
 * the input order (the sort is stable), so sorting a filtered subset keeps the data's own order.
 */
export function sortIndices(indices: Uint32Array, keys: readonly { values: SortValues; descending: boolean }[]): Uint32Array {
  const out = indices.slice();
  if (keys.length === 0) return out;
  // Tie-break on the position in the input, not the row index: the input may already be ordered.
  let max = 0;
  for (let p = 0; p < out.length; p++) if (out[p] > max) max = out[p];
  const position = new Uint32Array(max + 1);
  for (let p = 0; p < out.length; p++) position[out[p]] = p;
  const [k0, ...rest] = keys;
  out.sort((i, j) => {
    let c = compareOne(k0.values[i], k0.values[j], k0.descending);
    if (c !== 0) return c;
    for (const k of rest) {
      c = compareOne(k.values[i], k.values[j], k.descending);
      if (c !== 0) return c;
    }
    return position[i] - position[j];
  });
  return out;
}

function compareOne(a: number, b: number, descending: boolean): number {
  const am = a !== a;
  const bm = b !== b;
  if (am || bm) return am === bm ? 0 : am ? 1 : -1;
  return descending ? b - a : a - b;
}

/** Parses `"-year,name"` into sort keys (a leading `-` means descending). */
export function parseSort(input: unknown): SortKey[] {
  const text = asText(input);
  if (!text) return [];
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (part.startsWith('-') ? { key: part.slice(1).trim(), descending: true } : { key: part.replace(/^\+/, ''), descending: false }));
}

/** The inverse of `parseSort`. */
export function formatSort(keys: readonly SortKey[]): string {
  return keys.map((k) => (k.descending ? '-' : '') + k.key).join(',');
}

/**
 * What a click on a header does. Plain click: sort by that column alone, ascending, or flip it when it
 * already leads. With Shift: add it as the next key, or flip it where it already is.
 */
export function toggleSort(current: readonly SortKey[], key: string, additive: boolean): SortKey[] {
  const index = current.findIndex((k) => k.key === key);
  if (additive) {
    if (index === -1) return [...current, { key, descending: false }];
    return current.map((k, i) => (i === index ? { key, descending: !k.descending } : k));
  }
  if (index === 0) return [{ key, descending: !current[0].descending }];
  return [{ key, descending: false }];
}
