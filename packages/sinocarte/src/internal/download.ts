import { css, html, nothing, type TemplateResult } from 'lit';
import type { ComposedImage } from '../lib/export-image.js';
import type { Cell } from '../lib/table-csv.js';
import type { Drawing } from './download-writers.js';
import { frameMessages } from '../i18n/frame.js';
import type { SinoElement } from './sino-element.js';
import type { EditorialFrame } from './frame.js';
import { Dismissal } from './dismiss.js';
import { saveFile } from './save-file.js';
import { interpolate } from './i18n.js';

/** What an element hands its download menu. */
export interface DownloadSource {
  /** File name without extension (`sinocarte-map`). */
  name: () => string;
  /** The drawing of the current view, or nothing when the element has no image to give. */
  drawing?: () => Drawing | null;
  /** Whether the view shown now is a drawing (default: whenever `drawing` is given). */
  hasImage?: () => boolean;
  /** The data behind the view: header and rows, written with the table's CSV writer. */
  data: () => { header: string[]; rows: Cell[][] };
}

type Writers = typeof import('./download-writers.js');
/** What the menu offers to save. */
export type SaveKind = 'png' | 'png2' | 'svg' | 'csv';
let writers: Promise<Writers> | undefined;

/**
 * The file writers (download-writers.ts), fetched once per page the first time a menu opens or a host asks
 * for a file; a failed fetch is tried again on the next call.
 */
export function loadWriters(): Promise<Writers> {
  return (writers ??= import('./download-writers.js').catch((error: unknown) => {
    writers = undefined;
    throw error;
  }));
}

/**
 * The download menu of an element: PNG (1× and 2×) and SVG of the current view with its heading and source
 * line baked in, and the data behind it as CSV. A disclosure (`<details>`): Enter or Space opens it, Tab moves
 * through its buttons, Escape closes it and gives the focus back to its button.
 */
export class DownloadMenu {
  private status = '';

  constructor(
    readonly host: SinoElement,
    private readonly frame: EditorialFrame,
    readonly source: DownloadSource,
  ) {}

  private get t() {
    return frameMessages[this.host.locale];
  }

  /**
   * The image of the current view, title and source included, or null when the element draws none yet.
   * Asynchronous: the writers are fetched the first time (see `loadWriters`).
   */
  async image(): Promise<ComposedImage | null> {
    const { drawingImage } = await loadWriters();
    const drawing = this.source.drawing?.();
    return drawing ? drawingImage(this.host, drawing, this.frame.texts()) : null;
  }

  /** The data behind the view as CSV (BOM, CRLF; `;` and decimal comma in French). */
  async csv(): Promise<string> {
    const { dataCsv } = await loadWriters();
    const { header, rows } = this.source.data();
    return dataCsv(header, rows, this.host.locale === 'fr' ? 'french' : 'international');
  }

  /** The PNG of the current view at `scale` (1 or 2). */
  async png(scale = 1): Promise<Blob | null> {
    const image = await this.image();
    return image ? (await loadWriters()).svgToPng(image, scale) : null;
  }

  /**
   * Saves the file the reader picked (written by download-writers.ts, fetched when the menu opened) and says so
   * in the menu's status line, or that the browser refused.
   */
  private async save(kind: SaveKind, details: HTMLDetailsElement): Promise<void> {
    details.open = false;
    details.querySelector('summary')?.focus();
    const t = this.t.download;
    try {
      const picked = await (await loadWriters()).menuFile(this, kind);
      if (!picked) return;
      saveFile(this.host, picked.blob, picked.file);
      this.status = interpolate(t.saved, { file: picked.file });
    } catch {
      this.status = t.refused;
    }
    this.host.requestUpdate();
  }

  private dismissal?: Dismissal;

  /**
   * Opening the menu fetches the writers, so that the file is ready when the reader picks it. While it is open,
   * Escape closes it (the focus back on its button) and so does a press outside it (dismiss.ts).
   */
  private onToggle = (e: Event) => {
    const details = e.currentTarget as HTMLDetailsElement;
    if (!details.open) {
      this.dismissal?.release();
      return;
    }
    loadWriters().catch(() => undefined);
    this.dismissal = new Dismissal(
      (reason) => {
        details.open = false;
        if (reason === 'escape') details.querySelector('summary')?.focus();
      },
      () => details,
    );
    this.dismissal.open();
  };

  render(): TemplateResult {
    const t = this.t.download;
    const images = !!this.source.drawing && (this.source.hasImage?.() ?? true);
    const item = (kind: SaveKind, label: string) =>
      html`<li>
        <button type="button" class="download-item" data-kind=${kind} @click=${(e: Event) => this.save(kind, (e.currentTarget as Element).closest('details')!)}>${label}</button>
      </li>`;
    return html`<details class="download-menu" part="download" @toggle=${this.onToggle}>
        <summary part="download-button">${t.label}</summary>
        <ul class="download-list" aria-label=${t.label}>
          ${images ? html`${item('png', t.png)}${item('png2', t.png2)}${item('svg', t.svg)}` : nothing}${item('csv', t.csv)}
        </ul>
      </details>
      <p class="download-status" role="status">${this.status}</p>`;
  }
}

export const downloadStyles = css`
  .download-menu {
    position: relative;
    flex: 0 0 auto;
    margin-inline-start: auto;
  }
  /* Its box is the frame's button (internal/frame.ts), which every element with this menu includes. */
  .download-menu summary {
    display: inline-flex;
    align-items: center;
    list-style: none;
  }
  .download-menu summary::-webkit-details-marker {
    display: none;
  }
  .download-menu summary::after {
    content: '▾';
    margin-inline-start: 6px;
  }
  .download-item:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .download-list {
    position: absolute;
    inset-inline-end: 0;
    bottom: calc(100% + 4px);
    z-index: 3;
    width: max-content;
    max-width: min(320px, 90vw);
    margin: 0;
    padding: 4px;
    list-style: none;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.18);
  }
  .download-item {
    display: block;
    width: 100%;
    min-height: 32px;
    padding: 4px 10px;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-size: 1.0769em;
    text-align: start;
    cursor: pointer;
  }
  .download-item:hover {
    background: var(--_surface);
  }
  .download-status {
    flex-basis: 100%;
    margin: 0;
  }
  .download-status:empty {
    display: none;
  }
  @media print {
    .download-menu {
      display: none;
    }
  }
`;
