import { css, html, nothing, type TemplateResult } from 'lit';
import type { ComposedImage } from '../lib/export-image.js';
import type { Cell } from '../lib/table-csv.js';
import type { Drawing } from './download-writers.js';
import { frameMessages } from '../i18n/frame.js';
import type { SinoElement } from './sino-element.js';
import type { EditorialFrame } from './frame.js';
import { Dismissal } from './dismiss.js';
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

type Writers = (typeof import('./download-writers.js'))['writers'];
/** What the menu offers to save. */
export type SaveKind = 'png' | 'png2' | 'svg' | 'csv';
/** The menu's strings in the element's language. */
export type DownloadStrings = (typeof frameMessages)['fr']['download'];
let writers: Promise<Writers> | undefined;
/** The writers once they have arrived: the menu's list is theirs to draw. */
let arrived: Writers | undefined;

/**
 * The file writers and the menu's list (download-writers.ts), fetched once per page the first time a menu is
 * focused or opened or a host asks for a file; a failed fetch is tried again on the next call.
 */
export function loadWriters(): Promise<Writers> {
  return (writers ??= import('./download-writers.js').then((m) => m.writers).then(
    (m) => (arrived = m),
    (error: unknown) => {
      writers = undefined;
      throw error;
    },
  ));
}

/**
 * The download menu of an element: PNG (1× and 2×) and SVG of the current view with its heading and source
 * line baked in, and the data behind it as CSV. A disclosure (`<details>`): Enter or Space opens it, Tab moves
 * through its buttons, Escape closes it and gives the focus back to its button. Its button is drawn at once;
 * its list, with the writers, arrives the first time the button is focused or the menu opens.
 */
export class DownloadMenu {
  /** The menu's status line (a file saved, or the browser's refusal). */
  status = '';

  constructor(
    readonly host: SinoElement,
    private readonly frame: EditorialFrame,
    readonly source: DownloadSource,
  ) {}

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

  /** Says in the status line that this file was saved, or (null) that the browser refused to write it. */
  said(file: string | null): void {
    const t = frameMessages[this.host.locale].download;
    this.status = file ? interpolate(t.saved, { file }) : t.refused;
    this.host.requestUpdate();
  }

  private dismissal?: Dismissal;

  /**
   * Fetches the writers and the list the first time the menu's button takes the focus or the menu opens, and draws
   * the list once they are here; a failed fetch is said in the status line (the next try fetches again).
   */
  private fetchList = () => {
    if (!arrived) {
      loadWriters().then(
        () => this.host.requestUpdate(),
        () => this.said(null),
      );
    }
  };

  /**
   * Opening the menu draws its list (fetched with the writers the first time), so that the file is ready when
   * the reader picks it. While it is open, Escape closes it (the focus back on its button) and so does a press
   * outside it (dismiss.ts).
   */
  private onToggle = (e: Event) => {
    const details = e.currentTarget as HTMLDetailsElement;
    if (!details.open) {
      this.dismissal?.release();
      return;
    }
    this.fetchList();
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
    const t = frameMessages[this.host.locale].download;
    const images = !!this.source.drawing && (this.source.hasImage?.() ?? true);
    return html`<details class="download-menu" part="download" @toggle=${this.onToggle}>
        <summary part="download-button" @focus=${this.fetchList}>${t.label}</summary>
        ${arrived ? arrived.menuList(this, images, t) : nothing}
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
