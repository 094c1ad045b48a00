import type { Point } from './neighbours.js';

export interface Callout {
  id: string;
  /** Where the region is. */
  anchor: Point;
  /** Centre of its marker. */
  marker: Point;
}

/**
 * Markers for regions too small to see or hit (Hong Kong, Macao): one `size` wide marker per region, `size`
 * below it (off the coast for those two), pushed sideways until no two markers overlap. Deterministic: the
 * same anchors give the same markers. `size` is in the units of the anchors.
 */
export function placeCallouts(anchors: readonly { id: string; at: Point }[], size: number, gap = size / 6): Callout[] {
  const placed = [...anchors]
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || (a.id < b.id ? -1 : 1))
    .map((a) => ({ id: a.id, anchor: a.at, marker: [a.at[0], a.at[1] + size] as [number, number] }));
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
  return placed;
}
