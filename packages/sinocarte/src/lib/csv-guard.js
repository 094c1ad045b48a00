// Spreadsheet formula injection (CSV injection): the one guard for every CSV Sinocarte writes, the table's
// export in the browser (src/lib/table-csv.ts) and the data package's downloads at build time (data/csv.mjs).
// Plain ECMAScript with no import and no DOM, so that Node and the browser bundle load the same file;
// its types are in csv-guard.d.ts.
//
// A spreadsheet runs a cell as a formula when it starts with = + - @, and some also with TAB, CR or NUL
// (OWASP; ASVS 5.0 V1.2.10). A cell holding a `,` or a `;` can start a field of its own when the file is
// read with the other separator (French spreadsheets split on `;`, others on `,`), so every piece of text
// after one of these counts as the start of a field too. Such a start gets a `'` in front of it, which
// spreadsheets show as text. A cell that is a plain number (`-3.5`, `1e-9`) is left as it is.

const TRIGGER = /(^|[,;])([=+\-@\t\r\0])/g;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The text with every formula start (at the beginning, or after `,` or `;`) prefixed with `'`. */
export function defuseFormula(text) {
  return PLAIN_NUMBER.test(text) ? text : text.replace(TRIGGER, "$1'$2");
}

/**
 * One CSV field (RFC 4180): defused, then quoted when it holds a `,` or a `;` (whatever the file's own
 * separator, so that either reading keeps it whole), a double quote or a line break.
 */
export function csvCell(text) {
  const safe = defuseFormula(text);
  return /[",;\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
