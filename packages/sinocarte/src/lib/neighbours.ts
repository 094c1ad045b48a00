export type Direction = 'up' | 'down' | 'left' | 'right';
export type Point = readonly [number, number];

const AXES: Record<Direction, Point> = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };
/** Candidates further than 60° off the requested direction are ignored (tan 60° ≈ 1.73). */
const MAX_SLOPE = Math.tan((60 * Math.PI) / 180);
/** Sideways distance counts more than forward distance, so the region "straight ahead" wins. */
const LATERAL_WEIGHT = 2;

/**
 * The region to move to when an arrow key is pressed: the closest centroid in that direction on
 * screen (y grows downwards), preferring the one most nearly straight ahead. Null at the edge.
 */
export function neighbourInDirection(fromId: string, direction: Direction, centroids: ReadonlyMap<string, Point>): string | null {
  const from = centroids.get(fromId);
  if (!from) return null;
  const [ax, ay] = AXES[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const [id, [x, y]] of centroids) {
    if (id === fromId) continue;
    const dx = x - from[0];
    const dy = y - from[1];
    const forward = dx * ax + dy * ay;
    if (forward <= 0) continue;
    const lateral = Math.abs(dx * ay - dy * ax);
    if (lateral > forward * MAX_SLOPE) continue;
    const score = forward + LATERAL_WEIGHT * lateral;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}

/** The region whose centroid is nearest a point: where keyboard navigation starts. */
export function nearestTo(point: Point, centroids: ReadonlyMap<string, Point>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const [id, [x, y]] of centroids) {
    const d = Math.hypot(x - point[0], y - point[1]);
    if (d < bestDistance) {
      bestDistance = d;
      best = id;
    }
  }
  return best;
}
