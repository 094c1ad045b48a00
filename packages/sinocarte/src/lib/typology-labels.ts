/**
 * Label placement for point diagrams: deterministic and greedy. Each label tries positions around its
 * point (right, left, above, below, then the diagonals), then positions further away joined by a
 * leader line, and takes the first one that stays inside the bounds and touches no point, no obstacle,
 * no label and no leader line already placed. A label next to its point must also be clearly nearer to
 * it than to any other point, so that no reader pairs it with the wrong one. Pure: text widths are measured by the caller.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelRequest {
  id: string;
  /** The point, in the same pixel coordinates as the bounds. */
  x: number;
  y: number;
  /** Size of the label's text box. */
  width: number;
  height: number;
}

export interface LabelPlacement {
  id: string;
  box: Box;
  /** Segment from the point's edge to the label, when the label could not sit next to its point. */
  leader: [number, number, number, number] | null;
}

export interface PlacementOptions {
  /** Labels must stay inside. */
  bounds: Box;
  /** Radius of every point, in px: labels keep clear of all of them. */
  radius: number;
  /** Space between a point and its label, in px. */
  gap?: number;
  /** Boxes labels must not cover (quadrant names, legends…). */
  obstacles?: readonly Box[];
  /** Distances tried for leader-line positions, beyond the adjacent ones, in px. */
  leaderDistances?: readonly number[];
}

export interface PlacementResult {
  placed: LabelPlacement[];
  /** Ids of the labels that found no free spot: the caller shows them another way (numbered legend). */
  unplaced: string[];
}

/** True when two boxes share some area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function inside(box: Box, bounds: Box): boolean {
  return box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
}

/** True when the segment crosses the box (Liang–Barsky clipping). */
export function segmentHitsBox([x1, y1, x2, y2]: readonly [number, number, number, number], box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const checks: [number, number][] = [
    [-dx, x1 - box.left],
    [dx, box.right - x1],
    [-dy, y1 - box.top],
    [dy, box.bottom - y1],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q <= 0) return false;
    } else {
      const r = q / p;
      if (p < 0) {
        if (r > t1) return false;
        if (r > t0) t0 = r;
      } else {
        if (r < t0) return false;
        if (r < t1) t1 = r;
      }
    }
  }
  return t1 - t0 > 1e-9;
}

/** Directions tried, in order of preference: right, left, up, down, then the diagonals. */
const ADJACENT: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
];
/** Leader lines may also leave at intermediate angles. */
const FAR: [number, number][] = [
  ...ADJACENT,
  [2, -1],
  [-2, -1],
  [2, 1],
  [-2, 1],
  [1, -2],
  [-1, -2],
  [1, 2],
  [-1, 2],
];

/** The label box for a direction (dx, dy) at a distance from the point: its nearest side faces the point. */
function boxToward(r: LabelRequest, dx: number, dy: number, distance: number): Box {
  const length = Math.hypot(dx, dy);
  const ux = dx / length;
  const uy = dy / length;
  // Adjacent diagonals sit at the corner of the point's square so they hug it.
  const ax = r.x + ux * distance;
  const ay = r.y + uy * distance;
  const left = ux > 0.3 ? ax : ux < -0.3 ? ax - r.width : ax - r.width / 2;
  const top = uy > 0.3 ? ay : uy < -0.3 ? ay - r.height : ay - r.height / 2;
  return { left, top, right: left + r.width, bottom: top + r.height };
}

/** The point of a box nearest to (x, y). */
function nearestOnBox(box: Box, x: number, y: number): [number, number] {
  return [Math.max(box.left, Math.min(x, box.right)), Math.max(box.top, Math.min(y, box.bottom))];
}

/**
 * Places one label per request. Deterministic: the same input gives the same output. Crowded points
 * (most neighbours within reach of their label) are served first, then by id.
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): PlacementResult {
  const { bounds, radius } = options;
  const gap = options.gap ?? 4;
  const obstacles = options.obstacles ?? [];
  const pointBoxes = requests.map((r) => ({ id: r.id, box: { left: r.x - radius - 1, top: r.y - radius - 1, right: r.x + radius + 1, bottom: r.y + radius + 1 } }));
  const reach = (r: LabelRequest) => r.width + radius * 2 + gap;
  const crowding = new Map(
    requests.map((r) => [r.id, requests.filter((o) => o !== r && Math.abs(o.x - r.x) < reach(r) && Math.abs(o.y - r.y) < r.height * 3).length]),
  );
  const order = [...requests].sort((a, b) => crowding.get(b.id)! - crowding.get(a.id)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const placedBoxes: Box[] = [];
  const leaders: [number, number, number, number][] = [];
  const placed: LabelPlacement[] = [];
  const unplaced: string[] = [];

  const boxIsFree = (box: Box) =>
    inside(box, bounds) &&
    !pointBoxes.some((p) => boxesOverlap(box, p.box)) &&
    !obstacles.some((o) => boxesOverlap(box, o)) &&
    !placedBoxes.some((b) => boxesOverlap(box, b)) &&
    !leaders.some((l) => segmentHitsBox(l, box));

  const leaderIsFree = (segment: [number, number, number, number], ownId: string) =>
    !pointBoxes.some((p) => p.id !== ownId && segmentHitsBox(segment, p.box)) &&
    !placedBoxes.some((b) => segmentHitsBox(segment, b)) &&
    !obstacles.some((o) => segmentHitsBox(segment, o));

  for (const r of order) {
    let choice: LabelPlacement | null = null;
    const near = radius + gap;
    for (const [dx, dy] of ADJACENT) {
      // Diagonal neighbours: a distance along each axis of `near`, so the corner of the box touches the gap.
      const distance = dx !== 0 && dy !== 0 ? near * Math.SQRT2 : near;
      const box = boxToward(r, dx, dy, distance);
      if (boxIsFree(box) && isUnambiguous(box, r, requests)) {
        choice = { id: r.id, box, leader: null };
        break;
      }
    }
    if (!choice) {
      const distances = options.leaderDistances ?? [near + 16, near + 32, near + 56, near + 88];
      search: for (const distance of distances) {
        for (const [dx, dy] of FAR) {
          const box = boxToward(r, dx, dy, distance);
          if (!boxIsFree(box)) continue;
          const [ex, ey] = nearestOnBox(box, r.x, r.y);
          const length = Math.hypot(ex - r.x, ey - r.y) || 1;
          const segment: [number, number, number, number] = [r.x + ((ex - r.x) / length) * (radius + 1), r.y + ((ey - r.y) / length) * (radius + 1), ex, ey];
          // The segment stops at the box edge; shorten it by a hair so it does not "cross" its own label.
          if (!leaderIsFree(shorten(segment), r.id)) continue;
          choice = { id: r.id, box, leader: segment };
          break search;
        }
      }
    }
    if (choice) {
      placed.push(choice);
      placedBoxes.push(choice.box);
      if (choice.leader) leaders.push(shorten(choice.leader));
    } else {
      unplaced.push(r.id);
    }
  }
  // Back in input order, so callers can zip with their items.
  const rank = new Map(requests.map((r, i) => [r.id, i]));
  placed.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  unplaced.sort((a, b) => rank.get(a)! - rank.get(b)!);
  return { placed, unplaced };
}

function distanceToBox(x: number, y: number, box: Box): number {
  return Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
}

/**
 * A label without a leader must read as its own point's: every other point is clearly further from it
 * (twice as far, plus a little) than its own.
 */
export function isUnambiguous(box: Box, own: { id: string; x: number; y: number }, points: readonly { id: string; x: number; y: number }[]): boolean {
  const limit = distanceToBox(own.x, own.y, box) * 2 + 4;
  return points.every((p) => p.id === own.id || distanceToBox(p.x, p.y, box) >= limit);
}

function shorten([x1, y1, x2, y2]: readonly [number, number, number, number]): [number, number, number, number] {
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (length < 2) return [x1, y1, x1, y1];
  const k = (length - 1) / length;
  return [x1, y1, x1 + (x2 - x1) * k, y1 + (y2 - y1) * k];
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * Splits text into lines no wider than `maxWidth` (as measured by `measure`), breaking at spaces and
 * between Chinese characters. A word longer than the line stays whole on its own line.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  // Tokens: a run of non-CJK non-space characters with its trailing spaces, or one CJK character.
  const tokens = text.trim().match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line && measure(candidate.trimEnd()) > maxWidth && !(CJK.test(token) && /^[，。；：、）」』》]$/.test(token))) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
