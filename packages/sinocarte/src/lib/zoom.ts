/** A zoom transform: screen = k · point + (x, y). */
export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };
export const MIN_SCALE = 1;
export const MAX_SCALE = 8;

/** Keeps the scale within bounds and the content covering the view (no panning into empty space). */
export function clampTransform(t: ZoomTransform, width: number, height: number): ZoomTransform {
  const k = Math.min(MAX_SCALE, Math.max(MIN_SCALE, t.k));
  const clamp = (v: number, size: number) => Math.min(0, Math.max(size - k * size, v));
  return { k, x: clamp(t.x, width), y: clamp(t.y, height) };
}

/** Scales by `factor` around a screen point, which stays where it is (the point under the cursor). */
export function zoomAround(t: ZoomTransform, factor: number, [px, py]: readonly [number, number], width: number, height: number): ZoomTransform {
  const k = Math.min(MAX_SCALE, Math.max(MIN_SCALE, t.k * factor));
  const ratio = k / t.k;
  return clampTransform({ k, x: px - (px - t.x) * ratio, y: py - (py - t.y) * ratio }, width, height);
}

export function panBy(t: ZoomTransform, dx: number, dy: number, width: number, height: number): ZoomTransform {
  return clampTransform({ k: t.k, x: t.x + dx, y: t.y + dy }, width, height);
}
