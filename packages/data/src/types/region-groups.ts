import type { Sourced, Localized, RegionId } from '../types.js';

/** One of the three innovation poles named in the March 2026 CGTN analysis. */
export interface RegionGroup extends Sourced {
  /** Stable id, e.g. `pole-greater-bay-area`. */
  id: string;
  /** Name of the pole in French, English and Chinese. */
  name: Localized;
  /** Member regions (ids in regions.json); members not named in the text are flagged inferred. */
  memberIds: RegionId[];
  /** Short summary of the pole's profile, in the project's own words. */
  description: Localized;
}
