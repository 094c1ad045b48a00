/**
 * How the table fits its columns to their content: each column at least as wide as its longest word (no
 * "Créati/on"), a word being what lies between spaces, hyphens and slashes, and each Chinese character a word
 * of its own (Chinese wraps between any two). A run longer than `LONG_WORD` characters (a code, an address)
 * is no word a reader needs whole: it may wrap anywhere rather than widen its column.
 */

export const LONG_WORD = 30;

const BREAKS = /[\s\-‐–—/\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/u;

/** Characters of the longest word of `text` (see above). */
export function longestWord(text: string): number {
  let longest = 0;
  for (const word of text.split(BREAKS)) if (word.length > longest) longest = word.length;
  return longest;
}

/** Whether `text` holds a run that may wrap anywhere (longer than `LONG_WORD` characters). */
export function hasLongWord(text: string): boolean {
  // Most cells are shorter than that: no split for them.
  return text.length > LONG_WORD && longestWord(text) > LONG_WORD;
}

/**
 * For a table too long to lay out every row (a virtual list), the rows that decide each column's width: the
 * one with the longest text (its width when there is room) and the one with the longest word (its narrowest),
 * read from the data over at most `limit` rows spread evenly (1,000: a few milliseconds for a table of 100,000), not from the rows' DOM. `texts(c, r)` gives the
 * text the cell of column `c`, row `r` shows, or null when missing. Returns per column the rows to render.
 */
export function widestRows(columns: number, rows: number, texts: (column: number, row: number) => string | null, limit = 1000): number[][] {
  const step = Math.max(1, rows / limit);
  const result: number[][] = [];
  for (let c = 0; c < columns; c++) {
    let longText = -1;
    let longTextRow = -1;
    let longWord = -1;
    let longWordRow = -1;
    for (let i = 0; i < rows; i += step) {
      const r = Math.floor(i);
      const text = texts(c, r);
      if (text === null) continue;
      if (text.length > longText) {
        longText = text.length;
        longTextRow = r;
      }
      // A long run wraps anywhere: it does not decide the column's narrowest width. A text no longer than the
      // longest word so far cannot hold a longer one (most cells: no splitting).
      if (text.length <= longWord) continue;
      const word = longestWord(text);
      if (word > longWord && word <= LONG_WORD) {
        longWord = word;
        longWordRow = r;
      }
    }
    result.push([...new Set([longTextRow, longWordRow])].filter((r) => r >= 0));
  }
  return result;
}
