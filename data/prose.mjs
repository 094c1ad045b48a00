// Reused prose: a run of words a record shares with a source document. Facts come from the documents; the
// sentences are ours, so outside the fields that quote a source (listed in QUOTATION_KEYS), no string may
// share a run of RUN_LENGTH words or more with any source. Pure functions, used by build.mjs.

export const RUN_LENGTH = 8;

/**
 * Keys whose strings quote a source on purpose, by dataset: the park table's specialisation phrases,
 * the sectors' source phrases, the documents' own titles and the competing values of a discrepancy.
 */
export const QUOTATION_KEYS = { parks: ['phrase'], sectors: ['phrases'], documents: ['title', 'file'], discrepancies: ['value'] };

/**
 * Lower-case words, apostrophes and punctuation folded away, so a light retouch still matches. An elided article
 * belongs to its word, and a hyphenated name ("Saint-Jacques-de-Compostelle") is one word: names are facts, not prose.
 */
export function words(text) {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\b(qu|[cdjlmnst])[’'`](?=\p{L})/gu, '$1') // l'eau, d'une: one word, as read
    .replace(/[’'`]/g, ' ')
    .split(/(?:[^\p{L}\p{N}-]|(?<![\p{L}\p{N}])-|-(?![\p{L}\p{N}]))+/u)
    .filter(Boolean);
}

/** Every run of `n` consecutive words of the texts, joined by single spaces. */
export function runsOf(texts, n = RUN_LENGTH) {
  const runs = new Set();
  for (const text of texts) {
    // A source's words run on across line breaks, so a sentence broken over two lines is one run.
    const w = words(text);
    for (let i = 0; i + n <= w.length; i++) runs.add(w.slice(i, i + n).join(' '));
  }
  return runs;
}

/** The longest stretches of `text` made of runs found in `sourceRuns`, as strings; empty when none. */
export function sharedRuns(text, sourceRuns, n = RUN_LENGTH) {
  const w = words(text);
  const found = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i + n <= w.length; i++) {
    if (!sourceRuns.has(w.slice(i, i + n).join(' '))) continue;
    if (start >= 0 && i <= end) end = i + n;
    else {
      if (start >= 0) found.push(w.slice(start, end).join(' '));
      start = i;
      end = i + n;
    }
  }
  if (start >= 0) found.push(w.slice(start, end).join(' '));
  return found;
}
