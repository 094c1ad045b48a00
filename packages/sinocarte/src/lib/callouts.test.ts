import { expect } from '@open-wc/testing';
import { placeCallouts } from './callouts.js';

describe('placeCallouts', () => {
  it('puts a lone marker one size below its region', () => {
    expect(placeCallouts([{ id: 'HK', at: [100, 50] }], 24)).to.deep.equal([{ id: 'HK', anchor: [100, 50], marker: [100, 74] }]);
  });

  it('moves two close markers apart sideways, west one to the west, until they do not overlap', () => {
    const [mo, hk] = placeCallouts(
      [
        { id: 'HK', at: [108, 50] },
        { id: 'MO', at: [100, 52] },
      ],
      24,
    );
    expect(mo.id).to.equal('MO');
    expect(hk.id).to.equal('HK');
    expect(Math.hypot(hk.marker[0] - mo.marker[0], hk.marker[1] - mo.marker[1])).to.be.at.least(24);
    expect(mo.marker[0]).to.be.below(100);
    expect(hk.marker[0]).to.be.above(108);
    // Symmetric: the pair stays centred on its regions.
    expect((mo.marker[0] + hk.marker[0]) / 2).to.be.closeTo(104, 1e-9);
  });

  it('leaves markers far apart where they are, and gives the same answer whatever the input order', () => {
    const a = { id: 'A', at: [0, 0] as const };
    const b = { id: 'B', at: [500, 0] as const };
    expect(placeCallouts([a, b], 24).map((c) => c.marker)).to.deep.equal([
      [0, 24],
      [500, 24],
    ]);
    const three = [a, { id: 'C', at: [5, 1] as const }, { id: 'D', at: [9, 0] as const }];
    const once = placeCallouts(three, 24);
    expect(placeCallouts([...three].reverse(), 24)).to.deep.equal(once);
    for (let i = 0; i < once.length; i++)
      for (let j = i + 1; j < once.length; j++) expect(Math.hypot(once[i].marker[0] - once[j].marker[0], once[i].marker[1] - once[j].marker[1])).to.be.at.least(24 - 1e-6);
  });

  it('within bounds: beside its region when there is no room below, on the side with more room, and always whole inside', () => {
    const bounds = [
      [0, 0],
      [300, 200],
    ] as const;
    // Room below: as without bounds.
    expect(placeCallouts([{ id: 'HK', at: [100, 100] }], 24, 4, bounds)[0].marker).to.deep.equal([100, 124]);
    // At the bottom, right half: to the left of the region (more room there).
    expect(placeCallouts([{ id: 'HI', at: [200, 190] }], 24, 4, bounds)[0].marker).to.deep.equal([176, 188]);
    // At the bottom, left half: to the right.
    expect(placeCallouts([{ id: 'HI', at: [50, 190] }], 24, 4, bounds)[0].marker).to.deep.equal([74, 188]);
    // Near a side: kept whole inside.
    expect(placeCallouts([{ id: 'X', at: [295, 20] }], 24, 4, bounds)[0].marker).to.deep.equal([288, 44]);
  });
});
