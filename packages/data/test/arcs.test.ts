// The topology's arcs are shipped as a compact string (data/arcs.mjs) decoded the first time
// @sinocarte/data/china-topology's `arcs` is read: the decoding must give back any arcs exactly, and quickly.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import topoJson from '@sinocarte/data/china.topo.json';
import { chinaTopology } from '@sinocarte/data/china-topology';
import { decodeArcs, encodeArcs } from '../../../data/arcs.mjs';

const arcs = (topoJson as unknown as { arcs: [number, number][][] }).arcs;

describe('the compact arcs of the topology', () => {
  it('decode to the arcs of china.topo.json, number for number', () => {
    expect(decodeArcs(encodeArcs(arcs))).to.deep.equal(arcs);
  });

  it('decode to any arcs exactly: large and negative values, one-point arcs, runs of equal deltas', () => {
    const value = fc.oneof(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -100_000, max: 100_000 }));
    const point = fc.tuple(value, value);
    const arc = fc.tuple(fc.tuple(fc.nat(100_000), fc.nat(100_000)), fc.array(point, { maxLength: 40 })).map(([first, rest]) => [first, ...rest]);
    fc.assert(
      fc.property(fc.array(arc, { minLength: 1, maxLength: 20 }), (input) => {
        const text = encodeArcs(input);
        expect(text).not.to.match(/<\/|<!--/);
        expect(decodeArcs(text)).to.deep.equal(input);
      }),
      { numRuns: 300 },
    );
  });

  it('are decoded when first read, not when the module loads, then kept: the same arcs, in JSON too', () => {
    const descriptor = Object.getOwnPropertyDescriptor(chinaTopology, 'arcs')!;
    expect(typeof descriptor.get, 'a getter').to.equal('function');
    expect(descriptor.enumerable).to.equal(true);
    expect(chinaTopology.arcs).to.deep.equal(arcs);
    expect(chinaTopology.arcs, 'decoded once').to.equal(chinaTopology.arcs);
    expect(JSON.parse(JSON.stringify(chinaTopology)).arcs).to.deep.equal(arcs);
  });

  it('decodes all 9,421 points in under 5 ms (the best of 9 runs: the machine is shared, a run can wait for the CPU)', () => {
    const text = encodeArcs(arcs);
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      const start = performance.now();
      decodeArcs(text);
      times.push(performance.now() - start);
    }
    expect(Math.min(...times)).to.be.below(5);
  });
});
