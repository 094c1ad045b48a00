import type { Localized, RegionId, Sourced } from '../types.js';

/** One end-labelled axis of a typology plane, running from -1 (min) to +1 (max). */
export interface TypologyAxis {
  /** What the axis measures. */
  label: Localized;
  /** Label at -1. */
  min: Localized;
  /** Label at +1. */
  max: Localized;
}

/** A quadrant of a typology plane. */
export interface TypologyQuadrant extends Sourced {
  /** Quadrant id, unique within the plane. */
  id: string;
  /** Side of the x axis. */
  x: 'min' | 'max';
  /** Side of the y axis. */
  y: 'min' | 'max';
  /** The report's name for the type, or a descriptive label flagged `inferred`. */
  label: Localized;
}

/** A typology plane (its diagram is lost in the source; only axes and examples survive). */
export interface TypologyPlane extends Sourced {
  /** Name of the plane. */
  label: Localized;
  /** Figure of the report that drew the plane, e.g. "Figure 14". */
  figure: string;
  /** The two axes. */
  axes: { x: TypologyAxis; y: TypologyAxis };
  /** The four quadrants. */
  quadrants: TypologyQuadrant[];
}

/** Editorial placement of a programme on a plane. */
export interface TypologyPosition {
  /** x in [-1, 1]. */
  x: number;
  /** y in [-1, 1]. */
  y: number;
  /** Which words of the report justify the placement. */
  reason: Localized;
}

/** A programme discussed in chapter 7. */
export interface TypologyProgramme extends Sourced {
  /** Programme id, `prog-…`. */
  id: string;
  /** Short name (French collectivity – Chinese partner). */
  label: Localized;
  /** Type the report assigns to it. */
  type: Localized;
  /** One or two sentences in the project's words. */
  description: Localized;
  /** Chinese partner provinces / municipalities. */
  provinceIds: RegionId[];
  /** Ids of the partnerships dataset (`pship-…`). */
  partnershipIds?: string[];
  /** Ids of the coordination types (`coord-…`) it illustrates. */
  coordinationTypeIds?: string[];
  /** Editorial placements (the report gives no coordinates). */
  positions: { objectives?: TypologyPosition; coordination?: TypologyPosition };
}

/** One of the six coordination types of Tableau 24. */
export interface CoordinationType extends Sourced {
  /** Id, `coord-…`. */
  id: string;
  /** Name as in Tableau 24. */
  label: Localized;
  /** What the type covers. */
  description: Localized;
  /** Examples listed in Tableau 24. */
  examples: { label: Localized; programmeIds?: string[] }[];
}

/** A phase typology from an earlier evaluation (Mali, Burkina Faso). */
export interface PhaseTypology extends Sourced {
  /** Typology id. */
  id: string;
  /** Which evaluation it comes from. */
  label: Localized;
  /** Year of that evaluation. */
  year: number;
  /** Ordered phases. */
  steps: { order: number; label: Localized; description?: Localized }[];
}

/** data/typology.json: a single object. */
export interface Typology {
  /** The two planes. */
  planes: { objectives: TypologyPlane; coordination: TypologyPlane };
  /** Programmes with editorial positions. */
  programmes: TypologyProgramme[];
  /** The six coordination types of Tableau 24. */
  coordinationTypes: CoordinationType[];
  /** Phase typologies used as a contrast, and the report's point about them. */
  phases: Sourced & { typologies: PhaseTypology[]; contrast: Localized };
}
