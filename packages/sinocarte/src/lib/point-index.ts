/**
 * Hit-testing many points drawn as one shape (the map's park points above a few hundred): a uniform grid of
 * cells over the points' drawing coordinates, so that finding the point under the pointer reads the few
 * points of the cells around it instead of all of them.
 */
export interface PointIndex {
  /** The points' coordinates, in the order given. */
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** Side of a cell, in the points' coordinates. */
  readonly cell: number;
  /** The points of each non-empty cell, by cell key. */
  readonly cells: ReadonlyMap<number, readonly number[]>;
}

/** Cells are keyed by column and row packed in one number (±2^20 cells each way is far beyond any screen). */
const key = (col: number, row: number) => (col + 1_048_576) * 2_097_152 + (row + 1_048_576);

/** Indexes the points (x, y), `cell` wide cells (about the largest reach asked later). */
export function indexPoints(points: readonly (readonly [number, number])[], cell: number): PointIndex {
  const size = cell > 0 && Number.isFinite(cell) ? cell : 1;
  const xs = new Float64Array(points.length);
  const ys = new Float64Array(points.length);
  const cells = new Map<number, number[]>();
  points.forEach(([x, y], i) => {
    xs[i] = x;
    ys[i] = y;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    const k = key(Math.floor(x / size), Math.floor(y / size));
    const list = cells.get(k);
    if (list) list.push(i);
    else cells.set(k, [i]);
  });
  return { xs, ys, cell: size, cells };
}

/**
 * The index of the point nearest (x, y) within `reach` (inclusive), or -1. Of points at the same distance, the
 * one given last wins, as the one drawn last is on top.
 */
export function nearestPoint(index: PointIndex, x: number, y: number, reach: number): number {
  if (!(reach >= 0) || !Number.isFinite(x) || !Number.isFinite(y)) return -1;
  const { xs, ys, cell, cells } = index;
  const c0 = Math.floor((x - reach) / cell);
  const c1 = Math.floor((x + reach) / cell);
  const r0 = Math.floor((y - reach) / cell);
  const r1 = Math.floor((y + reach) / cell);
  // A reach far wider than the cells would visit too many empty cells: read every point instead.
  if ((c1 - c0 + 1) * (r1 - r0 + 1) > cells.size) return scan(index, x, y, reach);
  let best = -1;
  let bestDistance = reach * reach;
  for (let c = c0; c <= c1; c++)
    for (let r = r0; r <= r1; r++)
      for (const i of cells.get(key(c, r)) ?? []) {
        const d = (xs[i] - x) ** 2 + (ys[i] - y) ** 2;
        if (d < bestDistance || (d === bestDistance && i > best)) {
          best = i;
          bestDistance = d;
        }
      }
  return best;
}

function scan({ xs, ys }: PointIndex, x: number, y: number, reach: number): number {
  let best = -1;
  let bestDistance = reach * reach;
  for (let i = 0; i < xs.length; i++) {
    const d = (xs[i] - x) ** 2 + (ys[i] - y) ** 2;
    if (d <= bestDistance) {
      best = i;
      bestDistance = d;
    }
  }
  return best;
}
