/**
 * Lays out the events of one lane at the current zoom: each event becomes a mark on one of a few rows,
 * and events that would overlap every row are gathered into a cluster (a mark holding several events).
 * Zooming in spreads the events out, so clusters split; zooming out merges them.
 */

import type { Measure } from './text-spacing.js';

/** Extent of an event along the time axis, in px (x0 ascending across the input). */
export interface Span {
  x0: number;
  x1: number;
}

export interface Mark {
  row: number;
  x0: number;
  /** Drawn end: at least `minSize` past x0 (a cluster at least `clusterSize`). */
  x1: number;
  /** Indices into the input: one for an event, several for a cluster, in date order. */
  items: number[];
  /** Free space from x0 to the next mark of the same row (or the axis end), for a label. */
  room: number;
  /** Drawn as a cluster: several events, or one pushed aside by a full cluster (then not at its exact date). */
  cluster?: boolean;
}

export interface PackOptions {
  /** Rows per lane. */
  rows: number;
  /** Smallest drawn size of an event, px (a day is far thinner than a pixel at most zooms). */
  minSize: number;
  /** Empty space kept between two marks of a row, px. */
  gap: number;
  /** Smallest drawn size of a cluster (room for its count), px. */
  clusterSize: number;
  /**
   * How far (px) after a cluster's start an event may start and still join it; past it a new cluster starts,
   * so dense periods read as a series of counts rather than one mark for everything.
   */
  clusterMax: number;
  /** Length of the axis, px. */
  length: number;
}

/**
 * Greedy packing in one pass (O(n × rows)): an event takes the first row free at its start; when none is free
 * it joins the last mark of the row that frees first, which becomes (or grows) a cluster. An event starting
 * more than `clusterMax` px after a cluster's start opens a new cluster just after it instead.
 */
export function packLane(spans: readonly Span[], options: PackOptions): Mark[] {
  const { rows, minSize, gap, clusterSize, clusterMax, length } = options;
  const marks: Mark[] = [];
  const last: Mark[] = [];
  const ends: number[] = new Array(rows).fill(-Infinity);
  const displaced = new Map<Mark, Mark>();
  for (let i = 0; i < spans.length; i++) {
    const x0 = spans[i].x0;
    const x1 = Math.max(spans[i].x1, x0 + minSize);
    let row = -1;
    for (let r = 0; r < rows; r++) {
      if (ends[r] + gap <= x0) {
        row = r;
        break;
      }
    }
    if (row >= 0) {
      const mark: Mark = { row, x0, x1, items: [i], room: 0 };
      marks.push(mark);
      last[row] = mark;
      ends[row] = x1;
      continue;
    }
    let r = 0;
    for (let k = 1; k < rows; k++) if (ends[k] < ends[r]) r = k;
    const mark = last[r];
    const start = ends[r] + gap;
    if (x0 - mark.x0 > clusterMax && start - x0 <= clusterMax) {
      // The cluster is full: a new one starts right after it (at most clusterMax px after the event).
      const next: Mark = { row: r, x0: start, x1: Math.max(x1, start + clusterSize), items: [i], room: 0, cluster: true };
      displaced.set(next, mark);
      marks.push(next);
      last[r] = next;
      ends[r] = next.x1;
      continue;
    }
    mark.items.push(i);
    mark.cluster = true;
    mark.x1 = Math.max(mark.x1, x1, mark.x0 + clusterSize);
    ends[r] = mark.x1;
  }
  // A new cluster left with one event would show it off its date: fold it back into the cluster before it.
  const folded = new Map<Mark, Mark>();
  for (const [mark, before] of displaced) {
    if (mark.items.length > 1) continue;
    let target = before;
    while (folded.has(target)) target = folded.get(target)!;
    target.items.push(...mark.items);
    target.x1 = Math.max(target.x1, mark.x1);
    target.cluster = true;
    folded.set(mark, target);
  }
  if (folded.size) {
    const kept = marks.filter((m) => !folded.has(m));
    marks.length = 0;
    marks.push(...kept);
  }
  const next: number[] = new Array(rows).fill(length);
  for (let i = marks.length - 1; i >= 0; i--) {
    const mark = marks[i];
    mark.room = next[mark.row] - mark.x0;
    next[mark.row] = mark.x0;
  }
  return marks;
}

/** A width in px: measured, or estimated at `charWidth` px a character. */
function widthOf(text: string, size: number | Measure): number {
  return typeof size === 'number' ? text.length * size : size(text);
}

/**
 * Width of the band of lane names of a horizontal timeline `width` px wide: room for the longest name (measured,
 * or at about `charWidth` px a character) plus `padding`, at least 96 px, at most a quarter of the width (then
 * names are cut).
 */
export function labelBand(labels: readonly string[], width: number, charWidth: number | Measure, padding = 16): number {
  const longest = Math.max(0, ...labels.map((l) => widthOf(l, charWidth)));
  // Up to the next whole pixel: a band rounded down would cut the longest name by a fraction of a pixel.
  return Math.round(Math.max(96, Math.min(Math.ceil(longest) + padding, width / 4)));
}

/**
 * Cuts a label to fit `width` px, with an ellipsis; '' if fewer than 4 characters fit. Widths are measured by
 * `measure` (with the reader's text spacing), or estimated at `measure` px a character.
 */
export function fitLabel(text: string, width: number, measure: number | Measure): string {
  if (typeof measure === 'number') {
    const max = Math.floor(width / measure);
    if (max < 4) return '';
    return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
  }
  if (measure(text) <= width) return text;
  const chars = [...text];
  // The longest start that fits with its ellipsis (binary search: widths grow with the length).
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo < 3 ? '' : `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** Where a mark's label is drawn: its start (px), its text (maybe cut), whether it sits inside the bar. */
export interface LabelPlace {
  x: number;
  text: string;
  inside: boolean;
  /** Shorter than the title: the whole title goes into a tooltip. */
  cut: boolean;
}

/**
 * Places a mark's label along its row: inside the bar (`x` to `x + w`) when the whole text fits there with
 * `pad` px each side, else after the bar when the room up to `end` (the next mark of the row, or the end of
 * the axis) holds it whole with a `gap` each side, else cut to fit the larger of the two; null when even a
 * cut text would be under 4 characters. A point (a bar under 10 px) takes its label after it.
 */
export function placeLabel(text: string, x: number, w: number, end: number, measure: number | Measure, pad = 4, gap = 3): LabelPlace | null {
  const insideWidth = w >= 10 ? w - 2 * pad : 0;
  const afterX = x + w + gap;
  const afterWidth = end - gap - afterX;
  const full = widthOf(text, measure);
  if (full <= insideWidth) return { x: x + pad, text, inside: true, cut: false };
  if (full <= afterWidth) return { x: afterX, text, inside: false, cut: false };
  const inside = insideWidth > afterWidth;
  const cut = fitLabel(text, inside ? insideWidth : afterWidth, measure);
  return cut ? { x: inside ? x + pad : afterX, text: cut, inside, cut: true } : null;
}
