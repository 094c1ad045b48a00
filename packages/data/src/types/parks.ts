import type { Sourced, RegionId } from '../types.js';

/** A TORCH national hi-tech park as listed by the French Embassy in China in 2004. */
export interface Park extends Sourced {
  /** Stable id: "park-" + kebab-case park name, e.g. `park-wuhan-donghu`. */
  id: string;
  /** Park name as written in the 2004 table. */
  name: string;
  /** City hosting the park, in pinyin (2004 names, e.g. Xiangfan). */
  city: string;
  /** Province-level region (id in regions.json), corrected where the table misfiles it. */
  provinceId: RegionId;
  /** Year the park was created. */
  year: number;
  /** Area in km²; null when the table cell is empty. */
  areaKm2: number | null;
  /** Annual revenue; `year` is 2002 unless the cell states another year (then flagged). Null when missing. */
  revenue: { value: number; unit: 'bn CNY'; year: number } | null;
  /** Web address given in 2004 (http:// added); null when missing or dropped as wrong. */
  url: { href: string; historical: true } | null;
  /** Specialisations: sector codes (ids in sectors.json) and the original French phrase; null when absent. */
  sectors: { codes: string[]; phrase: string } | null;
  /** Longitude of the host city centre (approximate, 2 decimals). */
  lon: number;
  /** Latitude of the host city centre (approximate, 2 decimals). */
  lat: number;
  /** Park and city names in Chinese characters (the project's rendering; the record is flagged `translated`). */
  zh?: { name: string; city: string };
}
