/**
 * The timeline's generated summary, for screen readers to hear first (see summary.ts; one module per element, so
 * that a page loads only its own). Pure: the wording comes in `say`, in the reader's language.
 */

export interface TimelineSummaryWords {
  /** "Timeline of 162 events from 1954 to 2030." (one year: "in 1990"). */
  intro: (events: number, from: number, to: number) => string;
  /** "12 categories, including Partnerships (33), …": the largest first, at most three of `total`. */
  categories: (list: readonly { name: string; count: number }[], total: number) => string;
  /** "Period shown: 1990 – 2000, 52 events." (only when the view is not the whole). */
  shown: (period: string, events: number) => string;
  /** "No events for these filters." */
  none: string;
  /** Between two sentences: a space, or nothing in Chinese. */
  gap?: string;
}

/** How many categories a timeline's summary names: the largest ones. */
const NAMED_CATEGORIES = 3;

/**
 * A timeline's summary: how many events, from which year to which, the categories with their counts (largest
 * first, then in their given order), and the period shown when it is not the whole.
 */
export function summarizeTimeline(
  events: readonly { from: number; to: number; category: string }[],
  categoryName: (category: string) => string,
  shown: { period: string; events: number } | null,
  say: TimelineSummaryWords,
): string {
  if (!events.length) return say.none;
  const from = Math.min(...events.map((e) => e.from));
  const to = Math.max(...events.map((e) => e.to));
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  const categories = [...counts].sort((a, b) => b[1] - a[1]).map(([c, count]) => ({ name: categoryName(c), count }));
  const parts = [say.intro(events.length, from, to), say.categories(categories.slice(0, NAMED_CATEGORIES), categories.length)];
  if (shown) parts.push(say.shown(shown.period, shown.events));
  return parts.join(say.gap ?? ' ');
}
