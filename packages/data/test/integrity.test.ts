// References between datasets resolve, so a component can join them without guarding every lookup.
import { expect } from '@open-wc/testing';
import { regions, parks, partnerships, sectors, provinceInnovation, discrepancies, typology, figures, figureSeries } from '@sinocarte/data';
import { allDatasets, arrayDatasets, eachObject, listed } from './helpers.js';

const ids = (records: readonly { id: string }[]) => new Set(records.map((r) => r.id));
const regionIds = ids(regions);

/** The field names that point into another dataset, and the ids they may hold. */
const references: Record<string, Set<string>> = {
  provinceId: regionIds,
  provinceIds: regionIds,
  memberIds: regionIds,
  parkIds: ids(parks),
  partnershipIds: ids(partnerships),
  partnershipId: ids(partnerships),
  // Internal to the typology: programmes and coordination types refer to each other.
  programmeIds: ids(typology.programmes),
  coordinationTypeIds: ids(typology.coordinationTypes),
};

describe('referential integrity', () => {
  it('gives every record a unique id within its dataset', () => {
    const duplicates = Object.entries(arrayDatasets).flatMap(([name, records]) => {
      const seen = new Set<string>();
      return records.flatMap((r) => (seen.has(r.id) ? [`${name}: ${r.id}`] : (seen.add(r.id), [])));
    });
    expect(duplicates, listed(duplicates)).to.deep.equal([]);
  });

  it('resolves every region, park, partnership, programme and coordination-type reference', () => {
    const broken: string[] = [];
    for (const [name, dataset] of Object.entries(allDatasets)) {
      eachObject(dataset, name, (node, path) => {
        for (const [key, known] of Object.entries(references)) {
          const value = node[key];
          if (value === undefined || value === null) continue;
          for (const ref of Array.isArray(value) ? value : [value]) {
            if (!known.has(ref as string)) broken.push(`${path}.${key} → ${String(ref)}`);
          }
        }
      });
    }
    expect(broken, listed(broken)).to.deep.equal([]);
  });

  it('uses only sector codes that exist in sectors', () => {
    const known = ids(sectors);
    const unknown = [
      ...parks.flatMap((p) => (p.sectors?.codes ?? []).filter((c) => !known.has(c)).map((c) => `${p.id} → ${c}`)),
      ...provinceInnovation.flatMap((r) =>
        r.specializations.flatMap((s) => s.sectors.filter((c) => !known.has(c)).map((c) => `${r.id} → ${c}`)),
      ),
    ];
    expect(unknown, listed(unknown)).to.deep.equal([]);
  });

  it('files every figure under a series of figureSeries, which says what it measures', () => {
    const series = new Map(figureSeries.map((s) => [s.id, s]));
    expect(figures.filter((f) => !series.has(f.series)).map((f) => `${f.id} → ${f.series}`)).to.deep.equal([]);
    expect(figureSeries.filter((s) => !figures.some((f) => f.series === s.id)).map((s) => s.id), 'series without rows').to.deep.equal([]);
    // A named dimension value is one some row of the series uses (no name for nothing).
    const unused = figureSeries.flatMap((s) =>
      Object.entries(s.dimensions ?? {}).flatMap(([key, names]) =>
        Object.keys(names)
          .filter((value) => !figures.some((f) => f.series === s.id && String(f.dimension?.[key]) === value))
          .map((value) => `${s.id}.${key}.${value}`),
      ),
    );
    expect(unused, listed(unused)).to.deep.equal([]);
  });

  it('points every discrepancy at existing datasets and records', () => {
    const datasetNames = new Set(Object.keys(allDatasets));
    const recordIds = new Set([
      ...Object.values(arrayDatasets).flatMap((records) => records.map((r) => r.id)),
      ...typology.programmes.map((p) => p.id),
      ...typology.coordinationTypes.map((c) => c.id),
    ]);
    const broken = discrepancies.flatMap((d) => [
      ...d.datasets.filter((name) => !datasetNames.has(name)).map((name) => `${d.id}: dataset ${name}`),
      ...(d.recordIds ?? []).filter((r) => !recordIds.has(r)).map((r) => `${d.id}: record ${r}`),
    ]);
    expect(broken, listed(broken)).to.deep.equal([]);
  });
});
