import { expect } from '@open-wc/testing';
import { indexPoints, nearestPoint } from './point-index.js';

describe('point index (hit-testing points drawn as one shape)', () => {
  const points: [number, number][] = [
    [10, 10],
    [14, 10],
    [100, 100],
    [-30, 5],
    [NaN, 3],
  ];
  const index = indexPoints(points, 8);

  it('picks the point under the pointer, the nearest of two close ones', () => {
    expect(nearestPoint(index, 10.5, 10, 4)).to.equal(0);
    expect(nearestPoint(index, 13, 11, 4)).to.equal(1);
    expect(nearestPoint(index, 99, 101, 4)).to.equal(2);
  });

  it('finds points in neighbouring cells and at negative coordinates', () => {
    // 15.9 is in the cell of 8–16, the point at 14 too; 17 is in the next cell over.
    expect(nearestPoint(index, 17, 10, 4)).to.equal(1);
    expect(nearestPoint(index, -27, 6, 4)).to.equal(3);
  });

  it('returns -1 beyond the reach, between points and for a point that cannot be placed', () => {
    expect(nearestPoint(index, 50, 50, 4)).to.equal(-1);
    expect(nearestPoint(index, 10, 14.01, 4)).to.equal(-1);
    expect(nearestPoint(index, NaN, 3, 4)).to.equal(-1);
    expect(nearestPoint(index, 10, 10, -1)).to.equal(-1);
  });

  it('of two points at the same place, the one drawn last (on top) wins', () => {
    const same = indexPoints([[5, 5], [5, 5], [6, 5]], 10);
    expect(nearestPoint(same, 5, 5, 3)).to.equal(1);
  });

  it('gives the answer a scan of every point gives, with a reach wider than the cells', () => {
    let seed = 3;
    const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const many = Array.from({ length: 2000 }, () => [rand() * 900, rand() * 700] as [number, number]);
    const grid = indexPoints(many, 6);
    for (let probe = 0; probe < 300; probe++) {
      const [x, y, reach] = [rand() * 900, rand() * 700, probe % 3 === 0 ? 40 : 5];
      let expected = -1;
      let best = reach * reach;
      many.forEach(([px, py], i) => {
        const d = (px - x) ** 2 + (py - y) ** 2;
        if (d <= best) [expected, best] = [i, d];
      });
      expect(nearestPoint(grid, x, y, reach), `probe ${probe}`).to.equal(expected);
    }
  });
});
