/**
 * The image a reader downloads: the view's own drawing with its title above and its source below, as one
 * standalone SVG file (its look in attributes and a `<style>` of its own: a file, not the page, so a strict
 * Content-Security-Policy has nothing to say about it). Pure string building; the DOM part (reading the
 * drawing and its computed styles, drawing the PNG) is in internal/download-writers.ts, which the download
 * menu fetches when it first needs it.
 */

export interface LegendEntry {
  label: string;
  /** A CSS colour, or a `url(#id)` pattern defined in the drawing. */
  fill: string;
}

export interface ImageParts {
  /** The drawing: a serialized `<svg>` element, its look inlined. */
  drawing: string;
  width: number;
  height: number;
  heading: string;
  description: string;
  legendTitle: string;
  legend: readonly LegendEntry[];
  source: string;
  note: string;
  font: string;
  colors: { text: string; muted: string; background: string };
  /** Measures a text in `font` (the page that makes the file can); without it, widths are estimated. */
  measure?: Measure;
}

/** The width in px of a text at a font size, bold or not. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** The estimate when nothing can measure: an average glyph is taken as 0.55 em (CJK glyphs, a full em). */
export const estimateWidth: Measure = (text, size) => [...text].reduce((sum, c) => sum + (/[\u2e80-\u9fff\uff00-\uffef]/.test(c) ? size : size * 0.55), 0);

export interface ComposedImage {
  svg: string;
  width: number;
  height: number;
}

const PAD = 16;
const SIZES = { heading: 20, description: 15, legend: 13, source: 12 } as const;

/** Text as XML character data or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * Lines of at most `width` px, cut at spaces, for a font of `size` px. SVG text does not wrap by itself, and
 * the file cannot measure: the page that makes it measures (`measure`), else widths are estimated.
 */
export function wrapText(text: string, width: number, size: number, measure = (s: string) => estimateWidth(s, size, false)): string[] {
  const lines: string[] = [];
  let line = '';
  // Breaks at spaces only, never at a no-break space ("Source\u00a0:").
  for (const word of text.split(/[ \t\r\n]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
    // A word longer than the line (a CJK sentence has no spaces): cut it where it overflows.
    while (measure(line) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The whole image: heading, description, drawing, legend, source and note, one below the other. */
export function composeImage(parts: ImageParts): ComposedImage {
  const width = Math.round(parts.width + 2 * PAD);
  const inner = width - 2 * PAD;
  const measure = parts.measure ?? estimateWidth;
  const out: string[] = [];
  let y = PAD;
  const block = (text: string, size: number, cls: string) => {
    const bold = cls === 'heading' || cls === 'legend-title';
    for (const line of wrapText(text, inner, size, (s) => measure(s, size, bold))) {
      y += size * 1.3;
      out.push(`<text x="${PAD}" y="${y.toFixed(1)}" class="${cls}">${escapeXml(line)}</text>`);
    }
  };
  if (parts.heading) block(parts.heading, SIZES.heading, 'heading');
  if (parts.description) block(parts.description, SIZES.description, 'description');
  if (parts.heading || parts.description) y += 8;
  // The drawing, placed as a nested <svg> (it keeps its own viewBox).
  out.push(parts.drawing.replace(/^<svg\b/, `<svg x="${PAD}" y="${y.toFixed(1)}"`));
  y += parts.height + 8;
  if (parts.legend.length) {
    const size = SIZES.legend;
    if (parts.legendTitle) block(parts.legendTitle, size, 'legend-title');
    y += size * 1.6;
    let x = PAD;
    for (const entry of parts.legend) {
      const labelWidth = measure(entry.label, size, false);
      if (x > PAD && x + 18 + labelWidth > width - PAD) {
        x = PAD;
        y += size * 1.6;
      }
      out.push(`<rect x="${x}" y="${(y - size * 0.85).toFixed(1)}" width="12" height="12" fill="${escapeXml(entry.fill)}" stroke="${escapeXml(parts.colors.muted)}" stroke-width="0.5"/>`);
      out.push(`<text x="${x + 16}" y="${y.toFixed(1)}" class="legend">${escapeXml(entry.label)}</text>`);
      x += 16 + labelWidth + 14;
    }
    y += 8;
  }
  if (parts.source) block(parts.source, SIZES.source, 'source');
  if (parts.note) block(parts.note, SIZES.source, 'source');
  const height = Math.ceil(y + PAD);
  const style = [
    `text { font-family: ${parts.font}; fill: ${parts.colors.text}; }`,
    `.heading { font-size: ${SIZES.heading}px; font-weight: 650; }`,
    `.description { font-size: ${SIZES.description}px; }`,
    `.legend-title { font-size: ${SIZES.legend}px; font-weight: 650; }`,
    `.legend { font-size: ${SIZES.legend}px; }`,
    `.source { font-size: ${SIZES.source}px; fill: ${parts.colors.muted}; }`,
  ].join(' ');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    // Character data: only & and < need escaping (a font name keeps its quotes).
    `<style>${style.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</style>` +
    `<rect width="100%" height="100%" fill="${escapeXml(parts.colors.background)}"/>` +
    out.join('') +
    `</svg>`;
  return { svg, width, height };
}
