import type { Sourced, Localized, RegionId } from '../types.js';

/** A headline figure attached to a provincial specialisation. */
export interface InnovationMetric {
  /** The figure as stated (a lower bound when the label says "more than"). */
  value: number;
  /** Unit of the figure, e.g. "PFLOPS", "%", "satellites". */
  unit: string;
  /** What the figure measures. */
  label: Localized;
}

/** One specialisation highlighted for a province. */
export interface ProvinceSpecialization {
  /** The specialisation, in French, English and (where reliable) Chinese. */
  label: Localized;
  /** Sector codes (ids in sectors.json); empty when the text names no field. */
  sectors: string[];
  /** Headline figure, when the text gives one. */
  metric?: InnovationMetric;
}

/** A province's innovation profile in the March 2026 CGTN analysis. */
export interface ProvinceInnovation extends Sourced {
  /** Stable id: "innov-" + lower-cased region id, e.g. `innov-cn-sh`. */
  id: string;
  /** Province-level region (id in regions.json). */
  provinceId: RegionId;
  /** Specialisations, in text order. */
  specializations: ProvinceSpecialization[];
}
