/** A point in the element's own coordinates (px from its top-left corner). */
export type Point = readonly [number, number];

/** What a pointer move means: two fingers pinch, one pointer drags once it has moved far enough. */
export type GestureStep =
  | { kind: 'pinch'; scale: number; center: Point; shift: Point }
  | { kind: 'drag'; delta: Point; first: boolean }
  | { kind: 'none' };

/** Movement (px) after which a press becomes a drag and no longer a click. */
export const DRAG_THRESHOLD = 4;

const NONE: GestureStep = { kind: 'none' };

function mid(a: Point, b: Point): Point {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/**
 * The pointers pressed on a zoomable surface (map, timeline), and what their moves mean. The element
 * decides what a pinch or a drag does to its view; this only tracks fingers and the mouse, so the two
 * elements that zoom behave alike.
 */
export class PointerGestures {
  private pointers = new Map<number, Point>();
  private start: Point | null = null;
  private pinch: { distance: number; center: Point } | null = null;
  private moved = false;
  private suppress = false;

  /** A press, drag or pinch is going on. */
  get pressed(): boolean {
    return this.pointers.size > 0;
  }

  /** The current press has become a drag or a pinch. */
  get moving(): boolean {
    return this.moved;
  }

  down(id: number, point: Point): void {
    this.pointers.set(id, point);
    if (this.pointers.size === 1) {
      this.start = point;
      this.moved = false;
      this.pinch = null;
    } else if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()];
      this.moved = true;
      this.pinch = { distance: distance(a, b), center: mid(a, b) };
    }
  }

  /** A move of one pointer. `canDrag` is false when a drag would do nothing (a map at its full extent). */
  move(id: number, point: Point, canDrag = true): GestureStep {
    const previous = this.pointers.get(id);
    if (!previous || !this.start) return NONE;
    this.pointers.set(id, point);
    if (this.pinch && this.pointers.size >= 2) {
      const [a, b] = [...this.pointers.values()];
      const d = distance(a, b);
      const center = mid(a, b);
      const step: GestureStep = { kind: 'pinch', scale: d / (this.pinch.distance || d), center, shift: [center[0] - this.pinch.center[0], center[1] - this.pinch.center[1]] };
      this.pinch = { distance: d, center };
      return step;
    }
    if (!canDrag || (!this.moved && distance(point, this.start) <= DRAG_THRESHOLD)) return NONE;
    const first = !this.moved;
    this.moved = true;
    return { kind: 'drag', delta: [point[0] - previous[0], point[1] - previous[1]], first };
  }

  up(id: number): void {
    this.pointers.delete(id);
    if (this.pointers.size === 0) {
      this.suppress = this.moved;
      this.start = null;
      this.pinch = null;
      this.moved = false;
    }
  }

  /** True once after a press that became a drag or pinch: the click that follows is not a tap. */
  takeClickSuppression(): boolean {
    const suppress = this.suppress;
    this.suppress = false;
    return suppress;
  }
}

/** Keeps a drag going outside the element; a pointer that is already gone (or synthetic) cannot be captured. */
export function capturePointer(e: PointerEvent): void {
  try {
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
  } catch {
    // Nothing to do: the drag still works while the pointer stays over the element.
  }
}
