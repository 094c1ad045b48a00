#!/usr/bin/env node
// Sinocarte against its peers, in Debian's Chromium, on this machine, in one run (see bench/README.md):
//   map       <sino-province-map>  vs Apache ECharts 6 (registered map of the same 34 regions, same colours)
//   table     <sino-park-table>    vs Tabulator 6 (virtual DOM), 100,000 rows, the same 8 columns
//   timeline  <sino-timeline>      vs vis-timeline 8 (standalone ESM build), 10,000 events
//   weight    min+gzip JavaScript (and CSS, data) each side needs for that view
// Writes docs/performance.md and docs/performance.json. Usage (from the repository root, after `npm run build`):
//   node bench/run.mjs [--runs 5] [--only map,table,timeline] [--no-write]
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release, platform } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const bench = dirname(fileURLToPath(import.meta.url));
const root = join(bench, '..');
const out = join(bench, '.out');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('runs', 5));
const ONLY = arg('only', 'map,table,timeline').split(',');
const WRITE = !process.argv.includes('--no-write');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1200, height: 800 };
const ROWS = 100_000;
const EVENTS = 10_000;
const HOVER_TARGETS = ['CN-HB', 'CN-SC', 'CN-HA', 'CN-XJ', 'CN-QH'];
const started = Date.now();
const log = (...a) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...a);

// ---- inputs --------------------------------------------------------------------------------------------------

const dataDist = join(root, 'packages/data/dist');
if (!existsSync(join(dataDist, 'parks.json'))) {
  log('packages/data/dist is missing: building the data package (node data/build.mjs)');
  const r = spawnSync(process.execPath, [join(root, 'data/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('Run `npm ci && npm run build` at the repository root first.');
}
const rootRequire = createRequire(join(root, 'package.json'));
const { feature } = rootRequire('topojson-client');
const { geoCentroid } = await import(pathToFileURL(rootRequire.resolve('d3-geo')).href);
const readJSON = (file) => JSON.parse(readFileSync(file, 'utf8'));
/** The installed version of `pkg` as Node would find it from `from` (walks up the node_modules folders). */
const version = (pkg, from = bench) => {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', pkg, 'package.json');
    if (existsSync(file)) return readJSON(file).version;
    if (dir === dirname(dir)) return 'unknown';
  }
};

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'screens'), { recursive: true });

// The colour classes of our map, from our own code (lib/color-classes.ts, lib/metrics.ts), so ECharts gets the
// very same classes and colours (the ramp of province-map.styles.ts, light theme).
await build({
  stdin: {
    contents: `export * from './packages/sinocarte/src/lib/color-classes.ts'; export { computeMetric } from './packages/sinocarte/src/lib/metrics.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: join(out, 'classes.mjs'),
  logLevel: 'error',
});
const { buildClasses, classify, rampStep, computeMetric } = await import(pathToFileURL(join(out, 'classes.mjs')).href);
const styles = readFileSync(join(root, 'packages/sinocarte/src/province-map/province-map.styles.ts'), 'utf8');
const token = (name) => styles.match(new RegExp(`--_${name}: var\\(--sino-map-${name}, (#[0-9a-f]{6})\\)`))[1];
const RAMP = [0, 1, 2, 3, 4].map((i) => token(`ramp-${i}`));
const ZERO = token('zero');
const NODATA = token('nodata');

const topology = readJSON(join(root, 'packages/data/china.topo.json'));
const regionsGeo = feature(topology, topology.objects.provinces);
const parks = readJSON(join(dataDist, 'parks.json'));
const regionIds = regionsGeo.features.map((f) => f.id);
const metric = computeMetric('parks', regionIds, { parks, partnerships: [], offices: [] });
const classes = buildClasses([...metric.values()].map((v) => v.value));
const nameOf = Object.fromEntries(regionsGeo.features.map((f) => [f.id, f.properties.name.en]));
const geoJSON = {
  type: 'FeatureCollection',
  features: regionsGeo.features.map((f) => ({ type: 'Feature', properties: { name: nameOf[f.id] }, geometry: f.geometry })),
};
const largestPart = (f) =>
  f.geometry.type !== 'MultiPolygon'
    ? f
    : { type: 'Feature', geometry: { type: 'Polygon', coordinates: f.geometry.coordinates.reduce((a, b) => (b[0].length > a[0].length ? b : a)) } };
const centroidOf = Object.fromEntries(regionsGeo.features.map((f) => [f.id, geoCentroid(largestPart(f))]));
const echartsSeries = {
  data: regionIds.map((id) => ({ name: nameOf[id], value: metric.get(id).value ?? NaN })),
  pieces: [
    { value: 0, color: ZERO, label: 'None' },
    ...classes.map((c, i) => ({ min: c.min, max: c.max, color: RAMP[rampStep(i, classes.length)], label: c.min === c.max ? String(c.min) : `${c.min}–${c.max}` })),
  ],
  nodata: NODATA,
};
// Sanity: every region gets the class our element gives it.
for (const id of regionIds) classify(metric.get(id).value, classes);
// Coordinates rounded to 0.001° (about 100 m), finer than the topology's quantisation step (0.006° × 0.004°),
// so the GeoJSON is what a careful author would ship, not 17-digit floats.
writeFileSync(join(out, 'china.geo.json'), JSON.stringify(geoJSON, (k, v) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v)));
for (const f of ['parks.json', 'regions.json', 'sectors.json']) writeFileSync(join(out, f), readFileSync(join(dataDist, f)));

// ---- bundles ---------------------------------------------------------------------------------------------------

const VIEWS = {
  map: { ours: 'map-ours', theirs: 'map-echarts', peer: 'Apache ECharts' },
  table: { ours: 'table-ours', theirs: 'table-tabulator', peer: 'Tabulator' },
  timeline: { ours: 'timeline-ours', theirs: 'timeline-vis', peer: 'vis-timeline' },
};
const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['browser', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'error',
  legalComments: 'none',
};
log('bundling the six views with esbuild (minified, production)');
const ALTERNATIVES = { table: 'weight-tabulator-modular', timeline: 'weight-vis-esnext' };
await build({
  ...common,
  entryPoints: [...Object.values(VIEWS).flatMap((v) => [v.ours, v.theirs]), ...Object.values(ALTERNATIVES)].map((v) => join(bench, 'views', `${v}.js`)),
  outdir: join(out, 'views'),
});

// "Code only" builds of our views: the data package's modules emptied, to tell our code from our bundled data.
const emptyData = {
  name: 'empty-data',
  setup(b) {
    b.onLoad({ filter: /packages[\\/]data[\\/]dist[\\/][^\\/]+\.js$/ }, (a) => ({
      contents: readFileSync(a.path, 'utf8').replace(/^export const (\w+) = .*;$/gm, 'export const $1 = [];'),
      loader: 'js',
    }));
  },
};
await build({ ...common, entryPoints: Object.values(VIEWS).map((v) => join(bench, 'views', `${v.ours}.js`)), outdir: join(out, 'code-only'), plugins: [emptyData] });

const gz = (file) => (existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
const raw = (file) => (existsSync(file) ? readFileSync(file).length : 0);
const kB = (bytes) => Math.round(bytes / 102.4) / 10;
const weights = {};
for (const [view, v] of Object.entries(VIEWS)) {
  const side = (name) => ({ js: kB(gz(join(out, 'views', `${name}.js`))), jsRaw: kB(raw(join(out, 'views', `${name}.js`))), css: kB(gz(join(out, 'views', `${name}.css`))) });
  const ours = side(v.ours);
  ours.code = kB(gz(join(out, 'code-only', `${v.ours}.js`)));
  const theirs = side(v.theirs);
  theirs.data = view === 'map' ? kB(gz(join(out, 'china.geo.json'))) : 0;
  ours.data = 0;
  ours.total = Math.round((ours.js + ours.css + ours.data) * 10) / 10;
  theirs.total = Math.round((theirs.js + theirs.css + theirs.data) * 10) / 10;
  weights[view] = { ours, theirs, ratio: Math.round((ours.total / theirs.total) * 100) / 100 };
  if (ALTERNATIVES[view]) {
    const alt = kB(gz(join(out, 'views', `${ALTERNATIVES[view]}.js`)));
    weights[view].theirsAlternative = { js: alt, total: Math.round((alt + theirs.css) * 10) / 10, ratio: Math.round((ours.total / (alt + theirs.css)) * 100) / 100 };
  }
}

// ---- pages and server ----------------------------------------------------------------------------------------------

const inputs = {
  map: `({ geo: '/china.geo.json', series: ${JSON.stringify(echartsSeries)} })`,
  table: `(async () => ({ rows: H.makeRows(await (await fetch('/parks.json')).json(), ${ROWS}), regions: await (await fetch('/regions.json')).json(), sectors: await (await fetch('/sectors.json')).json() }))()`,
  timeline: `({ events: H.makeEvents(${EVENTS}), categories: H.CATEGORIES, options: {} })`,
};
const page = (view, name) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<script>window.T0 = performance.now();</script>
${existsSync(join(out, 'views', `${name}.css`)) ? `<link rel="stylesheet" href="/views/${name}.css">` : ''}
<style>body { margin: 0; font: 14px/1.4 system-ui, sans-serif; } #host { width: 960px; margin: 16px; }</style>
</head><body><div id="host"></div>
<script type="module" src="/views/${name}.js"></script>
<script type="module">
import * as H from '/harness.js';
window.H = H;
const host = document.getElementById('host');
const loaded = performance.now() - window.T0;
const input = await ${inputs[view]};
const t0 = performance.now();
const count = await window.view.render(host, input);
const done = performance.now();
const painted = await H.afterPaint();
window.result = { loaded, fromStart: painted - window.T0, done: done - t0, painted: painted - t0, count };
</script></body></html>`;
for (const [view, v] of Object.entries(VIEWS)) for (const name of [v.ours, v.theirs]) writeFileSync(join(out, `${name}.html`), page(view, name));
writeFileSync(join(out, 'harness.js'), readFileSync(join(bench, 'static/harness.js')));

const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css', '.woff2': 'font/woff2', '.png': 'image/png', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  const path = join(out, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!path.startsWith(out) || !existsSync(path)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  res.end(readFileSync(path));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

// ---- measures ---------------------------------------------------------------------------------------------------

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const errors = [];

/** A fresh context and page (no cache, cold JIT), loaded and first-rendered. */
async function open(name, screenshot) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-GB' });
  const tab = await context.newPage();
  tab.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
  await tab.goto(`${base}/${name}.html`);
  await tab.waitForFunction(() => window.result, null, { timeout: 120_000, polling: 50 });
  const first = await tab.evaluate(() => window.result);
  if (screenshot) await tab.screenshot({ path: join(out, 'screens', `${name}.png`) });
  return { context, tab, first };
}

const samples = {};
const add = (view, side, measure, value) => ((samples[view] ??= {})[measure] ??= { ours: [], theirs: [] })[side].push(value);
const checks = {};

async function runMap(side, name, run) {
  const { context, tab, first } = await open(name, run === 0);
  add('map', side, 'first', first.fromStart);
  (checks.map ??= {})[side] = { regions: first.count };
  for (const id of HOVER_TARGETS) {
    await tab.mouse.move(2, 2);
    await tab.waitForTimeout(250);
    const point = await tab.evaluate(([id, lonLat]) => window.view.pointIn(id, lonLat), [id, centroidOf[id]]);
    const armed = tab.evaluate((name) => { window.hover = window.H.armHover(name, window.view.tooltipShows, window.view.roots); return true; }, nameOf[id]);
    await armed;
    await tab.mouse.move(point.x, point.y);
    try {
      const r = await tab.evaluate(() => window.hover);
      add('map', side, 'hover', r.painted);
    } catch (e) {
      errors.push(`${name} hover ${id}: ${e.message}`);
    }
  }
  if (run === 0) await tab.screenshot({ path: join(out, 'screens', `${name}-hover.png`) });
  await context.close();
}

async function runTable(side, name, run) {
  const { context, tab, first } = await open(name, run === 0);
  add('table', side, 'first', first.painted);
  const step = (fn, arg) => tab.evaluate(([fn, arg]) => window.H.timed(() => window.view[fn](arg)), [fn, arg]);
  const sorted = await step('sort', 'name');
  add('table', side, 'sort', sorted.painted);
  const firstSorted = await tab.evaluate(() => window.view.firstRow());
  const filtered = await step('filterRegion', 'CN-GD');
  add('table', side, 'filter', filtered.painted);
  const firstFiltered = await tab.evaluate(() => window.view.firstRow());
  if (run === 0) {
    await tab.screenshot({ path: join(out, 'screens', `${name}-filtered.png`) });
    (checks.table ??= {})[side] = { rowsInDom: await tab.evaluate(() => window.view.visibleRows()), firstSorted, firstFiltered };
  }
  await context.close();
}

async function runTimeline(side, name, run) {
  const { context, tab, first } = await open(name, run === 0);
  add('timeline', side, 'first', first.painted);
  const marks = [await tab.evaluate(() => window.view.marks())];
  for (const direction of [1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1]) {
    const r = await tab.evaluate((d) => window.H.timed(() => window.view.zoom(d)), direction);
    add('timeline', side, direction > 0 ? 'zoomIn' : 'zoomOut', r.painted);
    marks.push(await tab.evaluate(() => window.view.marks()));
  }
  if (run === 0) {
    await tab.screenshot({ path: join(out, 'screens', `${name}-zoomed-out.png`) });
    (checks.timeline ??= {})[side] = { marksPerZoomLevel: [Math.min(...marks), Math.max(...marks)] };
  }
  await context.close();
}

const runners = { map: runMap, table: runTable, timeline: runTimeline };
for (const view of ONLY) {
  const v = VIEWS[view];
  log(`${view}: ${RUNS} runs each side, alternating, fresh page per run (plus one warm-up each)`);
  for (const side of ['ours', 'theirs']) await runners[view](side, v[side], -1).catch((e) => errors.push(`${view} warm-up: ${e.message}`));
  delete samples[view];
  for (let run = 0; run < RUNS; run++) {
    for (const side of run % 2 ? ['theirs', 'ours'] : ['ours', 'theirs']) {
      const t = Date.now();
      await runners[view](side, v[side], run);
      if (process.env.BENCH_DEBUG) log(`  ${v[side]} run ${run}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
  }
}
const chromiumVersion = browser.version();
await browser.close();
server.close();

// ---- report -------------------------------------------------------------------------------------------------------

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const r1 = (x) => Math.round(x * 10) / 10;
const LABELS = {
  map: { first: 'script start → choropleth painted', hover: 'mouse move → tooltip painted' },
  table: { first: `first render of ${ROWS.toLocaleString('en')} rows → painted`, sort: 'sort by name → painted', filter: 'filter one region → painted' },
  timeline: { first: `first render of ${EVENTS.toLocaleString('en')} events → painted`, zoomIn: 'zoom-in step (×1.6) → painted', zoomOut: 'zoom-out step (÷1.6) → painted' },
};
const results = {};
for (const [view, measures] of Object.entries(samples)) {
  results[view] = {};
  for (const [measure, { ours, theirs }] of Object.entries(measures)) {
    if (process.env.BENCH_DEBUG) log(view, measure, 'ours', ours.map(r1).join(' '), '| theirs', theirs.map(r1).join(' '));
    const mo = median(ours), mt = median(theirs);
    const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.9) - 1)];
    results[view][measure] = {
      label: LABELS[view][measure],
      unit: 'ms',
      ours: r1(mo),
      theirs: r1(mt),
      ratio: Math.round((mo / mt) * 100) / 100,
      p90: { ours: r1(p90(ours)), theirs: r1(p90(theirs)) },
      samples: { ours: ours.map(r1), theirs: theirs.map(r1) },
    };
  }
}

const versions = {
  sinocarte: readJSON(join(root, 'packages/sinocarte/package.json')).version,
  lit: version('lit', join(root, 'packages/sinocarte')),
  echarts: version('echarts'),
  'tabulator-tables': version('tabulator-tables'),
  'vis-timeline': version('vis-timeline'),
  'vis-data': version('vis-data'),
  'playwright-core': version('playwright-core'),
  esbuild: version('esbuild'),
  chromium: chromiumVersion,
  node: process.version,
};
const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), os: `${platform()} ${release()}` };
const report = { date: new Date().toISOString(), machine, versions, viewport: VIEWPORT, runs: RUNS, results, weights, checks, errors, durationSeconds: Math.round((Date.now() - started) / 1000) };

for (const [view, measures] of Object.entries(results)) {
  for (const m of Object.values(measures)) log(`${view.padEnd(8)} ${m.label.padEnd(42)} ours ${String(m.ours).padStart(7)} ms  ${VIEWS[view].peer} ${String(m.theirs).padStart(7)} ms  ratio ${m.ratio}`);
}
for (const [view, w] of Object.entries(weights)) log(`${view.padEnd(8)} weight: ours ${w.ours.total} kB, ${VIEWS[view].peer} ${w.theirs.total} kB (min+gzip), ratio ${w.ratio}`);
if (errors.length) log('errors:', errors);
if (process.env.BENCH_DEBUG) console.log(JSON.stringify({ results, checks, weights }, null, 1));

if (WRITE) {
  const { markdown } = await import('./report.mjs');
  writeFileSync(join(root, 'docs/performance.json'), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(join(root, 'docs/performance.md'), markdown(report, { VIEWS, ROWS, EVENTS, HOVER_TARGETS: HOVER_TARGETS.map((id) => nameOf[id]) }));
  log('wrote docs/performance.md and docs/performance.json');
}
