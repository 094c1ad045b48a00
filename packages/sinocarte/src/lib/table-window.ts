/**
 * Virtual scrolling maths: which rows to render for a scroll position, with rows of varying height.
 * Heights are measured once rendered and estimated before; offsets are prefix sums in view order.
 */

/**
 * Top offset of every row in view order, plus the total height at the end (`offsets[count]`).
 * `heights` is indexed by row (data index); NaN means not measured yet, then `estimate` is used.
 */
export function buildOffsets(order: ArrayLike<number>, heights: Float64Array, estimate: number): Float64Array {
  const offsets = new Float64Array(order.length + 1);
  let y = 0;
  for (let p = 0; p < order.length; p++) {
    offsets[p] = y;
    const h = heights[order[p]];
    y += h === h ? h : estimate;
  }
  offsets[order.length] = y;
  return offsets;
}

/** Position of the row that contains `y` (the last row whose top is at or above `y`). */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  if (count <= 0) return 0;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface RowWindow {
  /** First rendered position (inclusive). */
  start: number;
  /** Last rendered position (exclusive). */
  end: number;
  /** Height of the space above and below the rendered rows. */
  before: number;
  after: number;
}

/** The rows to render so that `[top, top + height]` is covered, with `overscan` rows either side. */
export function visibleWindow(offsets: Float64Array, top: number, height: number, overscan = 8): RowWindow {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const first = rowAt(offsets, Math.max(0, top));
  const last = rowAt(offsets, Math.max(0, top + height));
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, last + 1 + overscan);
  return { start, end, before: offsets[start], after: offsets[count] - offsets[end] };
}

/** The scroll position that brings row `position` into view, or null when it already is. */
export function scrollToShow(offsets: Float64Array, position: number, top: number, height: number): number | null {
  const rowTop = offsets[position];
  const rowBottom = offsets[position + 1];
  if (rowTop < top) return rowTop;
  if (rowBottom > top + height) return Math.max(0, rowBottom - height);
  return null;
}
