// The headings of each source document, read from its own text, and the check that a record's source
// label (`ref`) names the part of the document its line range is in. Pure functions: build.mjs feeds them
// the text files, and a browser test feeds them the index build.mjs wrote (data/source-headings.json).
//
// An index is a list of parts { label, start, end } (1-based inclusive lines). Labels:
//   evaluation-2011: "§4.2.1.5" (numbered sections, nested), "Tableau 12", "Encadré 7", "Figure 5",
//     "Annexe N", "Recommandation 3" — a part runs from its heading to the line before the next heading
//     of the same or a higher level (a table, box or figure to the next heading or caption of any kind);
//   torch-2004: "§1" … "§5" (the numbered "#" headings) and "Introduction" (what precedes them);
//   the three short documents: their own one-line headings, "Introduction" before the first one, and for
//     sophia-chengdu "Article" (the post, from its title to the sharing links).

const CAPTION = /^\s*(Tableau|Encadré|Figure)\s+(\d+)\s+\p{Lu}/u;

/** Parts of the 2011 evaluation: sections, tables, boxes, figures, annexes, recommendations. */
function evaluationParts(lines) {
  const parts = [];
  const open = []; // sections still open, deepest last: { part, depth }
  let chapter = 0;
  let floating = null; // table, box, figure or recommendation still open
  let annex = null;
  const closeFloating = (n) => {
    if (floating) floating.end = n - 1;
    floating = null;
  };
  const closeSections = (depth, n) => {
    while (open.length && open[open.length - 1].depth >= depth) open.pop().part.end = n - 1;
  };
  const seen = new Set();
  lines.forEach((line, i) => {
    const n = i + 1;
    let m;
    if ((m = /^\s*Annexe ([A-P])\s+\p{Lu}/u.exec(line))) {
      closeFloating(n);
      closeSections(1, n);
      if (annex) annex.end = n - 1;
      annex = { label: `Annexe ${m[1]}`, start: n, end: lines.length };
      parts.push(annex);
      return;
    }
    if (!annex && (m = /^\s+([1-9])\.\s+\S/.exec(line)) && Number(m[1]) === chapter + 1) {
      chapter += 1;
      closeFloating(n);
      closeSections(1, n);
      const part = { label: `§${chapter}`, start: n, end: lines.length };
      parts.push(part);
      open.push({ part, depth: 1 });
      seen.add(`${chapter}`);
      return;
    }
    if (!annex && (m = /^\s*([1-9](?:\.\d+)+)\s+\S/.exec(line))) {
      const number = m[1];
      const depth = number.split('.').length;
      const parent = number.split('.').slice(0, -1).join('.');
      // The report skips one number: "8.1.1" follows "8." with no "8.1"; such a first child implies its parent.
      const implied = !seen.has(parent) && /\.1$/.test(parent) && /\.1$/.test(number) && seen.has(parent.split('.').slice(0, -1).join('.'));
      if (Number(number.split('.')[0]) === chapter && (seen.has(parent) || implied)) {
        if (implied) {
          const part = { label: `§${parent}`, start: n, end: lines.length };
          parts.push(part);
          open.push({ part, depth: depth - 1 });
          seen.add(parent);
        }
        closeFloating(n);
        closeSections(depth, n);
        const part = { label: `§${number}`, start: n, end: lines.length };
        parts.push(part);
        open.push({ part, depth });
        seen.add(number);
        return;
      }
    }
    if ((m = CAPTION.exec(line)) || (m = /^\s*(Recommandation)\s+(\d+)\b/.exec(line))) {
      closeFloating(n);
      floating = { label: `${m[1]} ${m[2]}`, start: n, end: lines.length };
      parts.push(floating);
    }
  });
  const last = lines.length;
  for (const { part } of open) part.end = Math.min(part.end, last);
  return parts;
}

/** Parts of a document whose headings are one-line paragraphs (or markdown "#" lines for torch-2004). */
function shortDocumentParts(lines, documentId) {
  const parts = [];
  const isHeading = (line, i) => {
    const text = line.trim();
    if (documentId === 'torch-2004') return /^#{2,4}\s*\**\s*\d\)/.test(text);
    if (!text || i === 0 || text.length > 60 || /[.;,:»]$/.test(text) || /\t/.test(text) || /^\d/.test(text)) return false;
    return !lines[i - 1]?.trim() && !lines[i + 1]?.trim();
  };
  let current = null;
  lines.forEach((line, i) => {
    // A paragraph led by a short label and a colon ("Le delta du Yangtsé : …") is a part of its own.
    const lead = documentId === 'torch-2004' ? null : /^([^:.;]{3,40}?)\s*:\s/.exec(line.trim());
    if (lead) parts.push({ label: lead[1], start: i + 1, end: i + 1 });
    if (!isHeading(line, i)) return;
    if (current) current.end = i;
    const label = documentId === 'torch-2004' ? `§${/(\d)\)/.exec(line)[1]}` : line.trim();
    if (!current) parts.unshift({ label: 'Introduction', start: 1, end: i });
    current = { label, start: i + 1, end: lines.length };
    parts.push(current);
  });
  if (documentId === 'sophia-chengdu') {
    const end = lines.findIndex((l) => /^Partagez cette page/.test(l.trim()));
    return [{ label: 'Article', start: 1, end: end > 0 ? end : lines.length }];
  }
  return parts;
}

/** The heading index of one document, from its text. */
export function headingIndex(text, documentId) {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return documentId === 'evaluation-2011' ? evaluationParts(lines) : shortDocumentParts(lines, documentId);
}

const ORDINAL = { '1st': 0, first: 0, premier: 0, '2nd': 1, second: 1 };

/**
 * Why a source's `ref` does not name the part of the document its lines are in, or null when it does.
 * A ref is one or more labels separated by ", " or in parentheses, e.g. "Annexe N, Tableau 22",
 * "§6.1.2 (Figure 5)", "§7.2.2.1 (2nd)" (the second of two headings with that number), "§3.1.1, note 14"
 * (the lines are that footnote), or a range of sections "§7.2.2.2-7.2.2.3".
 * @param {{ document: string, ref: string, lines: [number, number] }} source
 * @param {Record<string, { label: string, start: number, end: number }[]>} index headings per document
 * @param {Record<string, string[]>} [texts] lines per document, to check footnote numbers when available
 */
export function refProblem(source, index, texts) {
  const parts = index[source.document];
  if (!parts) return `no heading index for ${source.document}`;
  const [from, to] = source.lines;
  const pieces = source.ref.split(/,\s*|\s*\(|\)/).map((p) => p.trim()).filter(Boolean);
  let nth = null;
  const labels = [];
  for (const piece of pieces) {
    if (piece.toLowerCase() in ORDINAL) nth = ORDINAL[piece.toLowerCase()];
    else if (/^note \d+$/.test(piece)) {
      const number = piece.slice(5);
      // A footnote's text starts with its number, within the cited lines or just before (notes run on).
      const text = texts?.[source.document];
      const start = new RegExp(`^\\s*${number}\\s+\\S`);
      if (text && !text.slice(Math.max(0, from - 9), to).some((l) => start.test(l))) return `"${source.ref}": lines ${from}–${to} hold no footnote ${number}`;
    } else labels.push(piece);
  }
  if (!labels.length) return `"${source.ref}" names no part of the document`;
  const notes = pieces.some((p) => /^note \d+$/.test(p));
  for (const label of labels) {
    let spans;
    const range = /^§(\d+(?:\.\d+)*)-(\d+(?:\.\d+)*)$/.exec(label);
    if (range) {
      const first = parts.find((p) => p.label === `§${range[1]}`);
      const last = parts.find((p) => p.label === `§${range[2]}`);
      spans = first && last ? [{ start: first.start, end: last.end }] : [];
    } else spans = parts.filter((p) => p.label === label);
    if (!spans.length) return `"${source.ref}": the document has no heading "${label}"`;
    if (nth !== null) spans = spans.slice(nth, nth + 1);
    // A footnote is printed at the foot of its page, which may fall a little after the part that calls it.
    const inside = notes ? (s) => from >= s.start && from <= s.end + 40 : (s) => from >= s.start && to <= s.end;
    if (!spans.some(inside)) {
      const where = spans.map((s) => `${s.start}–${s.end}`).join(' or ');
      const around = parts.filter((p) => from >= p.start && from <= p.end).map((p) => p.label);
      return `"${source.ref}": lines ${from}–${to} are not inside ${label} (${where}); line ${from} is in ${around.join(' > ') || 'no part'}`;
    }
  }
  return null;
}
