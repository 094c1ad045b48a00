/**
 * The download menu's list and file writers: its items and what they do, the drawing as a standalone SVG, the
 * composed image (heading, legend, source line), its PNG through a canvas, and the CSV. Loaded with a dynamic
 * `import()` the first time the reader focuses or opens a menu or a host asks for a file (`DownloadMenu` in
 * download.ts): a page that nobody downloads from never fetches them.
 */
import { css, html, type TemplateResult } from 'lit';
import { composeImage, estimateWidth, type ComposedImage, type LegendEntry, type Measure } from '../lib/export-image.js';
import { toCSV, type Cell } from '../lib/table-csv.js';
import type { DownloadMenu, DownloadStrings, SaveKind } from './download.js';
import { useLateStyles } from './late-styles.js';
import { saveFile } from './save-file.js';

/** The drawing of the current view, as an element hands it to its download menu. */
export interface Drawing {
  svg: SVGSVGElement;
  legendTitle?: string;
  legend?: LegendEntry[];
}

/** The frame's texts baked into the image. */
export interface ImageTexts {
  heading: string;
  description: string;
  source: string;
  note: string;
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

/** Measures texts in a font as the file will draw them (a canvas of the page); estimates when there is none. */
function fontMeasure(font: string): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateWidth;
  return (text, size, bold) => {
    context.font = `${bold ? 650 : 400} ${size}px ${font}`;
    return context.measureText(text).width;
  };
}

/** The image of a drawing: its look inlined, the frame's texts around it, the host's colours and font. */
export function drawingImage(host: HTMLElement, drawing: Drawing, texts: ImageTexts): ComposedImage {
  const style = getComputedStyle(drawing.svg);
  const hostStyle = getComputedStyle(host);
  const box = drawing.svg.viewBox.baseVal;
  return composeImage({
    drawing: standaloneSvg(drawing.svg),
    width: box?.width || drawing.svg.clientWidth,
    height: box?.height || drawing.svg.clientHeight,
    ...texts,
    legendTitle: drawing.legendTitle ?? '',
    legend: drawing.legend ?? [],
    font: style.fontFamily,
    measure: fontMeasure(style.fontFamily),
    colors: {
      text: hostStyle.color,
      muted: hostStyle.getPropertyValue('--_muted').trim() || '#59636e',
      background: hostStyle.getPropertyValue('--_bg').trim() || '#ffffff',
    },
  });
}

/** The data behind a view as CSV (BOM, CRLF; `;` and decimal comma in the French layout). */
export function dataCsv(header: string[], rows: Cell[][], layout: 'french' | 'international'): string {
  return toCSV(header, rows, { layout });
}

/**
 * The file a reader picked in a download menu: the data as CSV, or the image of the view as SVG or PNG (1× or
 * 2×), with its name; null when the view has no image yet. Rejects when the browser refuses (a CSP, no canvas).
 */
export async function menuFile(menu: DownloadMenu, kind: SaveKind): Promise<{ blob: Blob; file: string } | null> {
  const name = menu.source.name();
  if (kind === 'csv') return { blob: new Blob([await menu.csv()], { type: 'text/csv;charset=utf-8' }), file: `${name}.csv` };
  const image = await menu.image();
  if (!image) return null;
  if (kind === 'svg') return { blob: new Blob([image.svg], { type: 'image/svg+xml' }), file: `${name}.svg` };
  const scale = kind === 'png2' ? 2 : 1;
  return { blob: await svgToPng(image, scale), file: `${name}${scale === 2 ? '@2x' : ''}.png` };
}

/** Writes the file the reader picked, saves it, and says so in the menu's status line (or that the browser refused). */
async function save(menu: DownloadMenu, kind: SaveKind, details: HTMLDetailsElement): Promise<void> {
  details.open = false;
  details.querySelector('summary')?.focus();
  try {
    const picked = await menuFile(menu, kind);
    if (!picked) return;
    saveFile(menu.host, picked.blob, picked.file);
    menu.said(picked.file);
  } catch {
    menu.said(null);
  }
}

/** The list's look, added to the element's styles when the list first arrives (late-styles.ts). */
const listStyles = css`
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
`;

/** The menu's list: PNG at 1× and 2× and SVG when the view is a drawing, and CSV. */
export function menuList(menu: DownloadMenu, images: boolean, t: DownloadStrings): TemplateResult {
  useLateStyles(menu.host, listStyles);
  const kinds: SaveKind[] = images ? ['png', 'png2', 'svg', 'csv'] : ['csv'];
  return html`<ul class="download-list" aria-label=${t.label}>
    ${kinds.map(
      (kind) => html`<li>
        <button type="button" class="download-item" data-kind=${kind} @click=${(e: Event) => save(menu, kind, (e.currentTarget as Element).closest('details')!)}>${t[kind]}</button>
      </li>`,
    )}
  </ul>`;
}

/** What download.ts uses of this module, as one binding: the embed build imports it with no namespace object. */
export const writers = { drawingImage, dataCsv, svgToPng, menuList };
