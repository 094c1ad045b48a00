import { foldForSearch } from './table-filter.js';
import { intlLocale, type Lang } from '../internal/i18n.js';

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

export const FORMATS: readonly ColumnFormat[] = ['text', 'number', 'integer', 'year', 'revenue', 'region', 'sectors', 'tags', 'date', 'period', 'url'];
const TYPES: readonly ColumnType[] = ['text', 'number', 'year', 'date', 'region', 'tags', 'url'];
const TYPE_OF: Record<ColumnFormat, ColumnType> = {
  text: 'text',
  number: 'number',
  integer: 'number',
  year: 'year',
  revenue: 'number',
  region: 'region',
  sectors: 'tags',
  tags: 'tags',
  date: 'date',
  period: 'date',
  url: 'url',
};
const FORMAT_OF: Record<ColumnType, ColumnFormat> = { text: 'text', number: 'number', year: 'year', date: 'date', region: 'region', tags: 'tags', url: 'url' };

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
  input.forEach((raw, index) => {
    if (!raw || typeof raw !== 'object' || typeof raw.key !== 'string' || !raw.key.trim()) {
      problems.push({ kind: 'invalid-column', index });
      return;
    }
    const c = raw as Partial<TableColumn> & { key: string };
    const key = c.key.trim();
    if (columns.some((col) => col.key === key)) {
      problems.push({ kind: 'duplicate-key', key });
      return;
    }
    let format: ColumnFormat | undefined = FORMATS.includes(c.format as ColumnFormat) ? (c.format as ColumnFormat) : undefined;
    if (c.format !== undefined && !format) problems.push({ kind: 'unknown-format', key, format: String(c.format) });
    const declaredType = TYPES.includes(c.type as ColumnType) ? (c.type as ColumnType) : undefined;
    format ??= declaredType ? FORMAT_OF[declaredType] : 'text';
    const type = declaredType ?? TYPE_OF[format];
    const label = typeof c.label === 'string' || isLocalized(c.label) ? c.label : key;
    columns.push({
      key,
      path: key.split('.'),
      label,
      type,
      format,
      sortable: typeof c.sortable === 'boolean' ? c.sortable : type !== 'tags',
      filterable: typeof c.filterable === 'boolean' ? c.filterable : type === 'region' || type === 'tags' || type === 'year' || type === 'date',
      rowHeader: c.rowHeader === true,
      labels: c.labels && typeof c.labels === 'object' ? c.labels : null,
      referenceYear: typeof c.referenceYear === 'number' ? c.referenceYear : 2002,
      historical: c.historical === true,
    });
  });
  if (columns.length && !columns.some((c) => c.rowHeader)) columns[0].rowHeader = true;
  else if (columns.filter((c) => c.rowHeader).length > 1) columns.forEach((c, i) => (c.rowHeader = i === columns.findIndex((d) => d.rowHeader)));
  return { columns, problems };
}

function isLocalized(value: unknown): value is LocalizedText {
  return !!value && typeof value === 'object' && typeof (value as LocalizedText).fr === 'string' && typeof (value as LocalizedText).en === 'string';
}

export function localized(text: string | LocalizedText, lang: Lang): string {
  return typeof text === 'string' ? text : ((text as Partial<Record<Lang, string>>)[lang] ?? text.en);
}

/** Reads a nested field; undefined when any step is missing. */
export function getPath(row: unknown, path: readonly string[]): unknown {
  let value = row;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
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
  href: string;
  /** http or https: the only addresses that become links. */
  safe: boolean;
  historical: boolean;
}
export type CellValue = string | number | string[] | Revenue | PartialDate | Period | Link;

/** A value of the wrong type: shown as missing and counted. */
export const INVALID = Symbol('invalid');
export type ReadCell = CellValue | null | typeof INVALID;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function readPartialDate(raw: unknown): PartialDate | null | typeof INVALID {
  if (raw == null || raw === '') return null;
  if (isNumber(raw) && Number.isInteger(raw)) return { iso: String(raw), order: raw * 10000, year: raw };
  if (typeof raw !== 'string') return INVALID;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw.trim());
  if (!m) return INVALID;
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
  if (mo > 12 || d > 31) return INVALID;
  return { iso: raw.trim(), order: y * 10000 + mo * 100 + d, year: y };
}

/** Only absolute http(s) addresses are links; `javascript:`, `data:` and the rest stay text. */
export function isSafeHref(href: string): boolean {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Normalizes a raw field for a format: a usable value, null (missing) or INVALID (wrong type). */
export function readCell(column: ResolvedColumn, raw: unknown): ReadCell {
  if (raw === undefined || raw === null || raw === '') return null;
  switch (column.format) {
    case 'text':
    case 'region':
      if (typeof raw === 'string') return raw;
      return isNumber(raw) && column.format === 'text' ? String(raw) : INVALID;
    case 'number':
    case 'integer':
    case 'year':
      return isNumber(raw) ? raw : INVALID;
    case 'revenue':
      if (isNumber(raw)) return { value: raw, year: null };
      if (typeof raw === 'object' && isNumber((raw as Revenue).value)) {
        const year = (raw as Revenue).year;
        return { value: (raw as Revenue).value, year: isNumber(year) ? year : null };
      }
      return INVALID;
    case 'sectors':
    case 'tags': {
      const list = Array.isArray(raw) ? raw : column.format === 'sectors' && typeof raw === 'object' && Array.isArray((raw as { codes?: unknown }).codes) ? (raw as { codes: unknown[] }).codes : null;
      if (!list) return INVALID;
      const strings = list.filter((v): v is string => typeof v === 'string' && v.length > 0);
      if (strings.length < list.length) return strings.length ? strings : INVALID;
      return strings.length ? strings : null;
    }
    case 'date':
      return readPartialDate(raw);
    case 'period': {
      if (typeof raw !== 'object') return readPartialDate(raw) === INVALID ? INVALID : { from: readPartialDate(raw) as PartialDate, to: null };
      const from = readPartialDate((raw as { from?: unknown }).from);
      const to = readPartialDate((raw as { to?: unknown }).to);
      if (from === INVALID || to === INVALID) return INVALID;
      return from || to ? { from, to } : null;
    }
    case 'url': {
      const href = typeof raw === 'string' ? raw : typeof raw === 'object' && typeof (raw as Link).href === 'string' ? (raw as Link).href : null;
      if (href === null) return INVALID;
      const historical = column.historical || (typeof raw === 'object' && (raw as { historical?: unknown }).historical === true);
      return { href: href.trim(), safe: isSafeHref(href.trim()), historical };
    }
  }
}

/** Names of coded values, in one language. */
export interface Vocabulary {
  lang: Lang;
  regionName(id: string): string | undefined;
  sectorName(code: string): string | undefined;
}

export function valueLabel(column: ResolvedColumn, value: string, vocabulary: Vocabulary): string {
  if (column.format === 'sectors') return vocabulary.sectorName(value) ?? value;
  const label = column.labels?.[value];
  return label === undefined ? value : localized(label, vocabulary.lang);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function formatPartialDate(date: PartialDate, lang: Vocabulary['lang']): string {
  const parts = date.iso.split('-').length;
  if (parts === 1) return String(date.year);
  const key = `${lang}|${parts}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(lang), parts === 2 ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  const [y, m, d] = date.iso.split('-').map(Number);
  return format.format(new Date(Date.UTC(y, m - 1, d || 1)));
}

export function formatPeriod(period: Period, lang: Vocabulary['lang']): string {
  const from = period.from ? formatPartialDate(period.from, lang) : '';
  const to = period.to ? formatPartialDate(period.to, lang) : '';
  return `${from} – ${to}`.trim();
}

/** The text the sort uses for a text-like column (names, region names, labels). */
export function sortText(column: ResolvedColumn, value: CellValue, vocabulary: Vocabulary): string | null {
  if (column.format === 'region') return vocabulary.regionName(value as string) ?? (value as string);
  if (column.format === 'url') return (value as Link).href.replace(/^https?:\/\/(www\.)?/i, '');
  if (typeof value === 'string') return valueLabel(column, value, vocabulary);
  return null;
}

/** The number the sort uses for a numeric-like column; null when the column sorts as text. */
export function sortNumber(column: ResolvedColumn, value: CellValue): number | null {
  switch (column.format) {
    case 'number':
    case 'integer':
    case 'year':
      return value as number;
    case 'revenue':
      return (value as Revenue).value;
    case 'date':
      return (value as PartialDate).order;
    case 'period': {
      const p = value as Period;
      return p.from?.order ?? p.to?.order ?? null;
    }
    case 'sectors':
    case 'tags':
      return (value as string[]).length;
    default:
      return null;
  }
}

export function sortsAsNumber(column: ResolvedColumn): boolean {
  return !['text', 'region', 'url'].includes(column.format);
}

/** The year the year filter uses. */
export function filterYear(column: ResolvedColumn, value: CellValue): number {
  switch (column.format) {
    case 'year':
    case 'integer':
    case 'number':
      return value as number;
    case 'date':
      return (value as PartialDate).year;
    case 'period':
      return (value as Period).from?.year ?? (value as Period).to?.year ?? NaN;
    default:
      return NaN;
  }
}

// ---- text for display, search and export -------------------------------------------------------

const numberFormats = new Map<string, Intl.NumberFormat>();
function formatNumber(value: number, lang: Vocabulary['lang'], digits: number): string {
  const key = `${lang}|${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: digits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** The cell as text in the reader's language (what the cell shows, chips joined by commas). */
export function cellText(column: ResolvedColumn, value: CellValue, vocabulary: Vocabulary): string {
  const { lang } = vocabulary;
  switch (column.format) {
    case 'text':
      return valueLabel(column, value as string, vocabulary);
    case 'region':
      return vocabulary.regionName(value as string) ?? (value as string);
    case 'number':
      return formatNumber(value as number, lang, 2);
    case 'integer':
      return formatNumber(value as number, lang, 0);
    case 'year':
      return String(value);
    case 'revenue': {
      const r = value as Revenue;
      const text = formatNumber(r.value, lang, 2);
      return r.year !== null && r.year !== column.referenceYear ? `${text} (${r.year})` : text;
    }
    case 'sectors':
    case 'tags':
      return (value as string[]).map((v) => valueLabel(column, v, vocabulary)).join(lang === 'zh' ? '、' : ', ');
    case 'date':
      return formatPartialDate(value as PartialDate, lang);
    case 'period':
      return formatPeriod(value as Period, lang);
    case 'url':
      return (value as Link).href;
  }
}

/** Header cells of a column in an export: the revenue column adds the year of each value. */
export function exportHeader(column: ResolvedColumn, lang: Vocabulary['lang'], yearLabel: string): string[] {
  const label = localized(column.label, lang);
  return column.format === 'revenue' ? [label, `${label} – ${yearLabel}`] : [label];
}

/** Cells of a value in an export: numbers stay numbers (the CSV layout writes their decimal mark). */
export function exportCells(column: ResolvedColumn, value: CellValue | null, vocabulary: Vocabulary): (string | number | null)[] {
  if (column.format === 'revenue') {
    const r = value as Revenue | null;
    return [r?.value ?? null, r ? (r.year ?? column.referenceYear) : null];
  }
  if (value === null) return [null];
  switch (column.format) {
    case 'number':
    case 'integer':
    case 'year':
      return [value as number];
    case 'date':
      return [(value as PartialDate).iso];
    case 'period': {
      const p = value as Period;
      return [`${p.from?.iso ?? ''}/${p.to?.iso ?? ''}`];
    }
    case 'sectors':
    case 'tags':
      return [(value as string[]).map((v) => valueLabel(column, v, vocabulary)).join('; ')];
    default:
      return [cellText(column, value, vocabulary)];
  }
}

// ---- search ----------------------------------------------------------------------------------------

/**
 * The searchable text of every cell, folded (see `foldForSearch`), one array per column: every cell as the reader
 * sees it, numbers as plain digits (folding drops separators anyway), plus `extra` texts per cell (region names in
 * every language). Values that repeat (regions, sectors, labels) are folded once and shared.
 */
export function buildSearchTexts(
  columns: readonly ResolvedColumn[],
  cells: readonly (readonly (CellValue | null)[])[],
  count: number,
  vocabulary: Vocabulary,
  extra: (column: ResolvedColumn, value: CellValue) => readonly string[] = () => [],
): string[][] {
  // One memo per column, keyed by the value itself (strings, or list objects then their joined codes).
  const memos = columns.map(() => new Map<unknown, string>());
  const digits = (n: number) => String(n).replace(/[^0-9]/g, '');
  const compute = (column: ResolvedColumn, value: CellValue): string => {
    switch (column.format) {
      case 'url':
        return foldForSearch((value as Link).href);
      case 'date':
        return foldForSearch(`${(value as PartialDate).iso} ${cellText(column, value, vocabulary)}`);
      default:
        return foldForSearch([cellText(column, value, vocabulary), ...extra(column, value)].join(' '));
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
  return columns.map((column, c) => {
    const out = new Array<string>(count);
    const values = cells[c];
    const format = column.format;
    const memo = memos[c];
    for (let r = 0; r < count; r++) {
      const value = values[r];
      if (value === null) {
        out[r] = '';
      } else if (format === 'number' || format === 'integer' || format === 'year') {
        out[r] = digits(value as number);
      } else if (format === 'revenue') {
        out[r] = `${digits((value as Revenue).value)}\u0001${(value as Revenue).year ?? ''}`;
      } else {
        const key = keyOf(value);
        let text = memo.get(key);
        if (text === undefined) {
          text = compute(column, value);
          memo.set(key, text);
        }
        out[r] = text;
      }
    }
    return out;
  });
}
