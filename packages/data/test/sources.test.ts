// Every fact can be traced: a record without a source, or a source pointing past the end of its
// document, would send a reader to the wrong place.
import { expect } from '@open-wc/testing';
import { documents, discrepancies, parks, typology } from '@sinocarte/data';
import { arrayDatasets, eachObject, listed, type Node } from './helpers.js';

const lineCounts = new Map(documents.map((d) => [d.id as string, d.lineCount]));

/** Why a source reference is unusable, or null when it is fine. */
function sourceProblem(source: unknown): string | null {
  const s = source as Node;
  if (typeof s?.document !== 'string' || !lineCounts.has(s.document)) return `unknown document ${String(s?.document)}`;
  if (typeof s.ref !== 'string' || !s.ref.trim()) return 'empty ref';
  const lines = s.lines as unknown;
  if (!Array.isArray(lines) || lines.length !== 2 || !lines.every((n) => Number.isInteger(n))) return 'lines is not [start, end]';
  const [start, end] = lines as [number, number];
  if (start < 1 || start > end) return `lines ${start}-${end} not ascending from 1`;
  if (end > lineCounts.get(s.document)!) return `lines ${start}-${end} past the end of ${s.document} (${lineCounts.get(s.document)} lines)`;
  return null;
}

describe('sources', () => {
  it('lists the five documents', () => {
    expect(documents.map((d) => d.id).sort()).to.deep.equal(
      ['evaluation-2011', 'france-taiwan', 'provincial-innovation-2026', 'sophia-chengdu', 'torch-2004'],
    );
  });

  // documents are the sources; a discrepancy cites a source per value (checked below).
  const sourcedDatasets = Object.entries(arrayDatasets).filter(([name]) => !['documents', 'discrepancies'].includes(name));

  for (const [name, records] of sourcedDatasets) {
    it(`gives every ${name} record at least one valid source`, () => {
      const problems: string[] = [];
      for (const record of records) {
        const sources = (record as unknown as Node).sources;
        if (!Array.isArray(sources) || sources.length === 0) problems.push(`${record.id}: no source`);
        // Nested parts may carry their own sources too: check every SourceRef under the record.
        eachObject(record, record.id, (node, path) => {
          if (!Array.isArray(node.sources)) return;
          node.sources.forEach((source, i) => {
            const problem = sourceProblem(source);
            if (problem) problems.push(`${path}.sources[${i}]: ${problem}`);
          });
        });
      }
      expect(problems, listed(problems)).to.deep.equal([]);
    });
  }

  it('gives every sourced part of the typology a valid source', () => {
    const parts: [string, Node][] = [
      ['planes.objectives', typology.planes.objectives as unknown as Node],
      ['planes.coordination', typology.planes.coordination as unknown as Node],
      ['phases', typology.phases as unknown as Node],
      ...[typology.planes.objectives, typology.planes.coordination].flatMap((plane, p) =>
        plane.quadrants.map((q, i) => [`plane ${p} quadrant ${i}`, q as unknown as Node] as [string, Node]),
      ),
      ...typology.programmes.map((x) => [x.id, x as unknown as Node] as [string, Node]),
      ...typology.coordinationTypes.map((x) => [x.id, x as unknown as Node] as [string, Node]),
      ...typology.phases.typologies.map((x) => [x.id, x as unknown as Node] as [string, Node]),
    ];
    const problems: string[] = [];
    for (const [path, part] of parts) {
      const sources = part.sources;
      if (!Array.isArray(sources) || sources.length === 0) problems.push(`${path}: no source`);
      else sources.forEach((s, i) => {
        const problem = sourceProblem(s);
        if (problem) problems.push(`${path}.sources[${i}]: ${problem}`);
      });
    }
    expect(problems, listed(problems)).to.deep.equal([]);
  });

  it('gives every value of every discrepancy a valid source', () => {
    const problems = discrepancies.flatMap((d) =>
      d.values.flatMap((v, i) => {
        const problem = sourceProblem(v.source);
        return problem ? [`${d.id}.values[${i}]: ${problem}`] : [];
      }),
    );
    expect(problems, listed(problems)).to.deep.equal([]);
  });
});

describe('recorded discrepancies', () => {
  it('records that the text announces 54 parks while the list has 53', () => {
    const parkCount = discrepancies.find(
      (d) => d.datasets.includes('parks') && d.values.some((v) => /\b54\b/.test(v.value)) && d.values.some((v) => /\b53\b/.test(v.value)),
    );
    expect(parkCount, 'a parks discrepancy with a value of 54 and one of 53').to.not.equal(undefined);
    expect(parkCount!.shown).to.match(/\b53\b/);
    expect(parkCount!.values.every((v) => v.source.document === 'torch-2004')).to.equal(true);
  });

  it('files Changzhou under Jiangsu, flagged corrected, with the discrepancy behind it', () => {
    const changzhou = parks.find((p) => p.city === 'Changzhou');
    expect(changzhou, 'the Changzhou park').to.not.equal(undefined);
    expect(changzhou!.provinceId).to.equal('CN-JS');
    expect(changzhou!.flags?.some((f) => f.kind === 'corrected' && f.field === 'provinceId')).to.equal(true);
    expect(discrepancies.some((d) => d.recordIds?.includes(changzhou!.id))).to.equal(true);
  });
});
