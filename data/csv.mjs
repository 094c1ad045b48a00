// CSV encoding of the datasets, for spreadsheet users: one row per record, one column per leaf value.
// Pure functions, no I/O, so the build writes the files and the browser tests read them back with the
// same rules.
//
// Flattening rules (documented in packages/data/README.md):
// - nested objects become dotted columns: `revenue.value`, `title.fr`, `title.en`;
// - arrays of plain values are joined with " | ": `sectors.codes` = "ict | software";
// - a source reference is written `document:ref:start-end`; `sources` is one column, joined with " | ";
// - a flag is written `kind (field): note`; `flags` is one column, joined with " | ";
// - other arrays of objects get one numbered group of columns per item, from 1: `values.1.value`;
// - null, absent and empty arrays are empty cells; numbers and booleans are written as JavaScript does.
// Files start with a UTF-8 byte order mark (so spreadsheet software reads UTF-8) and follow RFC 4180:
// CRLF line breaks, fields quoted when they hold a comma, a semicolon, a double quote or a line break.
// Text a spreadsheet would run as a formula is defused with the guard the table's export uses
// (packages/sinocarte/src/lib/csv-guard.js: plain ECMAScript, no DOM).

import { csvCell } from '../packages/sinocarte/src/lib/csv-guard.js';

export const LIST_SEPARATOR = ' | ';
const BOM = '\uFEFF';

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const isSourceRef = (value) =>
  isObject(value) && typeof value.document === 'string' && typeof value.ref === 'string' && Array.isArray(value.lines);
const isFlag = (value) => isObject(value) && typeof value.kind === 'string' && typeof value.note === 'string' && !('value' in value);

/** `document:ref:start-end`, e.g. `torch-2004:§4 Liste des parcs technologiques:53-53`. */
export const formatSourceRef = (source) => `${source.document}:${source.ref}:${source.lines[0]}-${source.lines[1]}`;

/** `kind (field): note`, or `kind: note` when the flag is about the whole record. */
export const formatFlag = (flag) => `${flag.kind}${flag.field ? ` (${flag.field})` : ''}: ${flag.note}`;

const scalar = (value) => (value === null || value === undefined ? '' : String(value));

/**
 * One record as an ordered map of column name → cell text. Null and absent values produce no column
 * (toCsv fills the gaps with empty cells), so a column exists only if some record has a value there.
 */
export function flattenRecord(record) {
  const row = {};
  const visit = (value, path) => {
    if (value === null || value === undefined) return;
    if (isSourceRef(value)) {
      row[path] = formatSourceRef(value);
    } else if (Array.isArray(value)) {
      if (value.every((item) => !isObject(item) || isSourceRef(item))) {
        row[path] = value.map((item) => (isSourceRef(item) ? formatSourceRef(item) : scalar(item))).join(LIST_SEPARATOR);
      } else if (value.every(isFlag)) {
        row[path] = value.map(formatFlag).join(LIST_SEPARATOR);
      } else {
        value.forEach((item, i) => visit(item, `${path}.${i + 1}`));
      }
    } else if (isObject(value)) {
      for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
    } else {
      row[path] = scalar(value);
    }
  };
  visit(record, '');
  return row;
}

/**
 * Column order over many flattened rows: the order of the first row, and any column first met later
 * is placed right after the column that precedes it in its own row (so `specializations.3.label.fr`
 * lands after `specializations.2.…`, not at the end).
 */
export function columnsOf(rows) {
  const columns = [];
  const known = new Set();
  for (const row of rows) {
    let previous = -1;
    for (const column of Object.keys(row)) {
      if (known.has(column)) {
        previous = columns.indexOf(column);
        continue;
      }
      columns.splice(previous + 1, 0, column);
      known.add(column);
      previous += 1;
    }
  }
  return columns;
}

/**
 * The records as CSV text: byte order mark, header row, one row per record, CRLF after every row.
 * `keyOrder` lists the top-level fields in the order their columns should come (the schema's order);
 * without it, or for fields it does not list, columns come in the order the records first show them.
 */
export function toCsv(records, { keyOrder = [] } = {}) {
  const rows = records.map(flattenRecord);
  const rank = (column) => {
    const index = keyOrder.indexOf(column.split('.')[0]);
    return index === -1 ? keyOrder.length : index;
  };
  // Array.prototype.sort is stable: within a top-level field, columns keep their first-seen order.
  const columns = columnsOf(rows).sort((a, b) => rank(a) - rank(b));
  const lines = [columns, ...rows.map((row) => columns.map((column) => row[column] ?? ''))];
  return BOM + lines.map((cells) => cells.map(csvCell).join(',') + '\r\n').join('');
}

/** RFC 4180 CSV text (with or without byte order mark, CRLF or LF) as rows of cells. */
export function parseCsvRows(text) {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows = [];
  let row = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < source.length) {
    const char = source[i];
    if (char === '"' && cell === '') {
      // Quoted field: runs to the next lone double quote; "" is an escaped quote.
      i += 1;
      for (;;) {
        if (i >= source.length) throw new SyntaxError(`CSV: unterminated quoted field in row ${rows.length + 1}`);
        if (source[i] === '"') {
          if (source[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        cell += source[i];
        i += 1;
      }
      if (i < source.length && !',\r\n'.includes(source[i])) {
        throw new SyntaxError(`CSV: text after a closing quote in row ${rows.length + 1}`);
      }
      // An empty quoted field must still count as a cell even though `cell` is ''.
      if (i >= source.length) break;
      continue;
    }
    if (char === ',') {
      endCell();
      i += 1;
    } else if (char === '\r' || char === '\n') {
      endRow();
      i += char === '\r' && source[i + 1] === '\n' ? 2 : 1;
    } else {
      if (char === '"') throw new SyntaxError(`CSV: double quote inside an unquoted field in row ${rows.length + 1}`);
      cell += char;
      i += 1;
    }
  }
  // Text that does not end with a line break still holds a last row.
  if (cell !== '' || row.length > 0 || (source.length > 0 && !'\r\n'.includes(source[source.length - 1]))) endRow();
  return rows;
}

/** RFC 4180 CSV text with a header row as one object per row, keyed by column name. */
export function parseCsv(text) {
  const [header = [], ...rows] = parseCsvRows(text);
  return rows.map((cells, r) => {
    if (cells.length !== header.length) {
      throw new SyntaxError(`CSV: row ${r + 2} has ${cells.length} cells, the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((column, c) => [column, cells[c]]));
  });
}
