/**
 * Record types of @sinocarte/data. Every record carries its sources and, where needed, flags.
 * These types are the contract between the curated tables under `data/`, the build script
 * and the components.
 */

/** Stable keys of the five source documents (titles and publishers in `documents`). */
export type DocumentKey =
  | 'torch-2004'
  | 'provincial-innovation-2026'
  | 'sophia-chengdu'
  | 'france-taiwan'
  | 'evaluation-2011';

/** Where a fact comes from: document, section/table/box, 1-based inclusive line range in the text. */
export interface SourceRef {
  document: DocumentKey;
  ref: string;
  lines: [number, number];
}

/** `translated`: the text in the language named by `field` (e.g. `zh`) is the project's own translation. */
export type FlagKind = 'value-year-differs' | 'uncertain' | 'corrected' | 'inferred' | 'missing' | 'translated';

export interface Flag {
  kind: FlagKind;
  /** The field the flag is about, when it is about one field. */
  field?: string;
  /** Why, in the project's own words (English). */
  note: string;
}

export interface Sourced {
  sources: SourceRef[];
  flags?: Flag[];
}

export interface Localized {
  fr: string;
  en: string;
  zh?: string;
}

/** ISO 3166-2:CN letter codes (CN-BJ …) for the 31 mainland divisions, ISO 3166-1 for HK, MO, TW. */
export type RegionId = string;

export type RegionKind = 'province' | 'municipality' | 'autonomous-region' | 'sar' | 'other';

export interface Region extends Sourced {
  id: RegionId;
  name: Required<Localized>;
  kind: RegionKind;
}

/** A place where the sources disagree, or a value the package corrected: both values, and what is shown. */
export interface Discrepancy {
  id: string;
  /** What the disagreement is about. */
  topic: string;
  /** Each competing value, with where it is stated. */
  values: { value: string; source: SourceRef }[];
  /** What the package shows, and why. */
  shown: string;
  /** Datasets affected. */
  datasets: string[];
  /** Records affected. */
  recordIds?: string[];
}

/** Properties of a region feature in the topology. */
export interface RegionProperties {
  name: Required<Localized>;
  kind: RegionKind;
}

interface TopoGeometry<P> {
  type: 'Polygon' | 'MultiPolygon';
  id: string;
  properties: P;
  arcs: number[][] | number[][][];
}

/**
 * The China topology (TopoJSON): `provinces` holds the 34 regions, `islands` the Paracel Islands,
 * drawn as land that belongs to no region.
 */
export interface ChinaTopology {
  type: 'Topology';
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: {
    provinces: { type: 'GeometryCollection'; geometries: TopoGeometry<RegionProperties>[] };
    islands: { type: 'GeometryCollection'; geometries: TopoGeometry<{ name: Required<Localized> }>[] };
  };
}
