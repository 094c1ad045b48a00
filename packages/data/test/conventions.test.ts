// The record conventions the components and the README promise: partial dates that are real days,
// and no one named personally (the package describes institutions, not people).
import { expect } from '@open-wc/testing';
import { events } from '@sinocarte/data';
import { allDatasets, eachString, listed } from './helpers.js';

/** Keys that hold a partial date (figures use `period` for "YYYY-YYYY" spans, checked apart). */
const DATE_KEYS = new Set(['date', 'endDate', 'from', 'to']);
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Why a partial date is not a real one, or null when it is. */
function dateProblem(text: string): string | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return 'not YYYY, YYYY-MM or YYYY-MM-DD';
  const [, year, month, day] = match.map(Number);
  if (match[2] !== undefined && (month < 1 || month > 12)) return 'no such month';
  if (match[3] !== undefined) {
    // Date.UTC rolls 30 February over into March: a real day comes back unchanged.
    const parsed = new Date(Date.UTC(year, month - 1, day));
    if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) return 'no such day';
  }
  return null;
}

describe('dates', () => {
  it('checks calendar days, not only the pattern', () => {
    expect(dateProblem('2004')).to.equal(null);
    expect(dateProblem('2004-06')).to.equal(null);
    expect(dateProblem('2024-02-29')).to.equal(null);
    expect(dateProblem('2023-02-29')).to.equal('no such day');
    expect(dateProblem('2011-13')).to.equal('no such month');
    expect(dateProblem('2011-6-1')).to.not.equal(null);
  });

  it('writes every date as YYYY, YYYY-MM or YYYY-MM-DD and a real calendar date', () => {
    const problems: string[] = [];
    for (const [name, dataset] of Object.entries(allDatasets)) {
      eachString(dataset, name, (text, key, path) => {
        if (!DATE_KEYS.has(key)) return;
        const problem = dateProblem(text);
        if (problem) problems.push(`${path} = ${text}: ${problem}`);
      });
    }
    expect(problems, listed(problems)).to.deep.equal([]);
  });

  it('writes figure periods as YYYY-YYYY, first year first', () => {
    const problems: string[] = [];
    eachString(allDatasets.figures, 'figures', (text, key, path) => {
      if (key !== 'period') return;
      const [from, to] = text.split('-').map(Number);
      if (!/^\d{4}-\d{4}$/.test(text) || from > to) problems.push(`${path} = ${text}`);
    });
    expect(problems, listed(problems)).to.deep.equal([]);
  });

  it('never ends an event before it starts', () => {
    // Partial dates compare as strings: "2010" < "2010-06" < "2010-06-18".
    const backwards = events.filter((e) => e.endDate && e.endDate < e.date).map((e) => e.id);
    expect(backwards).to.deep.equal([]);
  });
});

describe('no personal names', () => {
  // A list of names to forbid would only catch the names someone thought of; courtesy titles are how
  // the source documents introduce people, so their absence is what shows nobody is named.
  const TITLES = [
    /(^|[^\p{L}])M\.\s/u, // M. Dupont
    /(^|[^\p{L}])MM\.\s/u, // MM. Dupont et Durand
    /(^|[^\p{L}])Mmes?\.?\s/u, // Mme Dupont, Mmes
    /(^|[^\p{L}])Mlle\.?\s/u,
    /\b(Monsieur|Madame|Mademoiselle|Messieurs|Mesdames)\b/i,
    /(^|[^\p{L}])(Mr|Mrs|Ms)\.?\s+\p{Lu}/u, // Mr Smith, Mrs. Smith
  ];

  it('recognises the titles it looks for', () => {
    const hits = (text: string) => TITLES.some((t) => t.test(text));
    expect(hits('reçu par M. Dupont')).to.equal(true);
    expect(hits('Mme Durand, maire')).to.equal(true);
    expect(hits('selon Madame la présidente')).to.equal(true);
    expect(hits('met Mr Smith')).to.equal(true);
    expect(hits('12.5 M EUR')).to.equal(false);
    expect(hits('Maison de la Chine')).to.equal(false);
  });

  it('has no courtesy title followed by a name in any string of any dataset', () => {
    const found: string[] = [];
    for (const [name, dataset] of Object.entries(allDatasets)) {
      eachString(dataset, name, (text, _key, path) => {
        if (TITLES.some((t) => t.test(text))) found.push(`${path}: “${text.slice(0, 80)}”`);
      });
    }
    expect(found, listed(found)).to.deep.equal([]);
  });
});
