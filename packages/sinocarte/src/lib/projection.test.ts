import { expect } from '@open-wc/testing';
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { chinaTopology } from '@sinocarte/data/china-topology';
import { fitProjection } from './projection.js';

const topology = chinaTopology as unknown as Topology;
const provinces = feature(topology, topology.objects.provinces) as FeatureCollection;

describe('fitProjection', () => {
  for (const [width, height] of [
    [280, 210],
    [1600, 900],
    [400, 800],
  ]) {
    it(`fits the 34 regions inside a ${width}×${height} box with its margin`, () => {
      const [[x0, y0], [x1, y1]] = geoPath(fitProjection(provinces, width, height, 8)).bounds(provinces);
      expect(x0).to.be.at.least(7.5);
      expect(y0).to.be.at.least(7.5);
      expect(x1).to.be.at.most(width - 7.5);
      expect(y1).to.be.at.most(height - 7.5);
      // Fills the limiting dimension.
      expect(Math.max((x1 - x0) / (width - 16), (y1 - y0) / (height - 16))).to.be.closeTo(1, 0.01);
    });
  }

  it('puts Beijing north-east of Chengdu and Urumqi west of both', () => {
    const p = fitProjection(provinces, 800, 600);
    const [bx, by] = p([116.4, 39.9])!;
    const [cx, cy] = p([104.07, 30.67])!;
    const [ux] = p([87.6, 43.8])!;
    expect(bx).to.be.greaterThan(cx);
    expect(by).to.be.lessThan(cy);
    expect(ux).to.be.lessThan(cx);
  });

  it('does not fail on a box smaller than its margins', () => {
    const p = fitProjection(provinces, 0, 0);
    expect(Number.isFinite(p.scale())).to.equal(true);
  });
});
