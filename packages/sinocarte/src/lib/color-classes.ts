/**
 * Classes of a choropleth. Zero and "no data" are never a class: they are drawn differently so a
 * reader can tell "none" from "unknown".
 */
export interface ColorClass {
  /** Smallest and largest value of the data that falls in this class (inclusive). */
  min: number;
  max: number;
}

export type ClassKey = number | 'zero' | 'nodata';

/**
 * Builds at most `maxClasses` classes from the positive values. When there are few distinct values
 * (counts of parks, say) each gets its own class; otherwise classes hold about as many regions each
 * (quantiles), never splitting one value across two classes.
 */
export function buildClasses(values: readonly (number | null | undefined)[], maxClasses = 5): ColorClass[] {
  const positives = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0).sort((a, b) => a - b);
  if (positives.length === 0 || maxClasses < 1) return [];
  const distinct = [...new Set(positives)];
  if (distinct.length <= maxClasses) return distinct.map((v) => ({ min: v, max: v }));
  const classes: ColorClass[] = [];
  let start = 0;
  for (let c = 0; c < maxClasses && start < positives.length; c++) {
    let end = Math.max(start + 1, Math.round(((c + 1) * positives.length) / maxClasses));
    if (c === maxClasses - 1) end = positives.length;
    // Keep equal values together: extend the class to the last copy of its upper value.
    while (end < positives.length && positives[end] === positives[end - 1]) end++;
    classes.push({ min: positives[start], max: positives[end - 1] });
    start = end;
  }
  return classes;
}

/** The class of one value: `'nodata'` for null, NaN or negative, `'zero'` for 0, else the class index. */
export function classify(value: number | null | undefined, classes: readonly ColorClass[]): ClassKey {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return 'nodata';
  if (value === 0) return 'zero';
  const index = classes.findIndex((c) => value <= c.max);
  return index === -1 ? classes.length - 1 : index;
}

/** Which step of a ramp of `rampSize` colours a class uses, spreading few classes over the whole ramp. */
export function rampStep(classIndex: number, classCount: number, rampSize = 5): number {
  if (classCount <= 1) return rampSize - 1;
  return Math.round((classIndex * (rampSize - 1)) / (classCount - 1));
}
