/**
 * Short, generated summaries of what an element shows, for screen readers to hear first (as Highcharts'
 * accessibility module gives each chart). Pure: the wording comes in `say`, in the reader's language.
 */

export interface MapSummaryWords {
  /** "Map of 34 regions: TORCH hi-tech parks." */
  intro: (regions: number) => string;
  /** "Highest: Guangdong, 6 parks." (several names when they tie). */
  highest: (names: readonly string[], value: number) => string;
  /** "3 regions at zero." */
  zero: (regions: number) => string;
  /** "3 regions without data." */
  noData: (regions: number) => string;
  /** Between two sentences: a space, or nothing in Chinese. */
  gap?: string;
}

/** A choropleth's summary: how many regions, the highest value and who has it, how many at zero or without data. */
export function summarizeMap(rows: readonly { name: string; value: number | null }[], say: MapSummaryWords): string {
  const values = rows.map((r) => r.value).filter((v): v is number => v !== null);
  const parts = [say.intro(rows.length)];
  const max = values.length ? Math.max(...values) : 0;
  if (max > 0) parts.push(say.highest(rows.filter((r) => r.value === max).map((r) => r.name), max));
  const zero = values.filter((v) => v === 0).length;
  if (zero) parts.push(say.zero(zero));
  const missing = rows.length - values.length;
  if (missing) parts.push(say.noData(missing));
  return parts.join(say.gap ?? ' ');
}
