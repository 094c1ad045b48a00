import { css, html, type ReactiveController, type ReactiveElement } from 'lit';
import { NORMAL_SPACING, spacingFromStyle, withSpacing, type Measure, type TextSpacing } from '../lib/text-spacing.js';

/**
 * Widths of the labels an element draws in SVG, as the reader sees them (WCAG 1.4.12), shared by the map, the
 * timeline and the typology. A text is measured with a canvas in the element's font, plus the letter and word
 * spacing in force; a hidden probe (`probe()` in the template) tells when they change: a reader's text-spacing
 * override, a web font that finishes loading, another font size. The host then draws again, and lays out
 * again when `version` has changed.
 */
export class TextMetrics implements ReactiveController {
  /** Changes each time a measure may give another width: the host lays its labels out again. */
  version = 0;
  private spacing: TextSpacing = NORMAL_SPACING;
  private canvas?: CanvasRenderingContext2D | null;
  private observer?: ResizeObserver;
  private observed?: Element;
  private view?: Window;
  private size = '';
  private frame = 0;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    document.fonts?.addEventListener?.('loadingdone', this.changed);
  }

  hostDisconnected(): void {
    document.fonts?.removeEventListener?.('loadingdone', this.changed);
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observed = undefined;
  }

  hostUpdated(): void {
    const probe = this.host.renderRoot.querySelector('.text-probe');
    // The observer of the element's own document: one of another document (the element was adopted into an
    // iframe) reports its probe there in a loop with the host's redraws ("ResizeObserver loop" errors).
    const view = (this.host.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
    if (!probe || (probe === this.observed && view === this.view)) return;
    this.observed = probe;
    if (view !== this.view) {
      this.observer?.disconnect();
      this.observer = undefined;
    }
    this.view = view;
    // Observed from the next frame: an update may run while the browser delivers size reports (the host redraws
    // from its own resize observer), and a new observation then would be a resize loop.
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      if (this.observed !== probe || !this.host.isConnected) return;
      this.observer ??= new view.ResizeObserver(this.check);
      this.observer.disconnect();
      this.observer.observe(probe);
    });
  }

  /** A hidden sample of text in the element's font: its size changes with the spacing and the font. */
  probe() {
    return html`<span class="text-probe" aria-hidden="true">Sinocarte Ag 1990</span>`;
  }

  /**
   * The width of a text at `fontPx` and `weight` in the element's font (read from `source`, where the element
   * settles its text style), with the spacing in force.
   */
  measurer(fontPx: number, weight: number | string, source: Element): Measure {
    this.canvas ??= document.createElement('canvas').getContext('2d');
    const ctx = this.canvas;
    const natural: Measure = ctx
      ? ((font) => (text: string) => {
          // One canvas serves every measurer: set the font on each call.
          ctx.font = font;
          return ctx.measureText(text).width;
        })(`${weight} ${fontPx}px ${getComputedStyle(source).fontFamily || 'sans-serif'}`)
      : (text) => [...text].length * fontPx * 0.6;
    return withSpacing(natural, fontPx, this.spacing);
  }

  private check = (): void => {
    const probe = this.observed;
    const box = probe?.getBoundingClientRect();
    // A removed or hidden element's probe has no size: nothing to measure, and no update to make (a removed
    // element that drew again would, with `share`, write its view into the page's hash).
    if (!probe || !box || !this.host.isConnected || (!box.width && !box.height)) return;
    const style = getComputedStyle(probe);
    const size = `${box.width}×${box.height}`;
    const spacing = spacingFromStyle(style.letterSpacing, style.wordSpacing, parseFloat(style.fontSize));
    const first = !this.size;
    const moved = size !== this.size || spacing.letter !== this.spacing.letter || spacing.word !== this.spacing.word;
    this.size = size;
    this.spacing = spacing;
    // The first report only sets the baseline, unless the spacing was already overridden before the first drawing.
    if (moved && (!first || spacing.letter || spacing.word)) this.changed();
  };

  private changed = (): void => {
    this.version++;
    this.host.requestUpdate();
  };
}

/** The probe's style, in every element that measures its labels: out of sight and of the accessibility tree. */
export const textProbeStyles = css`
  .text-probe {
    position: absolute;
    top: 0;
    left: 0;
    visibility: hidden;
    white-space: pre;
    pointer-events: none;
  }
`;
