// What the elements import of the regions, the sectors and the typology (issue 12, page weights): the regions' and
// sectors' ids and names, the typology's planes apart from its types view, written by the data build beside the
// records. They must say what the records say, in French (base/) and in every language (the embed file's copy).
import { expect } from '@open-wc/testing';
import { regions } from '@sinocarte/data/regions';
import { sectors } from '@sinocarte/data/sectors';
import { regions as baseRegions } from '@sinocarte/data/base/regions';
import { sectors as baseSectors } from '@sinocarte/data/base/sectors';
import { regionNames } from '@sinocarte/data/region-names';
import { sectorLabels } from '@sinocarte/data/sector-labels';
import { regionNames as baseRegionNames } from '@sinocarte/data/base/region-names';
import { sectorLabels as baseSectorLabels } from '@sinocarte/data/base/sector-labels';
import { typology } from '@sinocarte/data/typology';
import { typology as baseTypology } from '@sinocarte/data/base/typology';
import { typologyPlanes } from '@sinocarte/data/typology-planes';
import { typologyTypes } from '@sinocarte/data/typology-types';
import { typologyPlanes as basePlanes } from '@sinocarte/data/base/typology-planes';
import { typologyTypes as baseTypes } from '@sinocarte/data/base/typology-types';

describe('@sinocarte/data: the regions\' names and the sectors\' labels', () => {
  it('hold every region with its id and its names, and nothing else', () => {
    expect(regionNames).to.deep.equal(regions.map(({ id, name }) => ({ id, name })));
    expect(baseRegionNames).to.deep.equal(baseRegions.map(({ id, name }) => ({ id, name })));
    expect(regionNames.find((r) => r.id === 'CN-BJ')!.name).to.deep.equal({ fr: 'Pékin', en: 'Beijing', zh: '北京' });
    expect(baseRegionNames.find((r) => r.id === 'CN-BJ')!.name).to.deep.equal({ fr: 'Pékin', en: 'Beijing' });
  });

  it('hold every sector with its id and its label, and nothing else', () => {
    expect(sectorLabels).to.deep.equal(sectors.map(({ id, label }) => ({ id, label })));
    expect(baseSectorLabels).to.deep.equal(baseSectors.map(({ id, label }) => ({ id, label })));
    expect(sectorLabels.find((s) => s.id === 'software')!.label).to.include({ fr: 'Logiciels' });
    expect(Object.keys(baseSectorLabels[0].label)).to.deep.equal(['fr']);
  });

  it('split the typology into its planes and its types view, leaving out of the planes only what the element does not show', () => {
    expect(typologyPlanes).to.deep.equal({ planes: typology.planes, programmes: typology.programmes });
    expect(typologyTypes).to.deep.equal({ coordinationTypes: typology.coordinationTypes, phases: typology.phases });
    expect(baseTypes).to.deep.equal({ coordinationTypes: baseTypology.coordinationTypes, phases: baseTypology.phases });
    expect(basePlanes.programmes.map((p) => p.id)).to.deep.equal(baseTypology.programmes.map((p) => p.id));
    const without = <T extends object>(record: T, keys: string[]) => Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
    baseTypology.programmes.forEach((programme, i) => {
      const sources = programme.sources.map(({ document, ref }) => ({ document, ref }));
      expect(basePlanes.programmes[i]).to.deep.equal({ ...without(programme, ['flags', 'partnershipIds', 'coordinationTypeIds']), sources });
    });
    for (const id of ['objectives', 'coordination'] as const) {
      const plane = baseTypology.planes[id];
      const quadrants = plane.quadrants.map(({ id, x, y, label }) => ({ id, x, y, label }));
      expect(basePlanes.planes[id]).to.deep.equal({ ...without(plane, ['flags', 'sources']), quadrants });
    }
  });
});
