/**
 * Readers for what a host hands an element: one per kind of value (text, number, date, list), plus safe
 * property access. A host may pass anything: a null-prototype object, a Symbol, a BigInt, an object whose
 * getter throws, a Proxy whose traps throw. None of these readers throws; each says "not usable" instead
 * (null, or `UNREADABLE` for a value that could not even be read), and the element explains it.
 * Pure: no DOM. One counter (`unreadableCount`) counts the reads that threw, so that an element can tell a
 * host that some of its data was skipped even where the reader that skipped it had no way to say so.
 */

let unreadable = 0;
/** How many reads of host data have thrown (and been skipped) since the page loaded. */
export const unreadableCount = (): number => unreadable;
/** For a reader of its own that caught a throw from host data. */
export const countUnreadable = (): void => void unreadable++;

/** What a reader returns for a value it could not read at all (a getter or a Proxy trap threw). */
export const UNREADABLE: unique symbol = Symbol('unreadable');
export type Unreadable = typeof UNREADABLE;

/** `record[key]`, or UNREADABLE when reading it throws (a getter, a Proxy trap). */
export function readField(record: unknown, key: PropertyKey): unknown {
  if (record === null || (typeof record !== 'object' && typeof record !== 'function')) return undefined;
  try {
    return (record as Record<PropertyKey, unknown>)[key];
  } catch {
    unreadable++;
    return UNREADABLE;
  }
}

/**
 * A record's own value for a key, never one inherited from `Object.prototype`: coded values such as
 * `toString` or `constructor` are data, not a way into the prototype.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  if (record === null || typeof record !== 'object') return undefined;
  try {
    return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
  } catch {
    unreadable++;
    return undefined;
  }
}

/**
 * A nested field (`['revenue', 'value']`), undefined when a step is missing, UNREADABLE when a step throws.
 * A step named like a member of `Object.prototype` (`constructor`, `toString`, `__proto__`) is read only when
 * the record has it as its own: getters of a host's class are read, the prototype of every object is not.
 */
export function readPath(record: unknown, path: readonly string[]): unknown {
  let value = record;
  try {
    for (const part of path) {
      if (value === null || typeof value !== 'object') return undefined;
      if (PROTOTYPE_NAMES.has(part) && !Object.prototype.hasOwnProperty.call(value, part)) return undefined;
      value = (value as Record<string, unknown>)[part];
    }
  } catch {
    unreadable++;
    return UNREADABLE;
  }
  return value;
}

/**
 * `path` of every record, as `readPath` reads it, for a table column: when no step is named like a member
 * of `Object.prototype` and nothing throws, one plain pass (100,000 rows × 10 columns are read at each
 * change of rows or language); otherwise record by record, a record that throws giving UNREADABLE.
 */
export function readColumn(records: readonly unknown[], path: readonly string[]): unknown[] {
  if (!path.some((part) => PROTOTYPE_NAMES.has(part))) {
    try {
      return records.map((record) => {
        let value = record;
        for (const part of path) {
          if (value === null || typeof value !== 'object') return undefined;
          value = (value as Record<string, unknown>)[part];
        }
        return value;
      });
    } catch {
      // A getter or a Proxy trap threw: read again one by one, to keep the rest.
    }
  }
  return records.map((record) => readPath(record, path));
}

/** The names `Object.prototype` answers to (a Set: `in` would walk a polluted prototype on every cell). */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__']);

/** A string, as it is; anything else is not text (null). */
export function readText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A finite number, as it is; anything else (NaN, a BigInt, a numeric string) is not a number (null). */
export function readNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * A date as the host may write it: an ISO string (`1988`, `1988-05`, `1988-05-10`) or a year as a number.
 * Returns the text to parse, or null. Parsing and repairing are the caller's (timeline-dates, table-columns).
 */
export function readDate(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return null;
}

/** The longest list an element reads (ten times the table's tested 1,000,000 rows). */
export const MAX_LIST = 10_000_000;

/**
 * A host's list as a plain array that can be read freely: null when it is not an array, UNREADABLE when its
 * length cannot be read; an item whose read throws becomes UNREADABLE (the caller drops it and says so).
 * Always a copy of the references (a Proxy cannot be told from an array); a plain array is copied natively.
 */
export function readList(value: unknown): readonly unknown[] | null | Unreadable {
  let length: number;
  try {
    if (!Array.isArray(value)) return null;
    length = value.length;
  } catch {
    // A revoked Proxy, or a `length` trap that throws.
    unreadable++;
    return UNREADABLE;
  }
  // A Proxy may claim any length: beyond what a page can hold, it is not a list.
  if (!Number.isSafeInteger(length) || length < 0 || length > MAX_LIST) return UNREADABLE;
  try {
    // The usual case, a plain array: one native copy. A Proxy whose trap throws falls back to item by item.
    return Array.prototype.slice.call(value) as unknown[];
  } catch {
    const copy: unknown[] = [];
    for (let i = 0; i < length; i++) copy.push(readField(value, i));
    return copy;
  }
}

/**
 * Runs `read` on each item of a host's list (as `readList` gives it). An item that is UNREADABLE, or whose
 * reading throws (a getter, a Proxy trap), goes to `unreadable` instead: the rest of the list is kept.
 */
export function forEachReadable(list: readonly unknown[], read: (item: unknown, index: number) => void, unreadableItem: (index: number) => void): void {
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    if (item === UNREADABLE) {
      unreadableItem(index);
      continue;
    }
    try {
      read(item, index);
    } catch {
      unreadableItem(index);
    }
  }
}
