import { countUnreadable, ownValue, readField, readList, UNREADABLE } from './read.js';
import { asText } from './text.js';
import { foldForSearch } from './table-filter.js';
import { formatNumber, intlLocale, type Lang } from '../internal/i18n.js';
import { numericValues, rankTextSlices, sharedCollator, type SortValues } from './table-sort.js';
import { finish } from './slices.js';
import { isLocalizable, pickText, type Localizable } from './localized-text.js';

/**
 * Column definitions of the table as data: what a column reads, how it shows, sorts, filters and exports.
 * Everything here is pure: region and sector names come in through a `Vocabulary`.
 */

export type ColumnType = 'text' | 'number' | 'year' | 'date' | 'region' | 'tags' | 'url';

/**
 * Formatter names. `text` as is (or through `labels`); `number` (up to 2 decimals); `integer`; `year`
 * (no digit grouping); `revenue` (`{ value, year }`, the year shown when it is not the reference year);
 * `region` (region id → name); `sectors` (sector codes → chips named from `@sinocarte/data/sectors`);
 * `tags` (list → chips, through `labels`); `date` (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); `period`
 * (`{ from, to }` dates); `url` (a link when http or https).
 */
export type ColumnFormat = 'text' | 'number' | 'integer' | 'year' | 'revenue' | 'region' | 'sectors' | 'tags' | 'date' | 'period' | 'url';

export interface LocalizedText {
  fr: string;
  en: string;
  zh?: string;
}

/** A column as a host writes it. Only `key` and `label` are required. */
export interface TableColumn {
  /** Field of the row, with dots for nested fields: `name`, `chinese.provinceId`. */
  key: string;
  /** Header text, one string or one per language. */
  label: string | LocalizedText;
  /** Kind of data: decides alignment and which filter uses the column. Defaults from `format`. */
  type?: ColumnType;
  /** Formatter name. Defaults from `type`, else `text`. */
  format?: ColumnFormat;
  /** Header sorts on click. Default: true, except lists (`tags`, `sectors`). */
  sortable?: boolean;
  /** Feeds the region, sector or year filter. Default: true for `region`, `tags` and `year`/`date` columns. */
  filterable?: boolean;
  /** The cell that names the row (a row header, the card title). Default: the first column. */
  rowHeader?: boolean;
  /** Labels of coded values (`{ jumelage: { fr: 'Jumelage', en: 'Twinning' } }`) for `text` and `tags`. */
  labels?: Record<string, string | LocalizedText>;
  /** `revenue`: the year that goes without saying (default 2002). `url`: true marks every link as historical. */
  referenceYear?: number;
  historical?: boolean;
}

export interface ResolvedColumn {
  key: string;
  path: string[];
  label: string | LocalizedText;
  type: ColumnType;
  format: ColumnFormat;
  sortable: boolean;
  filterable: boolean;
  rowHeader: boolean;
  labels: Record<string, string | LocalizedText> | null;
  referenceYear: number;
  historical: boolean;
}

const TYPES: readonly ColumnType[] = ['text', 'number', 'year', 'date', 'region', 'tags', 'url'];
/** The type of each format whose name is not a type (the others are their own type). */
const TYPE_OF: Partial<Record<ColumnFormat, ColumnType>> = { integer: 'number', revenue: 'number', sectors: 'tags', period: 'date' };
const FORMATS: readonly string[] = [...TYPES, ...Object.keys(TYPE_OF)];

export type ColumnProblem =
  | { kind: 'not-a-list' }
  | { kind: 'invalid-column'; index: number }
  | { kind: 'unknown-format'; key: string; format: string }
  | { kind: 'duplicate-key'; key: string };

/** Validates column definitions: malformed ones are dropped, unknown formats fall back to `text`. */
export function resolveColumns(input: unknown): { columns: ResolvedColumn[]; problems: ColumnProblem[] } {
  const problems: ColumnProblem[] = [];
  if (!Array.isArray(input)) return { columns: [], problems: [{ kind: 'not-a-list' }] };
  const columns: ResolvedColumn[] = [];
  const list = readList(input);
  if (list === UNREADABLE) return { columns: [], problems: [{ kind: 'not-a-list' }] };
  list!.forEach((item, index) => {
    // A column is read once, field by field (a getter or a Proxy trap that throws makes it invalid), into a plain record.
    const c = plainColumn(item);
    if (!c) return problems.push({ kind: 'invalid-column', index });
    const key = c && typeof c === 'object' && typeof c.key === 'string' ? c.key.trim() : '';
    if (!key) return problems.push({ kind: 'invalid-column', index });
    if (columns.some((col) => col.key === key)) return problems.push({ kind: 'duplicate-key', key });
    let format = FORMATS.includes(c.format!) ? c.format : undefined;
    if (c.format !== undefined && !format) problems.push({ kind: 'unknown-format', key, format: asText(c.format) });
    const declaredType = TYPES.includes(c.type!) ? c.type : undefined;
    format ??= declaredType ?? 'text';
    const type = declaredType ?? TYPE_OF[format] ?? (format as ColumnType);
    columns.push({
      key,
      path: key.split('.'),
      label: typeof c.label === 'string' || isLocalized(c.label) ? c.label : key,
      type,
      format,
      sortable: typeof c.sortable === 'boolean' ? c.sortable : type !== 'tags',
      filterable: typeof c.filterable === 'boolean' ? c.filterable : ['region', 'tags', 'year', 'date'].includes(type),
      rowHeader: c.rowHeader === true,
      labels: c.labels && typeof c.labels === 'object' ? c.labels : null,
      referenceYear: typeof c.referenceYear === 'number' ? c.referenceYear : 2002,
      historical: c.historical === true,
    });
  });
  // One row header: the first column marked so, else the first column.
  const header = Math.max(0, columns.findIndex((c) => c.rowHeader));
  columns.forEach((c, i) => (c.rowHeader = i === header));
  return { columns, problems };
}

function isLocalized(value: unknown): value is LocalizedText {
  return !!value && typeof value === 'object' && typeof readField(value, 'fr') === 'string' && typeof readField(value, 'en') === 'string';
}

const COLUMN_FIELDS = ['key', 'label', 'type', 'format', 'sortable', 'filterable', 'rowHeader', 'labels', 'referenceYear', 'historical'] as const;

/** A host's column as a plain record of its known fields, or null when it is not an object or a field cannot be read. */
function plainColumn(raw: unknown): Partial<TableColumn> | null {
  if (raw === null || typeof raw !== 'object') return null;
  const column: Record<string, unknown> = {};
  for (const field of COLUMN_FIELDS) {
    const value = readField(raw, field);
    if (value === UNREADABLE) return null;
    column[field] = value;
  }
  // A label object is read now: one that cannot be read (a throwing getter or Proxy) makes the column invalid.
  if (column.label !== null && typeof column.label === 'object') {
    const [fr, en, zh] = (['fr', 'en', 'zh'] as const).map((lang) => readField(column.label, lang));
    if (fr === UNREADABLE || en === UNREADABLE || zh === UNREADABLE) return null;
    column.label = typeof fr === 'string' && typeof en === 'string' ? { fr, en, ...(typeof zh === 'string' ? { zh } : {}) } : undefined;
  }
  return column as Partial<TableColumn>;
}

export function localized(text: string | LocalizedText, lang: Lang): string {
  return typeof text === 'string' ? text : ((text as Partial<Record<Lang, string>>)[lang] ?? text.en);
}

// ---- cell values ------------------------------------------------------------------------------

export interface Revenue {
  value: number;
  year: number | null;
}
export interface PartialDate {
  /** As given: `1981`, `1981-12`, `1981-12-01`. */
  iso: string;
  /** Sortable number: 19811201, 19811200, 19810000. */
  order: number;
  year: number;
}
export interface Period {
  from: PartialDate | null;
  to: PartialDate | null;
}
export interface Link {
  /** Becomes a link only if `isSafeHref` accepts it, checked when the cell is drawn. */
  href: string;
  historical: boolean;
}
/** A text cell may hold one text per language (`{ fr, en, zh }`): the reader's is shown, another marked with its `lang`. */
export type CellValue = string | number | string[] | Revenue | PartialDate | Period | Link | Localizable;

/** A value of the wrong type: shown as missing and counted. */
export const INVALID = Symbol('invalid');
export type ReadCell = CellValue | null | typeof INVALID;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function readPartialDate(raw: unknown): PartialDate | null | typeof INVALID {
  if (raw == null || raw === '') return null;
  if (isNumber(raw) && Number.isInteger(raw)) return { iso: String(raw), order: raw * 10000, year: raw };
  const iso = typeof raw === 'string' ? raw.trim() : '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return INVALID;
  const [y, mo, d] = [1, 2, 3].map((i) => Number(m[i] ?? 0));
  return mo > 12 || d > 31 ? INVALID : { iso, order: y * 10000 + mo * 100 + d, year: y };
}

/** The date a date or a period sorts and filters by: its own, or the period's start (else its end). */
const firstDate = (value: PartialDate | Period): PartialDate | null => ('iso' in value ? value : (value.from ?? value.to));

/** Only absolute http(s) addresses are links; `javascript:`, `data:` and the rest stay text. */
export function isSafeHref(href: string): boolean {
  // The scheme decides safety, and a string that starts with `http:` or `https:` can have no other scheme
  // (the URL parser ends the scheme at the first colon), so `javascript:` and the like never reach the
  // parser; `URL.canParse` then refuses malformed addresses. The table calls this for the cells it draws,
  // not when it reads the rows: parsing 100,000 addresses took 40 % of its first render.
  return /^https?:/i.test(href) && URL.canParse(href);
}

/**
 * Normalizes a raw field for a format: a usable value, null (missing) or INVALID (wrong type, or a nested
 * field whose getter or Proxy trap throws: the cell is counted as invalid, the row kept).
 */
export function readCell(column: ResolvedColumn, raw: unknown): ReadCell {
  try {
    return readCellOf(column, raw);
  } catch {
    countUnreadable();
    return INVALID;
  }
}

function readCellOf(column: ResolvedColumn, raw: unknown): ReadCell {
  if (raw === undefined || raw === null || raw === '') return null;
  const object = typeof raw === 'object' ? (raw as Record<string, unknown>) : null;
  switch (column.format) {
    case 'text':
    case 'region':
      if (typeof raw === 'string') return raw;
      if (column.format === 'text' && isLocalizable(raw)) return raw;
      return isNumber(raw) && column.format === 'text' ? String(raw) : INVALID;
    case 'number':
    case 'integer':
    case 'year':
      return isNumber(raw) ? raw : INVALID;
    case 'revenue': {
      const value = isNumber(raw) ? raw : object?.value;
      return isNumber(value) ? { value, year: isNumber(object?.year) ? object.year : null } : INVALID;
    }
    case 'sectors':
    case 'tags': {
      const list = Array.isArray(raw) ? raw : column.format === 'sectors' && Array.isArray(object?.codes) ? (object.codes as unknown[]) : null;
      if (!list) return INVALID;
      // A clean list is kept as it is (no copy per row: 100,000 copies are felt at first render).
      const isTag = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
      // An index loop, not `every`: `every` skips the holes of a sparse array, which would then slip through.
      let clean = list.length > 0;
      for (let i = 0; clean && i < list.length; i++) clean = isTag(list[i]);
      if (clean) return list as string[];
      const strings = list.filter(isTag);
      if (strings.length < list.length) return strings.length ? strings : INVALID;
      return strings.length ? strings : null;
    }
    case 'date':
      return readPartialDate(raw);
    case 'period': {
      if (!object) return readPartialDate(raw) === INVALID ? INVALID : { from: readPartialDate(raw) as PartialDate, to: null };
      const from = readPartialDate(object.from);
      const to = readPartialDate(object.to);
      if (from === INVALID || to === INVALID) return INVALID;
      return from || to ? { from, to } : null;
    }
    case 'url': {
      const href = typeof raw === 'string' ? raw : typeof object?.href === 'string' ? object.href : null;
      if (href === null) return INVALID;
      return { href: href.trim(), historical: column.historical || object?.historical === true };
    }
  }
}

/** Names of coded values, in one language. */
export interface Vocabulary {
  lang: Lang;
  regionName(id: string): string | undefined;
  sectorName(code: string): string | undefined;
}

export function valueLabel(column: ResolvedColumn, value: string | Localizable, vocabulary: Vocabulary): string {
  if (typeof value === 'object') return pickText(value, vocabulary.lang)?.text ?? '';
  if (column.format === 'sectors') return vocabulary.sectorName(value) ?? value;
  // An own label only: a coded value such as `toString` or `constructor` is data, not a way into the prototype.
  const label = ownValue(column.labels, value);
  return label === undefined ? value : localized(label, vocabulary.lang);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatPartialDate(date: PartialDate, lang: Lang): string {
  const parts = date.iso.split('-').map(Number);
  if (parts.length === 1) return String(date.year);
  const [y, m, d] = parts;
  const key = `${lang}|${parts.length}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(lang), parts.length === 2 ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(new Date(Date.UTC(y, m - 1, d || 1)));
}

/** Sort values of a column's cells: numbers (dates by day, lists by length), or texts ranked in the collation of the reader's language. */
export function sortValues(column: ResolvedColumn, cells: readonly (CellValue | null)[], vocabulary: Vocabulary): SortValues {
  return finish(sortValueSlices(column, cells, vocabulary));
}

/**
 * `sortValues` in slices (see `rankTextSlices`): a generator that yields after every `slice` cells read or
 * compared, and returns the same values, so that a table of 1,000,000 rows sorts without a long task.
 */
export function* sortValueSlices(
  column: ResolvedColumn,
  cells: readonly (CellValue | null)[],
  vocabulary: Vocabulary,
  slice = 8192,
): Generator<void, SortValues, void> {
  const { format } = column;
  if (format === 'text' || format === 'region' || format === 'url') {
    const texts = new Array<string | null>(cells.length);
    for (let start = 0; start < cells.length; start += slice) {
      if (start > 0) yield;
      const end = Math.min(cells.length, start + slice);
      for (let i = start; i < end; i++) {
        const v = cells[i];
        texts[i] =
          v === null
            ? null
            : format === 'region'
              ? (vocabulary.regionName(v as string) ?? (v as string))
              : format === 'url'
                ? (v as Link).href.replace(/^https?:\/\/(www\.)?/i, '')
                : valueLabel(column, v as string, vocabulary);
      }
    }
    return yield* rankTextSlices(texts, sharedCollator(vocabulary.lang === 'zh' ? 'zh-u-co-pinyin' : vocabulary.lang), slice);
  }
  return numericValues(
    cells.map((v) =>
      v === null || typeof v === 'number' ? v : Array.isArray(v) ? v.length : 'value' in (v as object) ? (v as Revenue).value : (firstDate(v as PartialDate | Period)?.order ?? null),
    ),
  );
}

/** The year the year filter uses. */
export function filterYear(column: ResolvedColumn, value: CellValue): number {
  if (typeof value === 'number') return value;
  return column.format === 'date' || column.format === 'period' ? (firstDate(value as PartialDate | Period)?.year ?? NaN) : NaN;
}

// ---- text for display, search and export -------------------------------------------------------

/** The cell as text in the reader's language (what the cell shows, chips joined by commas). */
export function cellText(column: ResolvedColumn, value: CellValue, vocabulary: Vocabulary): string {
  const { lang } = vocabulary;
  const number = (n: number, digits = 2) => formatNumber(n, lang, { maximumFractionDigits: digits });
  switch (column.format) {
    case 'region':
      return vocabulary.regionName(value as string) ?? (value as string);
    case 'number':
      return number(value as number);
    case 'integer':
      return number(value as number, 0);
    case 'year':
      return String(value);
    case 'revenue': {
      const r = value as Revenue;
      return r.year !== null && r.year !== column.referenceYear ? `${number(r.value)} (${r.year})` : number(r.value);
    }
    case 'sectors':
    case 'tags':
      return (value as string[]).map((v) => valueLabel(column, v, vocabulary)).join(lang === 'zh' ? '、' : ', ');
    case 'date':
      return formatPartialDate(value as PartialDate, lang);
    case 'period': {
      const { from, to } = value as Period;
      return `${from ? formatPartialDate(from, lang) : ''} – ${to ? formatPartialDate(to, lang) : ''}`.trim();
    }
    case 'url':
      return (value as Link).href;
    default:
      return valueLabel(column, value as string, vocabulary);
  }
}

/** Header cells of a column in an export: the revenue column adds the year of each value. */
export function exportHeader(column: ResolvedColumn, lang: Lang, yearLabel: string): string[] {
  const label = localized(column.label, lang);
  return column.format === 'revenue' ? [label, `${label} – ${yearLabel}`] : [label];
}

/** Cells of a value in an export: numbers stay numbers (the CSV layout writes their decimal mark). */
export function exportCells(column: ResolvedColumn, value: CellValue | null, vocabulary: Vocabulary): (string | number | null)[] {
  if (column.format === 'revenue') {
    const r = value as Revenue | null;
    return [r?.value ?? null, r ? (r.year ?? column.referenceYear) : null];
  }
  return [
    value === null || typeof value === 'number'
      ? value
      : column.format === 'date'
        ? (value as PartialDate).iso
        : column.format === 'period'
          ? `${(value as Period).from?.iso ?? ''}/${(value as Period).to?.iso ?? ''}`
          : Array.isArray(value)
            ? value.map((v) => valueLabel(column, v, vocabulary)).join('; ')
            : cellText(column, value, vocabulary),
  ];
}

// ---- search ----------------------------------------------------------------------------------------

/** Digits of a number as the search reads them (`12.5` → `125`, `-3` → `3`), without a regex in the common cases. */
export function searchDigits(n: number): string {
  const s = String(n);
  // Between 1e-6 and 1e21 `String` writes no exponent and no sign: an integer is all digits, a decimal has one point.
  if (n >= 1e-6 && n < 1e21) return Number.isInteger(n) ? s : s.replace('.', '');
  return s.replace(NOT_DIGIT, '');
}
const NOT_DIGIT = /[^0-9]/g;

/**
 * Rows read before a column's memo is judged: a column whose values mostly differ (names, addresses) drops its
 * memo, whose lookups and growth cost more than folding each value again (1,000,000 unique names: 1.7 s with
 * the memo against 0.6 s without); a column of repeated values (regions, sectors, labels) keeps it.
 */
const MEMO_TRIAL = 512;
const ASCII_TEXT = /^[\x00-\x7f]*$/;
/** Distinct parts in other scripts folded once each (a column of 1,000,000 different Chinese names stops there). */
const PART_MEMO_LIMIT = 65_536;

/**
 * The searchable text of one cell, folded (see `foldForSearch`), `textOf(c, r)` for column c and row r: every cell
 * as the reader sees it, numbers as plain digits (folding drops separators anyway), plus `extra` texts per cell
 * (region names in every language). Values that repeat (regions, sectors, labels) are folded once and shared.
 * A search can read the rows not yet indexed through it, with the same results as the index.
 */
export function searchTexter(
  columns: readonly ResolvedColumn[],
  cells: readonly (readonly (CellValue | null)[])[],
  vocabulary: Vocabulary,
  extra: (column: ResolvedColumn, value: CellValue) => readonly string[] = () => [],
): (c: number, r: number) => string {
  // The parts of a cell (its text, its other languages, region names) are folded one by one and joined, which gives
  // the text folded whole (folding drops the spaces between them): Latin parts take foldForSearch's fast path, and
  // a part in another script, which repeats (a park's Chinese name on every copy of the park), is folded once.
  // 1,000,000 rows of park names in three languages: 7.8 s of folding in one go, in Chromium on a loaded machine.
  const foldedParts = new Map<string, string>();
  const foldPart = (part: string): string => {
    if (ASCII_TEXT.test(part)) return foldForSearch(part);
    let folded = foldedParts.get(part);
    if (folded === undefined) {
      folded = foldForSearch(part);
      if (foldedParts.size < PART_MEMO_LIMIT) foldedParts.set(part, folded);
    }
    return folded;
  };
  const text = (column: ResolvedColumn, value: CellValue): string => {
    switch (column.format) {
      case 'url':
        return foldForSearch((value as Link).href);
      case 'date':
        return foldForSearch(`${(value as PartialDate).iso} ${cellText(column, value, vocabulary)}`);
      default: {
        const shown = cellText(column, value, vocabulary);
        // A text in several languages is found in any of them (a Chinese reader may type the pinyin).
        const more = isLocalizable(value) ? [...extra(column, value), ...Object.values(value)] : extra(column, value);
        let folded = foldPart(shown);
        for (const part of more) folded += foldPart(part);
        return folded;
      }
    }
  };
  const keyOf = (value: CellValue): unknown => {
    if (typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.join('\u0002');
    if ('href' in value) return value.href;
    if ('iso' in value) return value.iso;
    if ('from' in value) return `${value.from?.iso}/${value.to?.iso}`;
    return value;
  };
  // One memo per column, keyed by the value itself (strings), or by its codes, address or dates; null once dropped.
  const memos: (Map<unknown, string> | null)[] = columns.map(() => new Map());
  const looked = columns.map(() => 0);
  return (c, r) => {
    const column = columns[c];
    const value = cells[c][r];
    if (value === null) return '';
    if (typeof value === 'number') return searchDigits(value);
    if (column.format === 'revenue') return `${searchDigits((value as Revenue).value)}\u0001${(value as Revenue).year ?? ''}`;
    const memo = memos[c];
    if (memo === null) return text(column, value);
    const key = keyOf(value);
    let folded = memo.get(key);
    if (folded === undefined) memo.set(key, (folded = text(column, value)));
    // Judge the memo once: keep it when at most half the values seen so far were new.
    if (++looked[c] === MEMO_TRIAL && memo.size > MEMO_TRIAL / 2) memos[c] = null;
    return folded;
  };
}

/** How far a search index has been built: its texts (one array per column) are final up to `rows`. */
export interface SearchProgress {
  texts: string[][];
  rows: number;
}

/**
 * The searchable text of every cell (see `searchTexter`), one array per column. A generator that yields after
 * every `slice` rows, so that a big table builds it in idle time without a long task; its return value is the
 * finished texts, and `progress`, when given, says how far it is meanwhile.
 */
export function* searchTextSlices(
  columns: readonly ResolvedColumn[],
  cells: readonly (readonly (CellValue | null)[])[],
  count: number,
  vocabulary: Vocabulary,
  extra: (column: ResolvedColumn, value: CellValue) => readonly string[] = () => [],
  slice = 2000,
  progress: SearchProgress = { texts: [], rows: 0 },
): Generator<void, string[][], void> {
  const texts = columns.map(() => new Array<string>(count));
  const textOf = searchTexter(columns, cells, vocabulary, extra);
  progress.texts = texts;
  progress.rows = 0;
  for (let start = 0; start < count; start += slice) {
    if (start > 0) yield;
    const end = Math.min(count, start + slice);
    for (let c = 0; c < columns.length; c++) {
      const out = texts[c];
      for (let r = start; r < end; r++) out[r] = textOf(c, r);
    }
    progress.rows = end;
  }
  return texts;
}

/** The search texts in one go (see `searchTextSlices`). */
export function buildSearchTexts(...args: Parameters<typeof searchTextSlices>): string[][] {
  return finish(searchTextSlices(...args));
}
