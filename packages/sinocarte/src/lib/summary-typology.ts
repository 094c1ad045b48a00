/**
 * The typology's generated summary, for screen readers to hear first (see summary.ts; one module per element, so
 * that a page loads only its own). Pure: the wording comes in `say`, in the reader's language.
 */

export interface TypologySummaryWords {
  /** "Typology of 12 programmes on two axes." */
  intro: (items: number) => string;
  /** "Horizontal: from local to global." (the axis's name, when it has one, before its ends). */
  axis: (direction: 'x' | 'y', name: string, min: string, max: string) => string;
  /** "Most frequent type: twinning, 5 programmes." (several names when they tie). */
  commonest: (names: readonly string[], count: number) => string;
  /** Between two sentences: a space, or nothing in Chinese. */
  gap?: string;
}

/** A two-axis typology's summary: how many items, what each axis goes from and to, the commonest type. */
export function summarizeTypology(
  items: readonly { type: string }[],
  axes: { x: { name: string; min: string; max: string }; y: { name: string; min: string; max: string } },
  say: TypologySummaryWords,
): string {
  const parts = [say.intro(items.length), say.axis('x', axes.x.name, axes.x.min, axes.x.max), say.axis('y', axes.y.name, axes.y.min, axes.y.max)];
  const counts = new Map<string, number>();
  for (const { type } of items) if (type.trim()) counts.set(type, (counts.get(type) ?? 0) + 1);
  const max = Math.max(0, ...counts.values());
  // A type worth naming: more than one item has it.
  if (max > 1) parts.push(say.commonest([...counts].filter(([, n]) => n === max).map(([t]) => t), max));
  return parts.join(say.gap ?? ' ');
}
