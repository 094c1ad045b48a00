/**
 * CSV and TSV encoding in the browser (no `new Function`, unlike d3-dsv's parser).
 * CSV follows RFC 4180 (CRLF, double quotes doubled) with a UTF-8 byte-order mark so that Excel reads
 * accents right; the French layout uses `;` between cells and a decimal comma, as French Excel expects.
 */
import { csvCell, defuseFormula } from './csv-guard.js';

export type Cell = string | number | null;

export interface DelimitedOptions {
  /** `international`: `,` and `1.5`; `french`: `;` and `1,5`. */
  layout: 'international' | 'french';
}

export const BOM = '\uFEFF';

function numberText(value: number, layout: DelimitedOptions['layout']): string {
  const text = String(value);
  return layout === 'french' ? text.replace('.', ',') : text;
}

function textCell(value: Cell, layout: DelimitedOptions['layout']): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? numberText(value, layout) : '';
  // Cells a spreadsheet would run as a formula (`=HYPERLINK(…)`), here or after a `,` or `;`: see csv-guard.js.
  return defuseFormula(value);
}

/**
 * One CSV field. Text is defused and quoted when it holds either separator (`,` or `;`), a quote or a line
 * break (csv-guard.js). A number is written as it is: it is never a formula, and its decimal mark is never
 * the file's own separator (`1.5` with `,`, `1,5` with `;`).
 */
export function csvField(value: Cell, options: DelimitedOptions): string {
  return typeof value === 'string' ? csvCell(value) : textCell(value, options.layout);
}

/** A whole CSV document: BOM, header, rows, CRLF after every line. */
export function toCSV(header: readonly string[], rows: Iterable<readonly Cell[]>, options: DelimitedOptions): string {
  const separator = options.layout === 'french' ? ';' : ',';
  const lines = [header.map((h) => csvField(h, options)).join(separator)];
  for (const row of rows) lines.push(row.map((cell) => csvField(cell, options)).join(separator));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** How long the chunked writer works before it lets the page run: an input or a timer waits at most this. */
export const EXPORT_SLICE_MS = 40;

export interface ChunkedOptions extends DelimitedOptions {
  /** Called after each slice (and at the end) with the rows written so far. */
  onProgress?: (done: number) => void;
  /** Aborting it stops the writer at its next pause: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** How the writer lets the page run between slices (default: a new task). */
  pause?: () => Promise<unknown>;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/**
 * The document `toCSV` writes, in slices of at most EXPORT_SLICE_MS with a pause between them, so that a view of
 * 1,000,000 rows never holds the page for seconds: the parts of the file, for a `Blob` (never joined into one
 * string). Rejects when `signal` is aborted.
 */
export async function csvParts(header: readonly string[], rows: Iterable<readonly Cell[]>, options: ChunkedOptions): Promise<string[]> {
  const { signal, onProgress, pause = nextTask } = options;
  const separator = options.layout === 'french' ? ';' : ',';
  const parts = [BOM + header.map((h) => csvField(h, options)).join(separator) + '\r\n'];
  let lines: string[] = [];
  let done = 0;
  let start = performance.now();
  signal?.throwIfAborted();
  for (const row of rows) {
    lines.push(row.map((cell) => csvField(cell, options)).join(separator));
    done++;
    // The clock is read every 256 rows: reading it costs more than writing a short row.
    if ((done & 255) === 0 && performance.now() - start > EXPORT_SLICE_MS) {
      parts.push(lines.join('\r\n') + '\r\n');
      lines = [];
      onProgress?.(done);
      await pause();
      signal?.throwIfAborted();
      start = performance.now();
    }
  }
  if (lines.length > 0) parts.push(lines.join('\r\n') + '\r\n');
  onProgress?.(done);
  return parts;
}

/** Tab-separated text for the clipboard: tabs and line breaks inside cells become spaces; no quotes, no BOM. */
export function toTSV(header: readonly string[], rows: Iterable<readonly Cell[]>, options: DelimitedOptions): string {
  const field = (value: Cell) => textCell(value, options.layout).replace(/[\t\r\n]+/g, ' ');
  const lines = [header.map(field).join('\t')];
  for (const row of rows) lines.push(row.map(field).join('\t'));
  return lines.join('\n') + '\n';
}
