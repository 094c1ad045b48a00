#!/usr/bin/env node
// Sinocarte against its peers, in Debian's Chromium, on this machine, in one run (see bench/README.md):
//   map       <sino-province-map>  vs Apache ECharts 6 (registered map of the same 34 regions, same colours; 0, 53,
//             1,000 and 10,000 points: a scatter series on the same geo)
//   table     <sino-park-table>    vs Tabulator 6 (virtual DOM; full and modular builds), 1k to 1M rows, the same 8 columns
//   timeline  <sino-timeline>      vs vis-timeline 8 (standalone ESM build), 1,000 and 10,000 events
//   atlas     <sino-atlas> alone (no peer), CPU throttled 4× (DevTools protocol): time to interactive, longest task
//   weight    min+gzip JavaScript (and CSS, data) each side needs for that view
// Writes docs/performance.md and docs/performance.json. Usage (from the repository root, after `npm run build`):
//   node bench/run.mjs [--runs 5] [--only map,table,timeline,atlas] [--points 0,53,1000,10000] [--rows 1000,100000,1000000]
//                      [--events 1000,10000] [--no-write]
// --only and the size lists select single cases: `node bench/run.mjs --only map --points 10000 --runs 3 --no-write`.
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
const ONLY = arg('only', 'map,table,timeline,atlas').split(',');
const WRITE = !process.argv.includes('--no-write');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1200, height: 800 };
/** Table sizes and timeline sizes measured (`--rows 1000,100000`, `--events 1000`). */
const ROWS = arg('rows', '1000,100000,1000000').split(',').map(Number);
const EVENTS = arg('events', '1000,10000').split(',').map(Number);
/** Map points: 0 (points off), 53 (the bundled parks, our default), more (the parks repeated and moved). */
const POINTS = arg('points', '0,53,1000,10000').split(',').map(Number);
/** The atlas page's CPU slowdown (DevTools protocol `Emulation.setCPUThrottlingRate`). */
const ATLAS_THROTTLE = 4;
/**
 * A change has settled when no poll (every POLL_MS) saw the main thread busy more than BUSY_PER_POLL ms for QUIET_MS.
 * The threshold leaves out the polls themselves, which a loaded machine can stretch to a few ms each.
 */
const QUIET_MS = 1500;
const BUSY_PER_POLL = 10;
const POLL_MS = 50;
const SETTLE_LIMIT = 30_000;
const HOVER_TARGETS = ['CN-HB', 'CN-SC', 'CN-HA', 'CN-XJ', 'CN-QH'];
/** Hovers are measured with no point and with the 53 parks; denser points cover the regions' insides. */
const HOVER_MAX_POINTS = 53;
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
const { geoCentroid, geoContains } = await import(pathToFileURL(rootRequire.resolve('d3-geo')).href);
const harness = await import(pathToFileURL(join(bench, 'static/harness.js')).href);
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
/**
 * Where the mouse goes on ECharts' map to hover region `id` with `n` points drawn: the centroid, or the nearest place
 * inside the region (spiral outwards) at least 1° (about 15 px at this size) from every point, so that no point
 * takes the hover. Ours finds its own place the same way, in its drawing (bench/views/map-ours.js).
 */
const hoverLonLat = (id, n) => {
  const region = regionsGeo.features.find((f) => f.id === id);
  const points = n ? harness.makeParks(parks, n) : [];
  const [cx, cy] = centroidOf[id];
  for (let step = 0; step < 2000; step++) {
    const a = step * 0.7, r = step * 0.02;
    const at = [cx + r * Math.cos(a), cy + r * Math.sin(a)];
    if (geoContains(region, at) && points.every((p) => Math.hypot(p.lon - at[0], p.lat - at[1]) >= 1)) return at;
  }
  throw new Error(`no place in ${id} 1° away from ${n} points`);
};
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
  // No peer draws this page: our own figures only (theirs: none).
  atlas: { ours: 'atlas-ours', peer: null },
  // `modular`: the peer's lighter set-up, timed as well as weighed.
  table: { ours: 'table-ours', theirs: 'table-tabulator', modular: 'table-tabulator-modular', peer: 'Tabulator', modularPeer: 'Tabulator core + Sort, Filter, Format modules' },
  timeline: { ours: 'timeline-ours', theirs: 'timeline-vis', peer: 'vis-timeline' },
};
const sidesOf = (view) => ['ours', 'theirs', 'modular'].filter((side) => VIEWS[view][side]);
const PEERED = Object.keys(VIEWS).filter((view) => VIEWS[view].theirs);
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
const ALTERNATIVES = { table: 'table-tabulator-modular', timeline: 'weight-vis-esnext' };
await build({
  ...common,
  entryPoints: [...new Set([...Object.values(VIEWS).flatMap((v) => [v.ours, v.theirs]).filter(Boolean), ...Object.values(ALTERNATIVES)])].map((v) => join(bench, 'views', `${v}.js`)),
  outdir: join(out, 'views'),
});

// Our views' weight is what a page downloads before the element draws: a code-split build (as an application's
// bundler makes it), the entry and the chunks it imports statically; what the element fetches only when the reader
// asks (other languages, the Chinese texts, a preset's records, the download writers) is not counted. A build
// without splitting would inline every dynamic import.
const split = async (outdir, plugins = []) => {
  const { metafile } = await build({ ...common, splitting: true, metafile: true, entryPoints: PEERED.map((view) => join(bench, 'views', `${VIEWS[view].ours}.js`)), outdir, plugins });
  const firstDownload = (entry) => {
    const seen = new Set();
    const walk = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const i of metafile.outputs[file]?.imports ?? []) if (i.kind === 'import-statement') walk(i.path);
    };
    walk(entry);
    return [...seen];
  };
  return Object.fromEntries(
    Object.entries(metafile.outputs)
      .filter(([, o]) => o.entryPoint)
      .map(([file, o]) => [o.entryPoint.replace(/^.*[\\/]/, '').replace(/\.js$/, ''), firstDownload(file).map((f) => join(process.cwd(), f))]),
  );
};

// "Code only" builds of our views: the data package's modules emptied, to tell our code from our bundled data.
const emptyData = {
  name: 'empty-data',
  setup(b) {
    b.onLoad({ filter: /packages[\\/]data[\\/]dist[\\/].+\.js$/ }, (a) => ({
      contents: readFileSync(a.path, 'utf8').replace(/^export const (\w+) = .*;$/gm, 'export const $1 = [];'),
      loader: 'js',
    }));
  },
};
const oursFiles = await split(join(out, 'ours-split'));
const oursCodeFiles = await split(join(out, 'code-only'), [emptyData]);

const gz = (file) => (existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
const raw = (file) => (existsSync(file) ? readFileSync(file).length : 0);
const kB = (bytes) => Math.round(bytes / 102.4) / 10;
const weights = {};
for (const view of PEERED) {
  const v = VIEWS[view];
  const side = (name) => ({ js: kB(gz(join(out, 'views', `${name}.js`))), jsRaw: kB(raw(join(out, 'views', `${name}.js`))), css: kB(gz(join(out, 'views', `${name}.css`))) });
  const sum = (files) => kB((files ?? []).reduce((total, file) => total + gz(file), 0));
  const ours = { js: sum(oursFiles[v.ours]), css: 0, code: sum(oursCodeFiles[v.ours]) };
  const theirs = side(v.theirs);
  theirs.data = view === 'map' ? kB(gz(join(out, 'china.geo.json'))) : 0;
  ours.data = 0;
  ours.total = Math.round((ours.js + ours.css + ours.data) * 10) / 10;
  theirs.total = Math.round((theirs.js + theirs.css + theirs.data) * 10) / 10;
  weights[view] = { ours, theirs, ratio: Math.round((ours.total / theirs.total) * 100) / 100 };
  if (ALTERNATIVES[view]) {
    const alt = kB(gz(join(out, 'views', `${ALTERNATIVES[view]}.js`)));
    const css = kB(gz(join(out, 'views', `${ALTERNATIVES[view]}.css`))) || theirs.css;
    weights[view].theirsAlternative = { js: alt, total: Math.round((alt + css) * 10) / 10, ratio: Math.round((ours.total / (alt + css)) * 100) / 100 };
  }
}

// ---- pages and server ----------------------------------------------------------------------------------------------

// The size comes from the page's address (`?n=100000`).
const inputs = {
  map: `(async () => ({ geo: '/china.geo.json', series: ${JSON.stringify(echartsSeries)}, points: N ? H.makeParks(await (await fetch('/parks.json')).json(), N) : null }))()`,
  atlas: `({})`,
  table: `(async () => ({ rows: H.makeRows(await (await fetch('/parks.json')).json(), N), regions: await (await fetch('/regions.json')).json(), sectors: await (await fetch('/sectors.json')).json() }))()`,
  timeline: `({ events: H.makeEvents(N), categories: H.CATEGORIES, options: {} })`,
};
const page = (view, name) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<script>
window.T0 = performance.now();
// Every main-thread task over 50 ms, to report the longest one in each measured span.
window.LONG = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.LONG.push([e.startTime, e.startTime + e.duration]); }).observe({ type: 'longtask', buffered: true });
window.longest = (from, to) => Math.max(0, ...window.LONG.filter(([s, e]) => e > from && s < to).map(([s, e]) => e - s));
</script>
${existsSync(join(out, 'views', `${name}.css`)) ? `<link rel="stylesheet" href="/views/${name}.css">` : ''}
<style>body { margin: 0; font: 14px/1.4 system-ui, sans-serif; } #host { width: 960px; margin: 16px; }</style>
</head><body><div id="host"></div>
<script type="module" src="/views/${name}.js"></script>
<script type="module">
import * as H from '/harness.js';
window.H = H;
const host = document.getElementById('host');
const loaded = performance.now() - window.T0;
const params = new URLSearchParams(location.search);
const N = Number(params.get('n'));
const input = await ${inputs[view]};
// Gated pages wait for the runner (which reads the main-thread time first) once their input is made.
if (params.has('gate')) await new Promise((resolve) => { window.go = resolve; window.ready = true; });
const t0 = performance.now();
const count = await window.view.render(host, input);
const done = performance.now();
const painted = await H.afterPaint();
window.result = { loaded, fromStart: painted - window.T0, done: done - t0, painted: painted - t0, count, t0 };
</script></body></html>`;
for (const [view, v] of Object.entries(VIEWS)) for (const name of sidesOf(view).map((side) => v[side])) writeFileSync(join(out, `${name}.html`), page(view, name));
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

/** Main-thread busy time of the page so far (ms): the renderer's TaskDuration, from the DevTools protocol. */
async function busy(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
}

/**
 * Waits until the main thread has been quiet for QUIET_MS (no poll saw it busy more than BUSY_PER_POLL ms), and
 * returns when the work after `t0` ended (page clock, ms after t0: the last poll that saw the thread busy, so up to
 * POLL_MS late), the main-thread time spent since `before`, and the longest task in between.
 */
async function settle(tab, cdp, t0, painted, before, busyPerPoll = BUSY_PER_POLL) {
  let last = await busy(cdp);
  let end = { at: t0 + painted, busy: last };
  let quietFrom = await tab.evaluate(() => performance.now());
  for (;;) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    const now = await tab.evaluate(() => performance.now());
    const b = await busy(cdp);
    if (b - last > busyPerPoll) {
      end = { at: Math.max(now, end.at), busy: b };
      quietFrom = now;
    }
    last = b;
    if (now - quietFrom >= QUIET_MS || now - t0 > SETTLE_LIMIT) break;
  }
  const longest = await tab.evaluate(([from, to]) => window.longest(from, to), [t0, end.at]);
  return { painted, settled: end.at - t0, cpu: end.busy - before, longest };
}

/** A fresh context and page (no cache, cold JIT), loaded; first-rendered at once, or when `gate` is released. */
async function open(name, { n = 0, gate = false, screenshot = false, throttle = 1 } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-GB' });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  tab.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
  await tab.goto(`${base}/${name}.html?n=${n}${gate ? '&gate=1' : ''}`);
  let before = 0;
  if (gate) {
    await tab.waitForFunction(() => window.ready, null, { timeout: 300_000, polling: 50 });
    before = await busy(cdp);
    await tab.evaluate(() => window.go());
  }
  await tab.waitForFunction(() => window.result, null, { timeout: 300_000, polling: 50 });
  const first = await tab.evaluate(() => window.result);
  if (screenshot) await tab.screenshot({ path: join(out, 'screens', `${name}-${n}.png`) });
  return { context, tab, cdp, first, before };
}

/** Runs `window.view[fn](arg)`: time to the next painted frame, and (when `settled`) to the settled end. */
async function measure(tab, cdp, fn, arg, settled = true) {
  const before = await busy(cdp);
  const r = await tab.evaluate(async ([fn, arg]) => {
    const t0 = performance.now();
    return { t0, ...(await window.H.timed(() => window.view[fn](arg))) };
  }, [fn, arg]);
  return settled ? settle(tab, cdp, r.t0, r.painted, before) : { painted: r.painted };
}

/** samples[view][key][side]: one value per run (or per step), with the key's label, size and clock. */
const samples = {};
const CLOCKS = { painted: 'first frame', interactive: 'time to interactive', settled: 'settled', cpu: 'main-thread CPU', longest: 'longest task' };
function add(view, side, measure, n, result) {
  for (const clock of Object.keys(CLOCKS)) {
    if (result[clock] === undefined) continue;
    const key = `${measure}${n ? ` ${n}` : ''} ${clock}`;
    ((samples[view] ??= {})[key] ??= { measure, n, clock, ours: [], theirs: [], modular: [] })[side].push(result[clock]);
  }
}
const checks = {};

async function runMap(side, name, run, n) {
  const { context, tab, cdp, first } = await open(name, { n, screenshot: run === 0 });
  // From script start: the clock of the first frame, the settled end and the CPU count from the page's start.
  add('map', side, 'first', n, await settle(tab, cdp, 0, first.fromStart, 0));
  if (run === 0) ((checks.map ??= {})[n] ??= {})[side] = { regions: first.count, points: await tab.evaluate(() => window.view.points()) };
  for (const id of n <= HOVER_MAX_POINTS ? HOVER_TARGETS : []) {
    await tab.mouse.move(2, 2);
    await tab.waitForTimeout(250);
    const point = await tab.evaluate(([id, lonLat]) => window.view.pointIn(id, lonLat), [id, hoverLonLat(id, n)]);
    const armed = tab.evaluate((name) => { window.hover = window.H.armHover(name, window.view.tooltipShows, window.view.roots); return true; }, nameOf[id]);
    await armed;
    await tab.mouse.move(point.x, point.y);
    try {
      const r = await tab.evaluate(() => window.hover);
      add('map', side, 'hover', n, { painted: r.painted });
    } catch (e) {
      errors.push(`${name} hover ${id}: ${e.message}`);
    }
  }
  if (run === 0 && n <= HOVER_MAX_POINTS) await tab.screenshot({ path: join(out, 'screens', `${name}-${n}-hover.png`) });
  await context.close();
}

async function runTable(side, name, run, n) {
  {
    const { context, tab, cdp, first, before } = await open(name, { n, gate: true, screenshot: run === 0 });
    add('table', side, 'first', n, await settle(tab, cdp, first.t0, first.painted, before));
    add('table', side, 'sort', n, await measure(tab, cdp, 'sort', 'name'));
    const firstSorted = await tab.evaluate(() => window.view.firstRow());
    add('table', side, 'filter', n, await measure(tab, cdp, 'filterRegion', 'CN-GD'));
    const filtered = await tab.evaluate(() => window.view.count());
    await measure(tab, cdp, 'filterRegion', '', false);
    add('table', side, 'searchIdle', n, await measure(tab, cdp, 'search', 'xian'));
    const found = await tab.evaluate(() => window.view.count());
    if (run === 0) {
      await tab.screenshot({ path: join(out, 'screens', `${name}-${n}-searched.png`) });
      ((checks.table ??= {})[n] ??= {})[side] = { rowsInDom: await tab.evaluate(() => window.view.visibleRows()), firstSorted, filtered, found };
    }
    await context.close();
  }
  // A search right after the first frame, before any idle time: a reader who types at once.
  if (n >= 10_000) {
    const { context, tab, cdp } = await open(name, { n, gate: true });
    add('table', side, 'searchAtOnce', n, await measure(tab, cdp, 'search', 'wuhan'));
    await context.close();
  }
}

async function runTimeline(side, name, run, n) {
  const { context, tab, cdp, first, before } = await open(name, { n, gate: true, screenshot: run === 0 });
  add('timeline', side, 'first', n, await settle(tab, cdp, first.t0, first.painted, before));
  const marks = [await tab.evaluate(() => window.view.marks())];
  let step = 0;
  for (const direction of [1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1]) {
    // The first zoom step runs to its settled end too; the others to their first frame.
    const r = await measure(tab, cdp, 'zoom', direction, step++ === 0);
    if (step === 1) add('timeline', side, 'firstZoom', n, r);
    add('timeline', side, direction > 0 ? 'zoomIn' : 'zoomOut', n, { painted: r.painted });
    marks.push(await tab.evaluate(() => window.view.marks()));
  }
  if (run === 0) {
    await tab.screenshot({ path: join(out, 'screens', `${name}-${n}-zoomed-out.png`) });
    ((checks.timeline ??= {})[n] ??= {})[side] = { marksPerZoomLevel: [Math.min(...marks), Math.max(...marks)] };
  }
  await context.close();
}

/**
 * The atlas page with the CPU slowed ATLAS_THROTTLE× (before the page loads): from script start to its first frame
 * (the four views drawn), to interactive (the end of the last long task before the main thread went quiet, or the
 * first frame if later), the main-thread CPU, the longest task.
 */
async function runAtlas(side, name, run) {
  const { context, tab, cdp, first } = await open(name, { screenshot: run === 0, throttle: ATLAS_THROTTLE });
  // The polls themselves run slower too: the threshold of a busy poll is scaled alike.
  const s = await settle(tab, cdp, 0, first.fromStart, 0, BUSY_PER_POLL * ATLAS_THROTTLE);
  const lastLong = await tab.evaluate((to) => Math.max(0, ...window.LONG.filter(([start]) => start < to).map(([, end]) => end)), s.settled);
  add('atlas', side, 'first', 0, { ...s, interactive: Math.max(first.fromStart, lastLong) });
  if (run === 0) (checks.atlas ??= {}).ours = { views: first.count, throttle: ATLAS_THROTTLE };
  await context.close();
}

const runners = { map: runMap, table: runTable, timeline: runTimeline, atlas: runAtlas };
const SIZES = { map: POINTS, table: ROWS, timeline: EVENTS, atlas: [0] };
for (const view of ONLY) {
  const v = VIEWS[view];
  const sides = sidesOf(view);
  for (const n of SIZES[view]) {
    log(`${view}${n ? ` ${n.toLocaleString('en')}` : ''}: ${RUNS} runs each side (${sides.join(', ')}), rotating, fresh page per run (plus one warm-up each)`);
    for (const side of sides) await runners[view](side, v[side], -1, n).catch((e) => errors.push(`${view} warm-up: ${e.message}`));
    for (const measures of Object.values(samples[view] ?? {})) if (measures.n === n) for (const side of sides) measures[side] = [];
    for (let run = 0; run < RUNS; run++) {
      // Each side goes first as often as the others.
      for (const side of sides.map((_, i) => sides[(i + run) % sides.length])) {
        const t = Date.now();
        await runners[view](side, v[side], run, n).catch((e) => errors.push(`${view} ${n} ${side} run ${run}: ${e.message}`));
        if (process.env.BENCH_DEBUG) log(`  ${v[side]} ${n} run ${run}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
      }
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
const r2 = (x) => Math.round(x * 100) / 100;
const LABELS = {
  map: { first: ['script start → choropleth drawn, points off', 'script start → map drawn with {n} points'], hover: ['mouse move → tooltip, points off', 'mouse move → tooltip, {n} points on'] },
  atlas: { first: `atlas page, CPU throttled ${ATLAS_THROTTLE}×: script start →` },
  table: { first: 'first render of {n} rows', sort: 'sort by name, {n} rows', filter: 'filter one region, {n} rows', searchIdle: 'search "xian" after idle time, {n} rows', searchAtOnce: 'search "wuhan" right after the first frame, {n} rows' },
  timeline: { first: 'first render of {n} events', firstZoom: 'first zoom-in step (×1.6), {n} events', zoomIn: 'zoom-in step (×1.6), {n} events', zoomOut: 'zoom-out step (÷1.6), {n} events' },
};
/** Ratios of the samples taken side by side (same run, same step), low to high: the range a run can give. */
const pairedRange = (a, b) => {
  const ratios = a.slice(0, b.length).map((x, i) => (b[i] > 0 ? x / b[i] : NaN)).filter(Number.isFinite);
  return ratios.length ? [r2(Math.min(...ratios)), r2(Math.max(...ratios))] : null;
};
const results = {};
for (const [view, measures] of Object.entries(samples)) {
  results[view] = {};
  for (const [key, { measure, n, clock, ours, theirs, modular }] of Object.entries(measures)) {
    // A view without a peer (the atlas) has our figures only.
    if (!ours.length || (!theirs.length && VIEWS[view].theirs)) continue;
    if (process.env.BENCH_DEBUG) log(view, key, 'ours', ours.map(r1).join(' '), '| theirs', theirs.map(r1).join(' '), modular.length ? `| modular ${modular.map(r1).join(' ')}` : '');
    const mo = median(ours), mt = theirs.length ? median(theirs) : null;
    const label = LABELS[view][measure];
    const entry = {
      measure,
      n,
      clock,
      label: (Array.isArray(label) ? label[n ? 1 : 0] : label).replace('{n}', n.toLocaleString('en')),
      unit: 'ms',
      ours: r1(mo),
      theirs: mt === null ? null : r1(mt),
      // A longest task of 0 means none over 50 ms: no ratio.
      ratio: mt > 0 ? r2(mo / mt) : null,
      range: pairedRange(ours, theirs),
      samples: { ours: ours.map(r1), theirs: theirs.map(r1) },
    };
    if (modular.length) {
      const mm = median(modular);
      Object.assign(entry, { modular: r1(mm), ratioModular: mm > 0 ? r2(mo / mm) : null, rangeModular: pairedRange(ours, modular) });
      entry.samples.modular = modular.map(r1);
    }
    results[view][key] = entry;
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
// What the Markdown needs besides the results, so that `node bench/report.mjs` can rewrite it from the JSON alone.
const settings = { ROWS, EVENTS, POINTS, ATLAS_THROTTLE, HOVER_MAX_POINTS, CLOCKS, QUIET_MS, POLL_MS, BUSY_PER_POLL, HOVER_TARGETS: HOVER_TARGETS.map((id) => nameOf[id]) };
const report = { date: new Date().toISOString(), machine, versions, viewport: VIEWPORT, runs: RUNS, settings, results, weights, checks, errors, durationSeconds: Math.round((Date.now() - started) / 1000) };

for (const [view, measures] of Object.entries(results)) {
  for (const m of Object.values(measures)) {
    const modular = m.modular !== undefined ? `  modular ${String(m.modular).padStart(7)} ms  ratio ${m.ratioModular}` : '';
    log(`${view.padEnd(8)} ${`${m.label}, ${CLOCKS[m.clock]}`.padEnd(64)} ours ${String(m.ours).padStart(7)} ms  ${VIEWS[view].peer} ${String(m.theirs).padStart(7)} ms  ratio ${m.ratio} (${m.range?.join('–')})${modular}`);
  }
}
for (const [view, w] of Object.entries(weights)) log(`${view.padEnd(8)} weight: ours ${w.ours.total} kB, ${VIEWS[view].peer} ${w.theirs.total} kB (min+gzip), ratio ${w.ratio}`);
if (errors.length) log('errors:', errors);
if (process.env.BENCH_DEBUG) console.log(JSON.stringify({ results, checks, weights }, null, 1));

if (WRITE) {
  const { markdown } = await import('./report.mjs');
  writeFileSync(join(root, 'docs/performance.json'), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(join(root, 'docs/performance.md'), markdown(report, settings));
  log('wrote docs/performance.md and docs/performance.json');
}
