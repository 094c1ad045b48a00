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

export interface TableSummaryWords {
  /** "Table of 53 parks." (the count is worded by the caller: "5 parks of 53"). */
  intro: (count: string) => string;
  /** "Sorted by Year, ascending, then Park, ascending." */
  sorted: (keys: readonly string[]) => string;
  /** One sort key: "Year, descending". */
  sortKey: (column: string, descending: boolean) => string;
  /** "Filters: Region Hubei; search wu." */
  filtered: (filters: readonly string[]) => string;
  /** One filter: "Region Hubei". */
  filter: (name: string, value: string) => string;
  /** Between two sentences: a space, or nothing in Chinese. */
  gap?: string;
}

/** A table's summary: what it holds and how many, how it is sorted, which filters apply (none: not said). */
export function summarizeTable(
  view: { count: string; sort: readonly { column: string; descending: boolean }[]; filters: readonly { name: string; value: string }[] },
  say: TableSummaryWords,
): string {
  const parts = [say.intro(view.count)];
  if (view.sort.length) parts.push(say.sorted(view.sort.map((k) => say.sortKey(k.column, k.descending))));
  const filters = view.filters.filter((f) => f.value.trim());
  if (filters.length) parts.push(say.filtered(filters.map((f) => say.filter(f.name, f.value))));
  return parts.join(say.gap ?? ' ');
}

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
