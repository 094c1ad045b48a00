/** The visible window of a timeline (UTC ms, end exclusive), how it zooms and pans, and its axis ticks. */

import { DAY, formatInstant, utc } from './timeline-dates.js';

export interface View {
  from: number;
  to: number;
}

/** A span no shorter than `minSpan` (unless the extent is) nor longer than the extent. */
function fitSpan(span: number, extent: View, minSpan: number): number {
  const full = extent.to - extent.from;
  return Math.min(full, Math.max(Math.min(minSpan, full), span));
}

/** The view `span` long from `from`, moved back inside the extent if it sticks out. */
function place(from: number, span: number, extent: View): View {
  const start = Math.min(extent.to - span, Math.max(extent.from, from));
  return { from: start, to: start + span };
}

/** Keeps a view inside the extent and no shorter than `minSpan` (nor longer than the extent). */
export function clampView(view: View, extent: View, minSpan: number): View {
  const span = fitSpan(view.to - view.from, extent, minSpan);
  return place(view.from + (view.to - view.from - span) / 2, span, extent);
}

/** Zooms by `factor` (> 1 zooms in) around an instant that stays at the same place on screen. */
export function zoomView(view: View, factor: number, anchor: number, extent: View, minSpan: number): View {
  const span = fitSpan((view.to - view.from) / factor, extent, minSpan);
  const ratio = (anchor - view.from) / (view.to - view.from);
  return place(anchor - ratio * span, span, extent);
}

export function panView(view: View, delta: number, extent: View): View {
  return place(view.from + delta, view.to - view.from, extent);
}

export function isFullView(view: View, extent: View): boolean {
  return view.to - view.from >= (extent.to - extent.from) * 0.999;
}

export interface Tick {
  at: number;
  label: string;
}

type Step = { unit: 'year' | 'month' | 'day'; n: number };
const STEPS: Step[] = [
  { unit: 'day', n: 1 },
  { unit: 'day', n: 2 },
  { unit: 'day', n: 7 },
  { unit: 'day', n: 14 },
  { unit: 'month', n: 1 },
  { unit: 'month', n: 3 },
  { unit: 'month', n: 6 },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500].map((n): Step => ({ unit: 'year', n })),
];
const APPROX: Record<Step['unit'], number> = { day: DAY, month: 30.44 * DAY, year: 365.25 * DAY };

/**
 * Ticks for an axis `length` px long: the finest calendar step (days, weeks, months, quarters, years, decades…)
 * whose ticks stay at least `minSpacing` px apart, aligned on the calendar (1990, 2000; January, April…).
 */
export function chooseTicks(view: View, length: number, minSpacing: number, lang: string): Tick[] {
  const msPerPx = (view.to - view.from) / Math.max(1, length);
  const step = STEPS.find((s) => (APPROX[s.unit] * s.n) / msPerPx >= minSpacing) ?? STEPS[STEPS.length - 1];
  const { unit, n } = step;
  const ticks: Tick[] = [];
  const start = new Date(view.from);
  // Every step walks the calendar month by month (a year step is 12n months), from a multiple of the step so
  // that ticks fall on 1990, 2000… or January, April…
  const year = unit === 'year' ? Math.floor(start.getUTCFullYear() / n) * n : start.getUTCFullYear();
  const month = unit === 'year' ? 0 : unit === 'month' ? Math.floor(start.getUTCMonth() / n) * n : start.getUTCMonth();
  for (let i = 0; ; i += unit === 'year' ? 12 * n : unit === 'month' ? n : 1) {
    const monthStart = utc(year, month + i, 1);
    if (monthStart > view.to) break;
    if (unit !== 'day') {
      const precision = unit === 'year' ? 'year' : new Date(monthStart).getUTCMonth() === 0 || ticks.length === 0 ? 'month-year' : 'month';
      if (monthStart >= view.from) ticks.push({ at: monthStart, label: formatInstant(monthStart, precision, lang) });
      continue;
    }
    // Day steps restart every month, on days 1, 1+n, 1+2n… (weeks: 1, 8, 15, 22), so ticks never bunch.
    const next = utc(year, month + i + 1, 1);
    for (let d = 1; ; d += n) {
      const at = monthStart + (d - 1) * DAY;
      if (at >= next || (n > 1 && next - at < n * DAY * 0.6) || at > view.to) break;
      if (at >= view.from) ticks.push({ at, label: formatInstant(at, ticks.length === 0 || (d === 1 && new Date(at).getUTCMonth() === 0) ? 'day-year' : 'day', lang) });
    }
  }
  return ticks;
}

