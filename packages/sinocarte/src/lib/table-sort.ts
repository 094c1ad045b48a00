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
import { finish } from './slices.js';

// In a module of their own, so that the map (metrics, the table filter) does not download the table's sorting.
export { finish, sharedCollator } from './slices.js';
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
  return finish(rankTextSlices(values, collator));
}

/**
 * `rankText` in slices: a generator that yields after about `slice` values read or compared (a few milliseconds
 * of work), so that an element can rank a column of 1,000,000 names over many short tasks; its return value is
 * the ranks, the same as `rankText`'s.
 */
export function* rankTextSlices(values: readonly (string | null)[], collator: Intl.Collator, slice = 8192): Generator<void, SortValues, void> {
  const n = values.length;
  const ranks = new Float64Array(n).fill(NaN);
  // Few distinct values: rank them, then give every row its value's rank.
  const distinct = new Map<string, number>();
  for (let start = 0; start < n && distinct.size <= DISTINCT_LIMIT; start += slice) {
    if (start > 0) yield;
    const end = Math.min(n, start + slice);
    for (let i = start; i < end && distinct.size <= DISTINCT_LIMIT; i++) {
      const v = values[i];
      if (v != null && !distinct.has(v)) distinct.set(v, 0);
    }
  }
  if (distinct.size <= DISTINCT_LIMIT) {
    const unique = [...distinct.keys()];
    const order = yield* sortedText(unique, Uint32Array.from(unique.keys()), collator, slice);
    order.forEach((u, rank) => distinct.set(unique[u], rank));
    for (let start = 0; start < n; start += slice) {
      yield;
      const end = Math.min(n, start + slice);
      for (let i = start; i < end; i++) {
        const v = values[i];
        if (v != null) ranks[i] = distinct.get(v)!;
      }
    }
    return ranks;
  }
  const present = new Uint32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) if (values[i] != null) present[count++] = i;
  yield;
  const order = yield* sortedText(values, present.subarray(0, count), collator, slice);
  let rank = -1;
  let previous: string | null = null;
  for (let start = 0; start < order.length; start += slice) {
    yield;
    const end = Math.min(order.length, start + slice);
    for (let r = start; r < end; r++) {
      const v = values[order[r]] as string;
      if (v !== previous) rank++;
      previous = v;
      ranks[order[r]] = rank;
    }
  }
  return ranks;
}

/**
 * `indices` (of non-null values) sorted in the collator's order of their values, equal values together: runs of
 * `slice` indices sorted, then merged two by two, yielding after every `slice` values placed.
 */
function* sortedText(values: readonly (string | null)[], indices: Uint32Array, collator: Intl.Collator, slice: number): Generator<void, Uint32Array, void> {
  const n = indices.length;
  const keys: (string | null)[] = new Array(values.length);
  for (let start = 0; start < n; start += slice) {
    if (start > 0) yield;
    const end = Math.min(n, start + slice);
    for (let p = start; p < end; p++) keys[indices[p]] = plainKey(values[indices[p]] as string);
  }
  // Plain keys first (most pairs differ there), the collator for ties and other scripts, equality last.
  const compare = (i: number, j: number) => {
    const ka = keys[i];
    const kb = keys[j];
    if (ka !== null && kb !== null && ka !== kb) return ka < kb ? -1 : 1;
    const a = values[i] as string;
    const b = values[j] as string;
    return a === b ? 0 : collator.compare(a, b) || (a < b ? -1 : 1);
  };
  for (let start = 0; start < n; start += slice) {
    yield;
    indices.subarray(start, Math.min(n, start + slice)).sort(compare);
  }
  let from: Uint32Array = indices;
  let to: Uint32Array = new Uint32Array(n);
  for (let width = slice; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      let i = lo;
      let j = mid;
      let k = lo;
      while (k < hi) {
        yield;
        const stop = Math.min(hi, k + slice);
        while (k < stop) to[k++] = i < mid && (j >= hi || compare(from[i], from[j]) <= 0) ? from[i++] : from[j++];
      }
    }
    [from, to] = [to, from];
  }
  return from;
}


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
  if (keys.length === 0) return indices.slice();
  const spans = keys.map((k) => integerSpan(k.values, indices));
  if (spans.every((span) => span !== null)) {
    // Whole numbers over a short span (text ranks, years, counts): one stable counting pass per key, the last key
    // first, gives the order of the comparison below in linear time (1,000,000 rows by name: a few ms, not seconds).
    let out = indices;
    for (let k = keys.length - 1; k >= 0; k--) out = countingPass(out, keys[k].values, spans[k]!, keys[k].descending);
    return out === indices ? indices.slice() : out;
  }
  const out = indices.slice();
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

/** The smallest and largest value of the rows, when every present value is a whole number and the span is short. */
function integerSpan(values: SortValues, indices: Uint32Array): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (let p = 0; p < indices.length; p++) {
    const v = values[indices[p]];
    if (v !== v) continue;
    if (!Number.isInteger(v)) return null;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return { min: 0, max: 0 };
  return max - min <= Math.max(65_536, 2 * indices.length) ? { min, max } : null;
}

/** A stable counting sort of `indices` on one key: ascending or descending, missing values (NaN) last. */
function countingPass(indices: Uint32Array, values: SortValues, { min, max }: { min: number; max: number }, descending: boolean): Uint32Array {
  const missing = max - min + 1;
  const bucket = (v: number) => (v !== v ? missing : descending ? max - v : v - min);
  const starts = new Uint32Array(missing + 2);
  for (let p = 0; p < indices.length; p++) starts[bucket(values[indices[p]]) + 1]++;
  for (let b = 1; b < starts.length; b++) starts[b] += starts[b - 1];
  const out = new Uint32Array(indices.length);
  for (let p = 0; p < indices.length; p++) {
    const i = indices[p];
    out[starts[bucket(values[i])]++] = i;
  }
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
