/**
 * The table's generated summary, for screen readers to hear first (see summary.ts; one module per element, so
 * that a page loads only its own). Pure: the wording comes in `say`, in the reader's language.
 */

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
