import type { Point } from './neighbours.js';

export interface Callout {
  id: string;
  /** Where the region is. */
  anchor: Point;
  /** Centre of its marker. */
  marker: Point;
}

/** The area markers must stay in, in the units of the anchors: `[[left, top], [right, bottom]]`. */
export type Bounds = readonly [Point, Point];

/**
 * Markers for regions too small to see or hit (Hong Kong, Macao): one `size` wide marker per region, `size`
 * below it (off the coast for those two), pushed sideways until no two markers overlap. Within `bounds` (the
 * map's visible area), a marker with no room below its region (Hainan at the bottom of a phone's map) goes
 * beside it, on the side with more room, and every marker is kept whole inside. Deterministic: the same anchors
 * give the same markers. `size` is in the units of the anchors.
 */
export function placeCallouts(anchors: readonly { id: string; at: Point }[], size: number, gap = size / 6, bounds?: Bounds): Callout[] {
  const half = size / 2;
  const below = (at: Point): [number, number] => {
    if (!bounds || at[1] + size + half <= bounds[1][1]) return [at[0], at[1] + size];
    const [[left], [right]] = bounds;
    return [at[0] - left >= right - at[0] ? at[0] - size : at[0] + size, at[1]];
  };
  const placed = [...anchors]
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || (a.id < b.id ? -1 : 1))
    .map((a) => ({ id: a.id, anchor: a.at, marker: below(a.at) }));
  const spacing = size + gap;
  // Relaxation: each overlapping pair moves apart sideways, half the overlap each; a few rounds settle a few markers.
  for (let round = 0; round < 20; round++) {
    let moved = false;
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i].marker;
        const b = placed[j].marker;
        const dy = b[1] - a[1];
        if (Math.abs(dy) >= spacing) continue;
        const need = Math.sqrt(spacing * spacing - dy * dy);
        const dx = b[0] - a[0];
        if (dx >= need - 1e-9) continue;
        const push = (need - dx) / 2;
        a[0] -= push;
        b[0] += push;
        moved = true;
      }
    if (!moved) break;
  }
  if (bounds) {
    const clamp = (v: number, min: number, max: number) => (min > max ? (min + max) / 2 : Math.min(max, Math.max(min, v)));
    for (const { marker } of placed) {
      marker[0] = clamp(marker[0], bounds[0][0] + half, bounds[1][0] - half);
      marker[1] = clamp(marker[1], bounds[0][1] + half, bounds[1][1] - half);
    }
  }
  return placed;
}
