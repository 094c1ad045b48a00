import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Content on hover (WCAG 1.4.13), shared by the elements that show a tooltip: Escape dismisses it wherever the
 * focus is (the pointer may stay where it is), and a pointer moving from a mark onto its tooltip keeps it.
 */
export class HoverContent implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly isOpen: () => boolean,
    private readonly dismiss: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeyDown);
  }

  /** An Escape the element itself has not handled (it calls preventDefault when it acts on one). */
  private onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented && this.isOpen()) this.dismiss();
  };

  /** True when a pointer leaving a mark or the chart goes onto the tooltip: the tooltip then stays. */
  static intoTooltip(e: PointerEvent): boolean {
    const to = e.relatedTarget;
    return to instanceof Element && !!to.closest('.tooltip');
  }
}
