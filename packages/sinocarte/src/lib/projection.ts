/**
 * The map's geometry without a geo library: an equal-area conic projection suited to China, fitted to a
 * box, and the SVG path, area and centroid of projected polygons.
 *
 * Why not d3-geo: its general machinery (spherical clipping, adaptive resampling, every projection and
 * stream) weighs about 9 kB min+gzip, and a map of one country drawn from a detailed topology needs none
 * of it. The projection is fixed, so every coordinate is projected ONCE when the module loads (`shape`),
 * and a resize only rescales (`fit`): x = fit.x + fit.k × raw x. `projection.test.ts` checks the results
 * against d3-geo's own `geoConicEqualArea` and `geoPath` (a test-only dependency).
 *
 * Equal-area keeps the choropleth honest: big western regions are not inflated as in Web Mercator.
 */
import type { Geometry, Position } from 'geojson';

export type Point = [number, number];
/** A projected geometry in raw units: polygons → rings → points. */
export type Shape = Point[][][];
/** Raw units to the screen: `[x + k·rx, y + k·ry]`. */
export interface Fit {
  k: number;
  x: number;
  y: number;
}

const RAD = Math.PI / 180;
/** Standard parallels 25°N and 47°N, central meridian 105°E. */
const PHI1 = 25 * RAD;
const PHI2 = 47 * RAD;
const LAMBDA0 = 105 * RAD;
const N = (Math.sin(PHI1) + Math.sin(PHI2)) / 2;
const C = Math.cos(PHI1) ** 2 + 2 * N * Math.sin(PHI1);

/**
 * Albers equal-area conic on the unit sphere (Snyder, Map Projections: A Working Manual, 1987,
 * eqs. 14-1 to 14-4, with the origin latitude at the equator), y pointing down as on screen.
 */
export function conicEqualArea(lon: number, lat: number): Point {
  const rho = Math.sqrt(C - 2 * N * Math.sin(lat * RAD)) / N;
  const theta = N * (lon * RAD - LAMBDA0);
  return [rho * Math.sin(theta), rho * Math.cos(theta)];
}

/** Projects a Polygon or MultiPolygon once (other geometry types have no area to draw). */
export function shape(geometry: Geometry | null): Shape {
  const project = (ring: Position[]) => ring.map(([lon, lat]) => conicEqualArea(lon, lat));
  if (geometry?.type === 'Polygon') return [geometry.coordinates.map(project)];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates.map((polygon) => polygon.map(project));
  return [];
}

/** What `topologyShapes` reads of a quantized TopoJSON topology (delta-encoded arcs, as topojson-client reads them). */
export interface QuantizedTopology {
  transform: { scale: readonly [number, number]; translate: readonly [number, number] };
  arcs: readonly (readonly (readonly number[])[])[];
  objects: Record<string, { geometries: readonly { type: string; id?: string | number; arcs?: readonly unknown[] }[] }>;
}

/**
 * The shapes of the named objects' geometries, by id, projected straight from the topology: each arc is decoded
 * and projected once (a border shared by two regions is not projected twice, and no GeoJSON is made on the way),
 * then each ring is stitched from its arcs as topojson-client's `feature` does (an arc's first point dropped
 * after the first arc, reversed arcs `~i`, rings padded to 4 points), so that the points are the very ones
 * `shape(feature(...).geometry)` gives. A ring's points may be shared with a neighbour's: shapes are read-only.
 */
export function topologyShapes(topology: QuantizedTopology, objects: readonly string[]): Map<string, Shape> {
  const [kx, ky] = topology.transform.scale;
  const [dx, dy] = topology.transform.translate;
  const arcs = topology.arcs.map((arc) => {
    const points: Point[] = new Array(arc.length);
    let x = 0;
    let y = 0;
    for (let i = 0; i < arc.length; i++) {
      x += arc[i][0];
      y += arc[i][1];
      points[i] = conicEqualArea(x * kx + dx, y * ky + dy);
    }
    return points;
  });
  const ring = (indexes: readonly number[]): Point[] => {
    const points: Point[] = [];
    for (const i of indexes) {
      if (points.length) points.pop();
      const arc = arcs[i < 0 ? ~i : i];
      if (i < 0) for (let k = arc.length - 1; k >= 0; k--) points.push(arc[k]);
      else for (const p of arc) points.push(p);
    }
    while (points.length < 4 && points.length) points.push(points[0]);
    return points;
  };
  const shapes = new Map<string, Shape>();
  for (const name of objects)
    for (const g of topology.objects[name]?.geometries ?? []) {
      const polygons = g.type === 'Polygon' ? [g.arcs as number[][]] : g.type === 'MultiPolygon' ? (g.arcs as number[][][]) : [];
      shapes.set(String(g.id), polygons.map((rings) => rings.map(ring)));
    }
  return shapes;
}

type Box = [number, number, number, number];
/** Each shape's box, computed once: shapes never change once projected, and a map asks for them at every size. */
const boxes = new WeakMap<Shape, Box>();

/** Projected bounding box [x0, y0, x1, y1] of a shape's outer rings (x0 > x1 when there is none), computed once per shape. */
function boxOf(s: Shape): Box {
  let box = boxes.get(s);
  if (box) return box;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const polygon of s) {
    const ring = polygon[0] ?? [];
    for (let i = 0; i < ring.length; i++) {
      const x = ring[i][0];
      const y = ring[i][1];
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  boxes.set(s, (box = [x0, y0, x1, y1]));
  return box;
}

/** Projected bounding box [x0, y0, x1, y1] of the shapes' outer rings (x0 > x1 when there is none). */
function bounds(shapes: readonly Shape[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const s of shapes) {
    const [a, b, c, d] = boxOf(s);
    x0 = Math.min(x0, a);
    y0 = Math.min(y0, b);
    x1 = Math.max(x1, c);
    y1 = Math.max(y1, d);
  }
  return [x0, y0, x1, y1];
}

/**
 * Scale and offset that fit shapes inside a `width` × `height` box less `margin` on every side, centred,
 * filling the limiting dimension. A box smaller than its margins still gives a finite fit.
 */
export function fit(shapes: readonly Shape[], width: number, height: number, margin = 8): Fit {
  const [x0, y0, x1, y1] = bounds(shapes);
  if (!(x1 > x0 && y1 > y0)) return { k: 1, x: 0, y: 0 };
  const w = Math.max(width - 2 * margin, 1);
  const h = Math.max(height - 2 * margin, 1);
  const k = Math.min(w / (x1 - x0), h / (y1 - y0));
  return { k, x: margin + (w - k * (x1 + x0)) / 2, y: margin + (h - k * (y1 + y0)) / 2 };
}

/** A longitude/latitude on the screen. */
export function project(f: Fit, lon: number, lat: number): Point {
  const [x, y] = conicEqualArea(lon, lat);
  return [f.x + f.k * x, f.y + f.k * y];
}

const round = (v: number) => Math.round(v * 10) / 10;

/** SVG path data of a shape: one subpath per ring, to a tenth of a pixel (shared borders round alike). */
export function pathData(s: Shape, f: Fit): string {
  const { k, x, y } = f;
  let d = '';
  // Indexed loops and plain concatenation: the first frame formats some 17,000 points.
  for (const polygon of s)
    for (const ring of polygon) {
      for (let i = 0; i < ring.length; i++) d += (i ? 'L' : 'M') + round(x + k * ring[i][0]) + ',' + round(y + k * ring[i][1]);
      if (ring.length) d += 'Z';
    }
  return d;
}

/** Twice the signed area of a ring, in raw units (shoelace formula). */
function ringArea2(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return sum;
}

/** Area on the screen, in px²: outer rings less their holes. */
export function area(s: Shape, f: Fit): number {
  let a = 0;
  for (const [outer, ...holes] of s) a += Math.abs(ringArea2(outer ?? [])) - holes.reduce((sum, hole) => sum + Math.abs(ringArea2(hole)), 0);
  return (a / 2) * f.k * f.k;
}

/** Width and height of the shape's bounding box on the screen, in px. */
export function extent(s: Shape, f: Fit): { width: number; height: number } {
  const [x0, y0, x1, y1] = boxOf(s);
  return x1 >= x0 ? { width: (x1 - x0) * f.k, height: (y1 - y0) * f.k } : { width: 0, height: 0 };
}

/**
 * On-screen centroid of the shape's polygon with the most vertices (for an archipelago, the main island:
 * keeps arrow-key neighbours and labels where a reader expects them). Area-weighted, outer ring only.
 */
export function mainCentroid(s: Shape, f: Fit): Point {
  let ring: Point[] = [];
  for (const polygon of s) if ((polygon[0]?.length ?? 0) > ring.length) ring = polygon[0];
  let cx = 0;
  let cy = 0;
  let a2 = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a2 += cross;
    cx += (ring[j][0] + ring[i][0]) * cross;
    cy += (ring[j][1] + ring[i][1]) * cross;
  }
  const [x, y] = a2 ? [cx / (3 * a2), cy / (3 * a2)] : (ring[0] ?? [0, 0]);
  return [f.x + f.k * x, f.y + f.k * y];
}
