/**
 * What a linked view reads from a group message (internal/group.ts) to apply it: the regions of a selection,
 * the years of a range. Apart from the bus and the link table so that an element's first download holds only
 * these: the bus is fetched the first time an element has a `group` (internal/sino-element.ts).
 */
/** A group message as read here (internal/group.ts declares the full `GroupMessage`, which fits this). */
type LinkMessage = { type: 'select'; kind?: string; id: string | null; regions: readonly unknown[] } | { type: 'range'; from: number; to: number; whole: boolean };

/** The years of a range message as a filter value (`1988-1991`), empty for the whole period. */
export function yearsFilter(message: LinkMessage): string {
  if (message.type !== 'range' || message.whole) return '';
  return message.from === message.to ? String(message.from) : `${message.from}-${message.to}`;
}

/** The regions of a selection message; none for a cleared selection or a range. */
export function regionsOf(message: LinkMessage): string[] {
  return message.type === 'select' && message.id !== null ? message.regions.filter((r): r is string => typeof r === 'string' && r.length > 0) : [];
}

/** The first and last year of a partial date range (`1980-03` → 1980). */
export function yearsOf(from: string, to: string): { from: number; to: number } | null {
  const a = Number.parseInt(from, 10);
  const b = Number.parseInt(to, 10);
  return Number.isFinite(a) && Number.isFinite(b) ? { from: Math.min(a, b), to: Math.max(a, b) } : null;
}
