import { readNumber, readText } from './read.js';
import { sharedCollator } from './slices.js';

/** The fields of a park that the map reads (a subset of `Park` in @sinocarte/data). */
export interface ParkLike {
  id: string;
  name: string;
  city: string;
  provinceId: string;
  year: number | null;
  revenue: { value: number; unit: string; year: number } | null;
  lon: number;
  lat: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * True when a host's record has every field the map reads, each of the right type (a year or a revenue of
 * another type, a Symbol or a BigInt, would break the labels). `isRegion` says which region ids exist.
 */
export function isParkLike(p: unknown, isRegion: (id: unknown) => boolean): p is ParkLike {
  if (!isRecord(p)) return false;
  const { id, name, city, provinceId, year, revenue, lon, lat } = p;
  return (
    readText(id) !== null &&
    readText(name) !== null &&
    (city == null || readText(city) !== null) &&
    isRegion(provinceId) &&
    (year == null || readNumber(year) !== null) &&
    (revenue == null || (isRecord(revenue) && readNumber(revenue.value) !== null && (revenue.year == null || readNumber(revenue.year) !== null))) &&
    readNumber(lon) !== null &&
    readNumber(lat) !== null &&
    Math.abs(lon as number) <= 180 &&
    Math.abs(lat as number) <= 90
  );
}

/** The fields of a partnership that the map reads (a subset of `Partnership`). */
export interface PartnershipLike {
  id: string;
  french: { name: string };
  chinese: { name: string | null; provinceId: string | null };
  date: string | null;
  status?: string;
}

/** The fields of an office that the map reads (a subset of `Office`). */
export interface OfficeLike {
  id: string;
  collectivity: string;
  city: string | null;
  provinceId: string;
  status: string;
  inFrance?: boolean;
}

export interface MetricSources {
  parks: readonly ParkLike[];
  partnerships: readonly PartnershipLike[];
  offices: readonly OfficeLike[];
}

export const METRICS = ['parks', 'revenue', 'partnerships', 'offices'] as const;
export type MetricId = (typeof METRICS)[number];

export function isMetric(value: unknown): value is MetricId {
  return (METRICS as readonly unknown[]).includes(value);
}

export interface RegionValue {
  /** The value, or null when the sources say nothing about this region. */
  value: number | null;
  /** What the value counts or sums, as short labels (park names, partner pairs, offices). */
  items: string[];
  /** For sums: how many items have a value (the others are missing in the source). */
  reported: number;
  /** How many items there are. */
  total: number;
  /** For revenue: some values are for another year than 2002. */
  otherYears: boolean;
}

/**
 * The TORCH list and the 2011 evaluation cover mainland China only: a mainland region without a park
 * or a partnership counts 0 (the lists are complete for what they cover), while Hong Kong, Macao and
 * Taiwan have no data, not zero.
 */
export function coveredBySources(regionId: string): boolean {
  return regionId.startsWith('CN-');
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = groups.get(k) ?? [];
    list.push(item);
    groups.set(k, list);
  }
  return groups;
}

/** Oldest first, then by name (the runtime's collation, as `localeCompare`, from one shared collator). */
const byYearThenName = (a: ParkLike, b: ParkLike) => (a.year ?? 9999) - (b.year ?? 9999) || sharedCollator().compare(a.name, b.name);

/**
 * The labels of a region's parks, sorted the first time they are read: a tooltip reads one region's, so that
 * 10,000 points are not all sorted to colour the map.
 */
function lazyItems<T extends object>(value: T, parks: ParkLike[]): T & { items: string[] } {
  let items: string[] | undefined;
  // A prototype-less descriptor: a page that polluted Object.prototype.set must not stop the map.
  return Object.defineProperty(value, 'items', {
    __proto__: null,
    enumerable: true,
    get: () => (items ??= parks.sort(byYearThenName).map((p) => (p.year ? `${p.name} (${p.year})` : p.name))),
  } as PropertyDescriptor) as T & { items: string[] };
}

export function computeMetric(metric: MetricId, regionIds: readonly string[], sources: MetricSources): Map<string, RegionValue> {
  const result = new Map<string, RegionValue>();
  const none = (covered: boolean): RegionValue => ({ value: covered ? 0 : null, items: [], reported: 0, total: 0, otherYears: false });

  if (metric === 'parks' || metric === 'revenue') {
    const groups = groupBy(sources.parks, (p) => p.provinceId);
    for (const id of regionIds) {
      // groupBy made this list: sorting it in place (when its labels are read) touches no caller's array.
      const parks = groups.get(id) ?? [];
      if (!coveredBySources(id) && parks.length === 0) {
        result.set(id, none(false));
      } else if (metric === 'parks') {
        result.set(id, lazyItems({ value: parks.length, reported: parks.length, total: parks.length, otherYears: false }, parks));
      } else {
        const withRevenue = parks.filter((p) => p.revenue && Number.isFinite(p.revenue.value));
        const value = parks.length === 0 ? 0 : withRevenue.length === 0 ? null : round(withRevenue.reduce((sum, p) => sum + p.revenue!.value, 0));
        result.set(id, lazyItems({ value, reported: withRevenue.length, total: parks.length, otherYears: withRevenue.some((p) => p.revenue!.year !== 2002) }, parks));
      }
    }
    return result;
  }

  if (metric === 'partnerships') {
    // Planned partnerships are not (yet) partnerships.
    const groups = groupBy(sources.partnerships.filter((p) => p.status !== 'planned'), (p) => p.chinese.provinceId);
    for (const id of regionIds) {
      const list = (groups.get(id) ?? []).slice().sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.french.name.localeCompare(b.french.name));
      const items = list.map((p) => `${p.french.name} – ${p.chinese.name ?? '?'}${p.date ? ` (${p.date.slice(0, 4)})` : ''}`);
      result.set(id, list.length || coveredBySources(id) ? { value: list.length, items, reported: list.length, total: list.length, otherYears: false } : none(false));
    }
    return result;
  }

  // Offices open at the time of the evaluation, in China.
  const groups = groupBy(sources.offices.filter((o) => o.status === 'current' && !o.inFrance), (o) => o.provinceId);
  for (const id of regionIds) {
    const list = (groups.get(id) ?? []).slice().sort((a, b) => a.collectivity.localeCompare(b.collectivity));
    const items = list.map((o) => (o.city ? `${o.collectivity} (${o.city})` : o.collectivity));
    result.set(id, list.length || coveredBySources(id) ? { value: list.length, items, reported: list.length, total: list.length, otherYears: false } : none(false));
  }
  return result;
}

/** Sums of decimal values read from the source: avoid 33.400000000000006. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
