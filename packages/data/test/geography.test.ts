// Each park's point must land in its own province on the package's map: a swapped coordinate or a
// misfiled province would put a dot in the wrong place and colour the wrong region.
import { expect } from '@open-wc/testing';
import { geoArea, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { chinaTopology, parks } from '@sinocarte/data';
import topoJson from '@sinocarte/data/china.topo.json';

const topology = chinaTopology as unknown as Topology;
const provinces = feature(topology, topology.objects.provinces) as FeatureCollection<Geometry>;
const byId = new Map(provinces.features.map((f) => [String(f.id), f]));

/**
 * Parks allowed to sit just outside their province's outline, within NEAR_BORDER_DEGREES. The
 * topology is simplified and quantized (see packages/data/scripts/build-topology.mjs), so a city on
 * the coast or in a tiny region (Macao, Hong Kong) can fall a little off its simplified polygon.
 * Today every park lies strictly inside; add an id here only after checking the point on a map.
 */
const NEAR_BORDER: ReadonlySet<string> = new Set<string>([]);
const NEAR_BORDER_DEGREES = 0.3;

/** Smallest planar distance, in degrees, from a point to the rings of a (multi)polygon. */
function distanceToOutline(f: Feature<Geometry>, [x, y]: Position): number {
  const g = f.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  let best = Infinity;
  for (const ring of polygons.flat()) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = ring[i - 1];
      const [bx, by] = ring[i];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
    }
  }
  return best;
}

describe('park coordinates', () => {
  it('has province outlines wound the way d3-geo expects', () => {
    // A ring wound the wrong way is the rest of the globe: geoContains would then say yes to every
    // point and the tests below would pass for nothing.
    const inverted = provinces.features.filter((f) => geoArea(f) > Math.PI).map((f) => f.id);
    expect(inverted).to.deep.equal([]);
  });

  it('places every park inside its own province', () => {
    const outside: string[] = [];
    for (const park of parks) {
      const province = byId.get(park.provinceId);
      if (!province) {
        outside.push(`${park.id}: no outline for ${park.provinceId}`);
        continue;
      }
      const point: Position = [park.lon, park.lat];
      if (geoContains(province, point as [number, number])) continue;
      const distance = distanceToOutline(province, point);
      if (!(NEAR_BORDER.has(park.id) && distance < NEAR_BORDER_DEGREES)) {
        outside.push(`${park.id} (${park.lon}, ${park.lat}) is ${distance.toFixed(2)}° outside ${park.provinceId}`);
      }
    }
    expect(outside, outside.join('; ')).to.deep.equal([]);
  });

  it('places no park inside another province', () => {
    const elsewhere = parks.flatMap((park) =>
      provinces.features
        .filter((f) => f.id !== park.provinceId && geoContains(f, [park.lon, park.lat]))
        .map((f) => `${park.id} (${park.provinceId}) falls in ${String(f.id)}`),
    );
    expect(elsewhere, elsewhere.join('; ')).to.deep.equal([]);
  });
});

describe('the topology module', () => {
  it('is china.topo.json, number for number (its arcs are stored compactly and decoded on load)', () => {
    expect(JSON.parse(JSON.stringify(chinaTopology))).to.deep.equal(JSON.parse(JSON.stringify(topoJson)));
    expect(chinaTopology.arcs.length).to.be.greaterThan(200);
    expect(chinaTopology.arcs.every((arc) => arc.length >= 2 && arc.every((p) => p.length === 2 && p.every(Number.isInteger)))).to.equal(true);
  });
});
