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

/** Tab-separated text for the clipboard: tabs and line breaks inside cells become spaces; no quotes, no BOM. */
export function toTSV(header: readonly string[], rows: Iterable<readonly Cell[]>, options: DelimitedOptions): string {
  const field = (value: Cell) => textCell(value, options.layout).replace(/[\t\r\n]+/g, ' ');
  const lines = [header.map(field).join('\t')];
  for (const row of rows) lines.push(row.map(field).join('\t'));
  return lines.join('\n') + '\n';
}
