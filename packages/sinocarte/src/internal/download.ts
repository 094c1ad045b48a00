import { css, html, nothing, type TemplateResult } from 'lit';
import { composeImage, type ComposedImage, type LegendEntry } from '../lib/export-image.js';
import { toCSV, type Cell } from '../lib/table-csv.js';
import { interpolate } from './i18n.js';
import { frameMessages } from '../i18n/frame.js';
import type { SinoElement } from './sino-element.js';
import type { EditorialFrame } from './frame.js';

/** What an element hands its download menu. */
export interface DownloadSource {
  /** File name without extension (`sinocarte-map`). */
  name: () => string;
  /** The drawing of the current view, or nothing when the element has no image to give. */
  drawing?: () => { svg: SVGSVGElement; legendTitle?: string; legend?: LegendEntry[] } | null;
  /** Whether the view shown now is a drawing (default: whenever `drawing` is given). */
  hasImage?: () => boolean;
  /** The data behind the view: header and rows, written with the table's CSV writer. */
  data: () => { header: string[]; rows: Cell[][] };
}

/** Presentation properties copied from the computed style onto each shape of the exported drawing. */
const PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'] as const;

/**
 * The drawing as a standalone `<svg>`: every shape carries its computed look as attributes (the page's
 * classes, custom properties and shadow styles do not travel), a CSSOM transform becomes an attribute, and
 * what is hidden or only for assistive technology is left out.
 */
export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const target = copies[i] as SVGElement;
    const style = getComputedStyle(original);
    if (style.display === 'none' || style.visibility === 'hidden') {
      target.setAttribute('data-drop', '');
      return;
    }
    const isText = original.localName === 'text' || original.localName === 'tspan';
    for (const name of PAINT) {
      if (!isText && (name.startsWith('font') || name === 'text-anchor' || name === 'dominant-baseline')) continue;
      const value = style.getPropertyValue(name);
      if (value && value !== 'normal' && value !== 'auto') target.setAttribute(name, value);
    }
    if (style.transform && style.transform !== 'none' && original !== svg) target.setAttribute('transform', style.transform);
    for (const attr of [...target.attributes]) {
      if (attr.name === 'class' || attr.name === 'part' || attr.name === 'style' || attr.name === 'tabindex' || attr.name === 'role' || attr.name.startsWith('aria-')) {
        target.removeAttribute(attr.name);
      }
    }
  });
  for (const dropped of copy.querySelectorAll('[data-drop]')) dropped.remove();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(copy);
}

/** Draws an SVG file into a canvas at `scale` and gives the PNG. Rejects when the page forbids it (CSP). */
export async function svgToPng(image: ComposedImage, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([image.svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image(image.width, image.height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.width * scale);
    canvas.height = Math.round(image.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.scale(scale, scale);
    context.drawImage(img, 0, 0, image.width, image.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a file the reader asked for: a Blob URL and an `<a download>` click, no inline script needed. */
export function saveFile(host: SinoElement, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  host.renderRoot.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The download menu of an element: PNG (1× and 2×) and SVG of the current view with its heading and source
 * line baked in, and the data behind it as CSV. A disclosure (`<details>`): Enter or Space opens it, Tab moves
 * through its buttons, Escape closes it and gives the focus back to its button.
 */
export class DownloadMenu {
  private status = '';

  constructor(
    private readonly host: SinoElement,
    private readonly frame: EditorialFrame,
    private readonly source: DownloadSource,
  ) {}

  private get t() {
    return frameMessages[this.host.locale];
  }

  private get layout(): 'french' | 'international' {
    return this.host.locale === 'fr' ? 'french' : 'international';
  }

  /** The image of the current view, title and source included, or null when the element draws none yet. */
  image(): ComposedImage | null {
    const drawing = this.source.drawing?.();
    if (!drawing) return null;
    const style = getComputedStyle(drawing.svg);
    const hostStyle = getComputedStyle(this.host);
    const box = drawing.svg.viewBox.baseVal;
    return composeImage({
      drawing: standaloneSvg(drawing.svg),
      width: box?.width || drawing.svg.clientWidth,
      height: box?.height || drawing.svg.clientHeight,
      heading: this.frame.texts().heading,
      description: this.frame.texts().description,
      legendTitle: drawing.legendTitle ?? '',
      legend: drawing.legend ?? [],
      source: this.frame.texts().source,
      note: this.frame.texts().note,
      font: style.fontFamily,
      colors: {
        text: hostStyle.color,
        muted: hostStyle.getPropertyValue('--_muted').trim() || '#59636e',
        background: hostStyle.getPropertyValue('--_bg').trim() || '#ffffff',
      },
    });
  }

  /** The data behind the view as CSV (BOM, CRLF; `;` and decimal comma in French). */
  csv(): string {
    const { header, rows } = this.source.data();
    return toCSV(header, rows, { layout: this.layout });
  }

  /** The PNG of the current view at `scale` (1 or 2). */
  async png(scale = 1): Promise<Blob | null> {
    const image = this.image();
    return image ? svgToPng(image, scale) : null;
  }

  private async save(kind: 'png' | 'png2' | 'svg' | 'csv', details: HTMLDetailsElement): Promise<void> {
    const name = this.source.name();
    const t = this.t;
    details.open = false;
    details.querySelector('summary')?.focus();
    try {
      if (kind === 'csv') {
        saveFile(this.host, new Blob([this.csv()], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
        this.done(`${name}.csv`);
        return;
      }
      const image = this.image();
      if (!image) return;
      if (kind === 'svg') {
        saveFile(this.host, new Blob([image.svg], { type: 'image/svg+xml' }), `${name}.svg`);
        this.done(`${name}.svg`);
        return;
      }
      const scale = kind === 'png2' ? 2 : 1;
      const file = `${name}${scale === 2 ? '@2x' : ''}.png`;
      saveFile(this.host, await svgToPng(image, scale), file);
      this.done(file);
    } catch {
      this.status = t.download.refused;
      this.host.requestUpdate();
    }
  }

  private done(file: string): void {
    this.status = interpolate(this.t.download.saved, { file });
    this.host.requestUpdate();
  }

  private onKeyDown = (e: KeyboardEvent) => {
    const details = e.currentTarget as HTMLDetailsElement;
    if (e.key === 'Escape' && details.open) {
      e.preventDefault();
      e.stopPropagation();
      details.open = false;
      details.querySelector('summary')?.focus();
    }
  };

  render(): TemplateResult {
    const t = this.t.download;
    const images = !!this.source.drawing && (this.source.hasImage?.() ?? true);
    const item = (kind: 'png' | 'png2' | 'svg' | 'csv', label: string) =>
      html`<li>
        <button type="button" class="download-item" data-kind=${kind} @click=${(e: Event) => this.save(kind, (e.currentTarget as Element).closest('details')!)}>${label}</button>
      </li>`;
    return html`<details class="download-menu" part="download" @keydown=${this.onKeyDown}>
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
  .download-menu summary {
    display: inline-flex;
    align-items: center;
    min-height: 32px;
    padding: 4px 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font-size: 1.0769em;
    cursor: pointer;
    list-style: none;
  }
  .download-menu summary::-webkit-details-marker {
    display: none;
  }
  .download-menu summary::after {
    content: '▾';
    margin-inline-start: 6px;
  }
  .download-menu summary:focus-visible,
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
