import { expect } from '@open-wc/testing';
// d3-geo is a test-only dependency here: the reference our small projection module must agree with.
import { geoConicEqualArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { chinaTopology } from '@sinocarte/data/china-topology';
import { parks } from '@sinocarte/data/parks';
import { area, extent, fit, mainCentroid, pathData, project, shape, topologyShapes } from './projection.js';

const topology = chinaTopology as unknown as Topology;
const provinces = feature(topology, topology.objects.provinces) as FeatureCollection<Geometry>;
const shapes = provinces.features.map((f) => shape(f.geometry));

/** d3-geo's projection with the same parameters, fitted the same way. */
function reference(width: number, height: number, margin = 8) {
  return geoConicEqualArea()
    .parallels([25, 47])
    .rotate([-105, 0])
    .fitExtent(
      [
        [margin, margin],
        [width - margin, height - margin],
      ],
      provinces,
    );
}

/** Bounds of SVG path data, read back from its numbers. */
function bounds(d: string) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [, x, y] of d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)) {
    xs.push(Number(x));
    ys.push(Number(y));
  }
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

describe('projection', () => {
  for (const [width, height] of [
    [280, 210],
    [1600, 900],
    [400, 800],
  ]) {
    it(`fits the 34 regions inside a ${width}×${height} box with its margin, filling one dimension`, () => {
      const f = fit(shapes, width, height, 8);
      const b = bounds(shapes.map((s) => pathData(s, f)).join(''));
      expect(b.x0).to.be.at.least(7.9);
      expect(b.y0).to.be.at.least(7.9);
      expect(b.x1).to.be.at.most(width - 7.9);
      expect(b.y1).to.be.at.most(height - 7.9);
      expect(Math.max((b.x1 - b.x0) / (width - 16), (b.y1 - b.y0) / (height - 16))).to.be.closeTo(1, 0.005);
    });

    it(`puts every park where d3-geo's geoConicEqualArea puts it (${width}×${height}, within 0.5 px)`, () => {
      const ours = fit(shapes, width, height, 8);
      const theirs = reference(width, height);
      for (const p of parks) {
        const [x, y] = project(ours, p.lon, p.lat);
        const [rx, ry] = theirs([p.lon, p.lat])!;
        expect(Math.hypot(x - rx, y - ry), p.id).to.be.lessThan(0.5);
      }
    });
  }

  it("gives each region the on-screen area d3-geo's geoPath gives it (within 1 %)", () => {
    const ours = fit(shapes, 1200, 900);
    const path = geoPath(reference(1200, 900));
    provinces.features.forEach((f, i) => {
      const expected = path.area(f as Feature);
      expect(area(shapes[i], ours), String(f.id)).to.be.closeTo(expected, Math.max(expected * 0.01, 0.5));
    });
  });

  it('measures the on-screen box of a region: Macao is a few px at 1280 px, Xinjiang hundreds', () => {
    const f = fit(shapes, 1280, 960);
    const of = (id: string) => extent(shapes[provinces.features.findIndex((x) => x.id === id)], f);
    expect(of('MO').width).to.be.below(24);
    expect(of('HK').height).to.be.below(24);
    expect(of('CN-XJ').width).to.be.above(200);
    // The box scales with the fit.
    const half = fit(shapes, 640, 480);
    expect(extent(shapes[0], half).width).to.be.closeTo(of(String(provinces.features[0].id)).width * (half.k / f.k), 1e-6);
  });

  it('places the centroid of an archipelago on its main island, inside its outline', () => {
    const f = fit(shapes, 1200, 900);
    const hainan = provinces.features.findIndex((x) => x.id === 'CN-HI');
    const [x, y] = mainCentroid(shapes[hainan], f);
    const d = new Path2D(pathData(shapes[hainan], f));
    const ctx = document.createElement('canvas').getContext('2d')!;
    expect(ctx.isPointInPath(d, x, y)).to.equal(true);
  });

  it('puts Beijing north-east of Chengdu and Urumqi west of both', () => {
    const f = fit(shapes, 800, 600);
    const [bx, by] = project(f, 116.4, 39.9);
    const [cx, cy] = project(f, 104.07, 30.67);
    const [ux] = project(f, 87.6, 43.8);
    expect(bx).to.be.greaterThan(cx);
    expect(by).to.be.lessThan(cy);
    expect(ux).to.be.lessThan(cx);
  });

  it('projects the topology straight from its arcs to the very points topojson-client and shape give, shared borders once', () => {
    const direct = topologyShapes(chinaTopology, ['provinces', 'islands']);
    const islands = feature(topology, topology.objects.islands) as FeatureCollection<Geometry>;
    const all = [...provinces.features, ...islands.features];
    expect([...direct.keys()]).to.deep.equal(all.map((f) => String(f.id)));
    for (const f of all) expect(direct.get(String(f.id)), String(f.id)).to.deep.equal(shape(f.geometry));
    // Hubei and Henan share a border: the same projected points, not copies.
    const points = (id: string) => new Set(direct.get(id)!.flat(2));
    const shared = [...points('CN-HB')].filter((p) => points('CN-HA').has(p));
    expect(shared.length).to.be.greaterThan(10);
    // An arc of two points makes a ring padded to four, as topojson-client pads it.
    const tiny = { transform: { scale: [1, 1], translate: [100, 30] }, arcs: [[[0, 0], [1, 1]]], objects: { o: { geometries: [{ type: 'Polygon', id: 'x', arcs: [[0]] }, { type: 'Point', id: 'p' }] } } } as const;
    expect(topologyShapes(tiny, ['o', 'missing']).get('x')![0][0]).to.have.length(4);
    expect(topologyShapes(tiny, ['o']).get('p')).to.deep.equal([]);
  });

  it('gives a finite fit for a box smaller than its margins, and for nothing to fit', () => {
    expect(Number.isFinite(fit(shapes, 0, 0).k)).to.equal(true);
    expect(fit([], 100, 100)).to.deep.equal({ k: 1, x: 0, y: 0 });
    expect(shape({ type: 'Point', coordinates: [0, 0] })).to.deep.equal([]);
  });
});
