import type { Localized, Sourced } from '../types.js';

/** Unit of a figure. */
export type FigureUnit = 'count' | 'persons' | 'percent' | 'ratio' | 'year' | 'bn CNY' | 'M CNY' | 'EUR' | 'M EUR';

/** One numeric value from the sources (data/figures.json): a tidy row. */
export interface Figure extends Sourced {
  /** Row id, unique across the dataset. */
  id: string;
  /** Kebab-case code grouping comparable rows (e.g. `torch-projects`); its label and dimension names are in `figureSeries`. */
  series: string;
  /**
   * What the value measures within its series (fr, en), read after the series label, only on rows their
   * dimension values do not describe; otherwise read the series label followed by the dimension values.
   */
  label?: Localized;
  /** The figure as a plain number. */
  value: number;
  /** Unit of `value`. */
  unit: FigureUnit;
  /** Year the value refers to, when a single year. */
  year?: number;
  /** Period (YYYY-YYYY) the value refers to, when several years. */
  period?: string;
  /** Breakdown keys within the series; `subsetOf` marks non-additive "dont" rows. */
  dimension?: Record<string, string | number>;
}
