// What the elements import of the regions and the sectors (issue 12, page weights): their ids and names only,
// written by the data build beside the records. They must say what the records say, in French (base/) and in
// every language (the embed file's copy).
import { expect } from '@open-wc/testing';
import { regions } from '@sinocarte/data/regions';
import { sectors } from '@sinocarte/data/sectors';
import { regions as baseRegions } from '@sinocarte/data/base/regions';
import { sectors as baseSectors } from '@sinocarte/data/base/sectors';
import { regionNames } from '@sinocarte/data/region-names';
import { sectorLabels } from '@sinocarte/data/sector-labels';
import { regionNames as baseRegionNames } from '@sinocarte/data/base/region-names';
import { sectorLabels as baseSectorLabels } from '@sinocarte/data/base/sector-labels';

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
});
