import { css, html, type ReactiveController, type TemplateResult } from 'lit';
import { frameMessages } from '../i18n/frame.js';
import type { SinoElement } from './sino-element.js';
import { Dismissal } from './dismiss.js';

/** The class a host takes when the Fullscreen API is missing or refused: fixed over the whole viewport. */
export const FALLBACK_CLASS = 'sino-fullscreen';

/**
 * The fullscreen button of every element (the editorial frame draws it in its footer). It asks the browser
 * for the Fullscreen API on the host; when the API is missing or refused (an iframe without
 * `allow="fullscreen"`, a browser that says no), the host takes the `sino-fullscreen` class instead, which
 * the frame's styles make fixed over the whole viewport. The button, or Escape, leaves either. Its label and
 * `aria-pressed` follow the state.
 */
export class FullscreenController implements ReactiveController {
  /** Whether the host fills the screen now, and how. */
  mode: 'none' | 'native' | 'fallback' = 'none';

  constructor(private readonly host: SinoElement) {
    host.addController(this);
  }

  get active(): boolean {
    return this.mode !== 'none';
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.onChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.onChange);
    this.dismissal.release();
    if (this.mode === 'fallback') this.set('none');
  }

  private set(mode: FullscreenController['mode']): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.host.classList.toggle(FALLBACK_CLASS, mode === 'fallback');
    if (mode === 'fallback') this.dismissal.open();
    else this.dismissal.release();
    this.host.requestUpdate();
  }

  private onChange = () => {
    const native = document.fullscreenElement === this.host;
    if (native) this.set('native');
    else if (this.mode === 'native') this.set('none');
  };

  /** Escape leaves the fallback (the browser handles it for the API), after closing a menu opened in it (dismiss.ts). */
  private dismissal = new Dismissal(() => this.set('none'));

  /** Fills the screen: the API if the browser grants it, else the fallback class. */
  async enter(): Promise<void> {
    if (this.active) return;
    const request = this.host.requestFullscreen as (() => Promise<void>) | undefined;
    if (typeof request === 'function' && document.fullscreenEnabled !== false) {
      try {
        await request.call(this.host);
        if (document.fullscreenElement === this.host) {
          this.set('native');
          return;
        }
      } catch {
        // Refused: the fallback below.
      }
    }
    this.set('fallback');
  }

  /** Back into the page. */
  async exit(): Promise<void> {
    if (this.mode === 'native' && document.fullscreenElement === this.host) {
      try {
        await document.exitFullscreen();
      } catch {
        // Already left.
      }
    }
    this.set('none');
  }

  toggle(): Promise<void> {
    return this.active ? this.exit() : this.enter();
  }

  render(): TemplateResult {
    const t = frameMessages[this.host.locale].fullscreen;
    return html`<button type="button" class="fullscreen-button" part="fullscreen-button" aria-pressed=${this.active ? 'true' : 'false'} @click=${() => this.toggle()}>
      ${this.active ? t.exit : t.enter}
    </button>`;
  }
}

export const fullscreenStyles = css`
  .fullscreen-button {
    flex: 0 0 auto;
    margin-inline-start: auto;
  }
  .fullscreen-button + .download-menu {
    margin-inline-start: 0;
  }
  /* Important: a page rule on the host beats :host, but not an important declaration of the shadow root. */
  :host(.sino-fullscreen) {
    position: fixed !important;
    inset: 0 !important;
    z-index: 2147483000 !important;
    width: auto !important;
    height: auto !important;
    max-width: none !important;
    max-height: none !important;
    margin: 0 !important;
    overflow: auto !important;
    padding: 16px !important;
    background: var(--_bg) !important;
  }
  :host(:fullscreen) {
    overflow: auto;
    padding: 16px;
    background: var(--_bg);
  }
  @media print {
    .fullscreen-button {
      display: none;
    }
  }
`;
