// Every source label (`ref`) names the part of the document its lines are in. The heading index is read
// from the documents' own text by data/headings.mjs (data/build.mjs writes it to data/source-headings.json
// whenever the texts are at hand), so a label can no longer drift from its lines unnoticed.
import { expect } from '@open-wc/testing';
import { discrepancies } from '@sinocarte/data';
// Served as a module by the test server's JSON plugin (import attributes trip its transform).
import index from '../../../data/source-headings.json';
import { headingIndex, refProblem } from '../../../data/headings.mjs';
import { runsOf, sharedRuns } from '../../../data/prose.mjs';
import { allDatasets, eachObject, listed } from './helpers.js';

type Source = { document: string; ref: string; lines: [number, number] };
const isSource = (node: Record<string, unknown>): node is Source & Record<string, unknown> =>
  typeof node.document === 'string' && typeof node.ref === 'string' && Array.isArray(node.lines);

describe('source labels against the documents’ headings', () => {
  it('indexes the evaluation’s sections, tables, boxes and recommendations', () => {
    const labels = new Set(index['evaluation-2011'].map((p) => p.label));
    for (const label of ['§4.2.1.5', '§6.4.1', '§8.1', '§8.1.7', 'Tableau 21', 'Encadré 7', 'Recommandation 13', 'Annexe N']) expect(labels.has(label), label).to.equal(true);
    // The report has no §4.3: §4.2.3 is followed by chapter 5.
    expect(labels.has('§4.3')).to.equal(false);
  });

  it('rejects the labels the audit found wrong, and accepts their corrections', () => {
    const at = (ref: string, lines: [number, number]) => refProblem({ document: 'evaluation-2011', ref, lines }, index);
    expect(at('§4.3', [2006, 2009])).to.match(/no heading "§4\.3"/);
    expect(at('§4.2.1.5', [2006, 2009])).to.equal(null);
    expect(at('§6.1.2', [5133, 5142])).to.match(/not inside §6\.1\.2/);
    expect(at('§6.4.2', [5133, 5142])).to.equal(null);
    expect(at('Encadré 7', [2937, 2939])).to.match(/not inside Encadré 7/);
    expect(at('§5.2.1.1', [2937, 2939])).to.equal(null);
    expect(at('§6.3', [4764, 4766])).to.match(/not inside §6\.3/);
    // Two headings share the number 7.2.2.1; an ordinal picks one.
    expect(at('§7.2.2.1 (2nd)', [5790, 5795])).to.equal(null);
    expect(at('§7.2.2.1 (1st)', [5790, 5795])).to.match(/not inside/);
  });

  it('builds the index of a short document from its one-line headings', () => {
    const text = 'Title line\n\nIntro text.\n\nFirst part\n\nLead : a paragraph.\n\nSecond part\n\nMore text.';
    expect(headingIndex(text, 'france-taiwan')).to.deep.equal([
      { label: 'Introduction', start: 1, end: 4 },
      { label: 'First part', start: 5, end: 8 },
      { label: 'Lead', start: 7, end: 7 },
      { label: 'Second part', start: 9, end: 11 },
    ]);
  });

  it('finds every source label of every dataset where its lines are', () => {
    const problems: string[] = [];
    for (const [name, dataset] of Object.entries({ ...allDatasets, discrepancies })) {
      eachObject(dataset, name, (node, path) => {
        if (!isSource(node)) return;
        const problem = refProblem(node, index);
        if (problem) problems.push(`${path}: ${problem}`);
      });
    }
    expect(problems, listed(problems)).to.deep.equal([]);
  });
});

describe('reused prose', () => {
  // The full check against the five documents runs in data/build.mjs (the texts are not shipped); here, the rule.
  const runs = runsOf(['Il s’agit du plus ancien jumelage d’une ville française en Chine, fêté en 2011.']);

  it('finds a run of eight words shared with a source, across case, apostrophes and punctuation', () => {
    expect(sharedRuns('Dit le plus ancien jumelage d’une ville française en Chine.', runs)).to.deep.equal(['plus ancien jumelage dune ville française en chine']);
    expect(sharedRuns("Le plus ancien jumelage d'une ville française en Chine", runs)).to.have.length(1);
  });

  it('lets the same facts through in other words, and shorter runs', () => {
    expect(sharedRuns('Doyen des jumelages entre villes françaises et chinoises (30 ans en 2011).', runs)).to.deep.equal([]);
    expect(sharedRuns('plus ancien jumelage d’une ville française', runs)).to.deep.equal([]);
  });
});
