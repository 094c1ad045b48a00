/** The fields of a park that the map's metrics read (a subset of `Park` in @sinocarte/data). */
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

export const METRICS = ['parks', 'revenue'] as const;
export type MetricId = (typeof METRICS)[number];

export function isMetric(value: unknown): value is MetricId {
  return (METRICS as readonly unknown[]).includes(value);
}

export interface RegionValue {
  /** The value, or null when the sources say nothing about this region. */
  value: number | null;
  /** The parks of the region, in order of foundation. */
  parks: ParkLike[];
  /** For sums: how many parks have a value (the others are missing in the source). */
  reported: number;
  /** For revenue: some values are for another year than 2002. */
  otherYears: boolean;
}

/**
 * The TORCH list covers the mainland only: a mainland region without a park has 0 parks (the list
 * is complete), while Hong Kong, Macao and Taiwan have no data, not zero.
 */
export function coveredByTorch(regionId: string): boolean {
  return regionId.startsWith('CN-');
}

export function computeMetric(metric: MetricId, regionIds: readonly string[], parks: readonly ParkLike[]): Map<string, RegionValue> {
  const byRegion = new Map<string, ParkLike[]>();
  for (const park of parks) {
    const list = byRegion.get(park.provinceId) ?? [];
    list.push(park);
    byRegion.set(park.provinceId, list);
  }
  const result = new Map<string, RegionValue>();
  for (const id of regionIds) {
    const regionParks = (byRegion.get(id) ?? []).slice().sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || a.name.localeCompare(b.name));
    if (!coveredByTorch(id)) {
      result.set(id, { value: null, parks: regionParks, reported: 0, otherYears: false });
      continue;
    }
    if (metric === 'parks') {
      result.set(id, { value: regionParks.length, parks: regionParks, reported: regionParks.length, otherYears: false });
      continue;
    }
    const withRevenue = regionParks.filter((p) => p.revenue && Number.isFinite(p.revenue.value));
    const value =
      regionParks.length === 0 ? 0 : withRevenue.length === 0 ? null : round(withRevenue.reduce((sum, p) => sum + p.revenue!.value, 0));
    result.set(id, {
      value,
      parks: regionParks,
      reported: withRevenue.length,
      otherYears: withRevenue.some((p) => p.revenue!.year !== 2002),
    });
  }
  return result;
}

/** Sums of decimal values read from the source: avoid 33.400000000000006. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
