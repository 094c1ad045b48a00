/** The visible window of a timeline (UTC ms, end exclusive), how it zooms and pans, and its axis ticks. */

import { DAY, formatInstant } from './timeline-dates.js';

export interface View {
  from: number;
  to: number;
}

/** Keeps a view inside the extent and no shorter than `minSpan` (nor longer than the extent). */
export function clampView(view: View, extent: View, minSpan: number): View {
  const full = extent.to - extent.from;
  const span = Math.min(full, Math.max(Math.min(minSpan, full), view.to - view.from));
  let from = view.from + (view.to - view.from - span) / 2;
  from = Math.min(extent.to - span, Math.max(extent.from, from));
  return { from, to: from + span };
}

/** Zooms by `factor` (> 1 zooms in) around an instant that stays at the same place on screen. */
export function zoomView(view: View, factor: number, anchor: number, extent: View, minSpan: number): View {
  const full = extent.to - extent.from;
  const span = Math.min(full, Math.max(Math.min(minSpan, full), (view.to - view.from) / factor));
  const ratio = (anchor - view.from) / (view.to - view.from);
  let from = anchor - ratio * span;
  from = Math.min(extent.to - span, Math.max(extent.from, from));
  return { from, to: from + span };
}

export function panView(view: View, delta: number, extent: View): View {
  const span = view.to - view.from;
  const from = Math.min(extent.to - span, Math.max(extent.from, view.from + delta));
  return { from, to: from + span };
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
  const ticks: Tick[] = [];
  const start = new Date(view.from);
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  if (step.unit === 'year') {
    year = Math.floor(year / step.n) * step.n;
    for (let y = year; ; y += step.n) {
      const at = utc(y, 0, 1);
      if (at > view.to) break;
      if (at >= view.from) ticks.push({ at, label: formatInstant(at, 'year', lang) });
    }
  } else if (step.unit === 'month') {
    month = Math.floor(month / step.n) * step.n;
    for (let i = 0; ; i += step.n) {
      const at = utc(year, month + i, 1);
      if (at > view.to) break;
      if (at < view.from) continue;
      const m = new Date(at).getUTCMonth();
      ticks.push({ at, label: formatInstant(at, m === 0 || ticks.length === 0 ? 'month-year' : 'month', lang) });
    }
  } else {
    // Day steps restart every month, on days 1, 1+n, 1+2n… (weeks: 1, 8, 15, 22), so ticks never bunch.
    for (let m = 0; ; m++) {
      const monthStart = utc(year, month + m, 1);
      if (monthStart > view.to) break;
      const next = utc(year, month + m + 1, 1);
      for (let d = 1; ; d += step.n) {
        const at = monthStart + (d - 1) * DAY;
        if (at >= next || (step.n > 1 && next - at < step.n * DAY * 0.6) || at > view.to) break;
        if (at >= view.from) ticks.push({ at, label: formatInstant(at, ticks.length === 0 || d === 1 && new Date(at).getUTCMonth() === 0 ? 'day-year' : 'day', lang) });
      }
    }
  }
  return ticks;
}

function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(0, 0, 0, 0);
  return date.getTime();
}
