import type { Localized, Sourced } from '../types.js';

/**
 * One series of figures (data/figure-series.json): what its rows measure, said once. A row of `figures`
 * reads as this `label` followed by the row's own `label` when it has one, otherwise by its dimension
 * values, named by `dimensions[key][value]` where given and by their code otherwise (`subsetOf` aside).
 */
export interface FigureSeries extends Sourced {
  /** Series code, as in `Figure.series`. */
  id: string;
  /** What the rows of the series measure (fr, en, zh). */
  label: Localized;
  /** Names of dimension values whose codes do not speak for themselves, by key then value (numbers as strings). */
  dimensions?: Record<string, Record<string, Localized>>;
}
