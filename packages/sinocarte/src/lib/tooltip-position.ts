export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where to put a tooltip of size (width, height) for an anchor point, all in the same coordinates:
 * above the anchor when it fits, else below, and shifted sideways to stay inside `bounds` (the part
 * of the viewport the element can draw in).
 */
export function placeTooltip(anchor: readonly [number, number], width: number, height: number, bounds: Box, gap = 12): { x: number; y: number } {
  const [ax, ay] = anchor;
  let y = ay - gap - height;
  if (y < bounds.top) y = ay + gap;
  if (y + height > bounds.bottom) y = Math.max(bounds.top, bounds.bottom - height);
  let x = ax - width / 2;
  x = Math.min(x, bounds.right - width);
  x = Math.max(x, bounds.left);
  return { x: Math.round(x), y: Math.round(y) };
}
