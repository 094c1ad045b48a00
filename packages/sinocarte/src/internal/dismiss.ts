/**
 * What Escape and a press outside close: a download menu, a fullscreen fallback, any popover of an element.
 * One listener per page for all of them, and one thing closed at a time: the last opened first, so that Escape
 * in a full screen with its menu open closes the menu and leaves the full screen only when pressed again.
 */

/** Why something was closed: Escape (give the focus back to what opened it) or a press elsewhere (leave it there). */
export type DismissReason = 'escape' | 'outside';

/** Something open: `close` closes it (and releases it); a press outside `inside()` closes it too, when given. */
export class Dismissal {
  constructor(
    private readonly close: (reason: DismissReason) => void,
    private readonly inside?: () => Element | null,
  ) {}

  /** Registers it as open (the last opened closes first). */
  open(): void {
    if (stack.includes(this)) return;
    stack.push(this);
    if (stack.length === 1) {
      document.addEventListener('keydown', onKeyDown);
      document.addEventListener('pointerdown', onPointerDown, true);
    }
  }

  /** No longer open: Escape and presses leave it alone. */
  release(): void {
    const index = stack.indexOf(this);
    if (index === -1) return;
    stack.splice(index, 1);
    if (stack.length === 0) {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown, true);
    }
  }

  /** @internal */
  dismiss(reason: DismissReason): void {
    this.release();
    this.close(reason);
  }

  /** @internal Whether a press with this composed path is outside (always false without an `inside`). */
  isOutside(path: readonly EventTarget[]): boolean {
    const inside = this.inside?.();
    return !!inside && !path.includes(inside);
  }
}

const stack: Dismissal[] = [];

/** Escape closes the last opened, unless the page or a control already used the key. */
function onKeyDown(e: KeyboardEvent): void {
  const top = stack.at(-1);
  if (e.key !== 'Escape' || e.defaultPrevented || !top) return;
  e.preventDefault();
  top.dismiss('escape');
}

/** A press outside closes what it is outside of, from the last opened down to the first it is inside. */
function onPointerDown(e: PointerEvent): void {
  const path = e.composedPath();
  for (const item of [...stack].reverse()) {
    if (!item.isOutside(path)) break;
    item.dismiss('outside');
  }
}
