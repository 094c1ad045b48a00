import { readField, readList, UNREADABLE } from './read.js';

/**
 * The default source line of a view: the publishers and years of the documents behind the records it shows,
 * as an editor would write it under a chart ("Source : Ambassade de France en Chine, 2004").
 */

/** The fields of a source document that a source line reads (a subset of `SourceDocument`). */
export interface DocumentLike {
  id: string;
  publisher: string;
  date?: string;
}

/** Any record that cites documents (`sources: [{ document }]`), as every bundled record does. */
export interface SourcedLike {
  sources?: readonly { document: string }[];
}

/** One cited document, short: its publisher without the department or series, and its year if dated. */
export interface Credit {
  publisher: string;
  year: number | null;
}

/** The words around the credits, per language. */
export interface SourceLineWords {
  /** "Source : {list}" */
  one: string;
  /** "Sources : {list}" */
  other: string;
  /** Between two credits. */
  separator: string;
}

/**
 * The publisher as a source line names it: the body, without what follows a comma or an opening bracket
 * ("Ambassade de France en Chine, Service scientifique (série …)" → "Ambassade de France en Chine").
 */
export function shortPublisher(publisher: string): string {
  const cut = publisher.search(/,|\s\(/);
  return (cut > 0 ? publisher.slice(0, cut) : publisher).trim();
}

/**
 * The documents the records cite, most cited first (then in the order of `documents`), each once, with
 * the same publisher and year merged. Records without sources, and unknown documents, are skipped.
 */
export function creditsOf(records: Iterable<unknown>, documents: readonly DocumentLike[]): Credit[] {
  // Copies of a record share its list of sources: each list is read once, however many rows hold it
  // (a table of 100,000 rows rebuilds its source line on every search).
  // A host's record whose `sources` (or a source of it) cannot be read (a getter or a Proxy trap throws) cites
  // nothing: the line names the documents of the others.
  const lists = new Map<readonly unknown[], number>();
  for (const record of records) {
    const sources = readField(record, 'sources');
    if (Array.isArray(sources)) lists.set(sources, (lists.get(sources) ?? 0) + 1);
  }
  const counts = new Map<string, number>();
  for (const [sources, n] of lists) {
    const list = readList(sources);
    if (list === null || list === UNREADABLE) continue;
    // A record counts once per document, however many lines of it it cites.
    for (const id of new Set(list.map((s) => readField(s, 'document')))) {
      if (typeof id === 'string') counts.set(id, (counts.get(id) ?? 0) + n);
    }
  }
  const cited = documents
    .map((doc, order) => ({ doc, order, count: counts.get(doc.id) ?? 0 }))
    .filter((d) => d.count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order);
  const credits: Credit[] = [];
  for (const { doc } of cited) {
    const year = /^\d{4}/.test(doc.date ?? '') ? Number(doc.date!.slice(0, 4)) : null;
    const publisher = shortPublisher(doc.publisher);
    if (!credits.some((c) => c.publisher === publisher && c.year === year)) credits.push({ publisher, year });
  }
  return credits;
}

/** "Source : Ambassade de France en Chine, 2004", or an empty string when nothing is cited. */
export function formatSourceLine(credits: readonly Credit[], words: SourceLineWords): string {
  if (!credits.length) return '';
  const list = credits.map((c) => (c.year === null ? c.publisher : `${c.publisher}, ${c.year}`)).join(words.separator);
  return (credits.length === 1 ? words.one : words.other).replace('{list}', list);
}
