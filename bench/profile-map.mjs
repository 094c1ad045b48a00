#!/usr/bin/env node
// Our map alone, one size, from script start to the first painted frame (as the bench's map clock), with a Chromium
// CPU profile of the whole page load and, with --trace, the main thread's work by kind and its tasks over 50 ms.
//   node bench/profile-map.mjs [--n 0|53|1000|10000] [--runs 3] [--top 25] [--fns a,b] [--cpu] [--trace [--tasks]] [--net] [--minify]
//     [--save dir] [--src dir]
// Much lighter than the full bench (one page, no peer): for working on the map on a shared machine.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bench = dirname(fileURLToPath(import.meta.url));
const root = join(bench, '..');
const out = join(bench, '.out', 'profile-map');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const N = Number(arg('n', 0));
const RUNS = Number(arg('runs', 3));
const TOP = Number(arg('top', 25));
const SAVE = arg('save', '');
const TRACE = process.argv.includes('--trace');
/** --minify: the bundle as the bench serves it (function names lost, timings closer to the bench's). */
const MINIFY = process.argv.includes('--minify');
const SRC = arg('src', join(root, 'packages/sinocarte/src'));

mkdirSync(out, { recursive: true });
const view = readFileSync(join(bench, 'views', 'map-ours.js'), 'utf8').replace('../../packages/sinocarte/src/province-map.ts', join(SRC, 'province-map.ts'));
await build({
  stdin: { contents: view, resolveDir: root, sourcefile: 'map-ours.js' },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['browser', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: join(root, 'tsconfig.json'),
  nodePaths: [join(root, 'node_modules')],
  logLevel: 'error',
  minify: MINIFY,
  splitting: true,
  outdir: join(out, 'views'),
  entryNames: 'map-ours',
});
writeFileSync(join(out, 'parks.json'), readFileSync(join(root, 'packages/data/dist/parks.json')));
writeFileSync(join(out, 'harness.js'), readFileSync(join(bench, 'static/harness.js')));
writeFileSync(join(out, 'blank.html'), '<!doctype html><title>blank</title>');
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>profile</title>
<script>window.T0 = performance.now(); window.LONG = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.LONG.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });</script>
<style>body { margin: 0; font: 14px/1.4 system-ui, sans-serif; } #host { width: 960px; margin: 16px; }</style>
</head><body><div id="host"></div>
<script type="module" src="/views/map-ours.js"></script>
<script type="module">
import * as H from '/harness.js';
const N = Number(new URLSearchParams(location.search).get('n'));
const input = { points: N ? H.makeParks(await (await fetch('/parks.json')).json(), N) : null };
const t0 = performance.now();
const count = await window.view.render(document.getElementById('host'), input);
const painted = await H.afterPaint();
window.result = { fromStart: painted - window.T0, render: painted - t0, count };
</script></body></html>`,
);
const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = join(out, new URL(req.url, 'http://x').pathname.replace(/^\/$/, '/index.html'));
  try {
    const body = readFileSync(path);
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

/** Self time per function (ms), from a CPU profile. */
function bottomUp(profile) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const { functionName, url, lineNumber } = byId.get(profile.samples[i]).callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]);
}

/** --cpu: the page's main-thread CPU (thread time of its tasks, from the navigation to 300 ms after the painted frame) and its longest task's. */
const CPU = process.argv.includes('--cpu');
function threadTime(trace) {
  const events = trace.traceEvents ?? trace;
  const tasks = new Map();
  for (const e of events) if (e.ph === 'X' && e.name === 'RunTask') tasks.set(`${e.pid}/${e.tid}`, [...(tasks.get(`${e.pid}/${e.tid}`) ?? []), e]);
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}/${e.tid}`));
  const [, main] = [...tasks].filter(([k]) => mains.has(k)).sort((a, b) => b[1].reduce((s, e) => s + e.dur, 0) - a[1].reduce((s, e) => s + e.dur, 0))[0] ?? [null, []];
  return { total: main.reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000, longest: Math.max(0, ...main.map((e) => (e.tdur ?? 0) / 1000)) };
}

/** The main thread's work by kind and its long tasks, from a trace. */
function timeline(trace) {
  const events = trace.traceEvents ?? trace;
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The page's renderer: the main thread with the most RunTask time.
  const onMain = (e, m) => e.pid === m.pid && e.tid === m.tid;
  const main = mains.map((m) => [m, events.filter((e) => e.name === 'RunTask' && onMain(e, m)).reduce((s, e) => s + (e.dur ?? 0), 0)]).sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) return 'no main thread';
  const sums = new Map();
  const tasks = [];
  for (const e of events) {
    if (e.ph !== 'X' || !onMain(e, main)) continue;
    if (e.name === 'RunTask' && e.dur > 20_000) tasks.push(`${Math.round(e.dur / 1000)}/${Math.round((e.tdur ?? 0) / 1000)}`);
    if (['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'FunctionCall', 'EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'MajorGC', 'MinorGC', 'ParseHTML', 'Commit', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'ResizeObserver', 'HitTest'].includes(e.name))
      sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  // --tasks: every task over 2 ms in order, from the navigation: start, wall/CPU ms, and its biggest parts.
  if (process.argv.includes('--tasks')) {
    const mine = events.filter((e) => e.ph === 'X' && onMain(e, main) && e.dur);
    const runs = mine.filter((e) => e.name === 'RunTask' && e.dur > 2000).sort((a, b) => a.ts - b.ts);
    const t0 = runs[0]?.ts ?? 0;
    for (const r of runs) {
      const parts = new Map();
      for (const e of mine) if (e !== r && e.ts >= r.ts && e.ts + e.dur <= r.ts + r.dur && ['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'v8.compileModule', 'v8.evaluateModule', 'EvaluateScript', 'MajorGC', 'MinorGC', 'ParseHTML', 'Commit', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'ResizeObserver', 'v8.compile', 'FunctionCall'].includes(e.name)) parts.set(e.name, (parts.get(e.name) ?? 0) + e.dur / 1000);
      const layouts = mine.filter((e) => e.ts >= r.ts && e.ts + e.dur <= r.ts + r.dur && ['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint'].includes(e.name) && e.dur > 1000);
      if (layouts.length) console.log(`          ${layouts.map((e) => `${e.name} ${(e.dur / 1000).toFixed(1)}/${((e.tdur ?? 0) / 1000).toFixed(1)}${e.name === 'Layout' ? ` (${e.args?.beginData?.dirtyObjects ?? '?'} of ${e.args?.beginData?.totalObjects ?? '?'} objects)` : ''}`).join(', ')}`);
      console.log(`   +${((r.ts - t0) / 1000).toFixed(0).padStart(4)} ms: ${(r.dur / 1000).toFixed(1)}/${((r.tdur ?? 0) / 1000).toFixed(1)}  ${[...parts].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
    }
  }
  return `${[...sums].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}\n   tasks over 20 ms, wall/CPU: ${tasks.join(', ') || 'none'}`;
}

/** Inclusive time (ms) of the functions named in --fns (comma-separated), from a CPU profile. */
const FNS = arg('fns', 'decodeArcs,feature,projectedShapes,shape,fit,pathData,mainCentroid,willUpdate,render,update,measure,firstUpdated,summary,renderLegend,paintParkCanvas,renderParks,validateParks,computeMetric,buildClasses,getComputedStyle,makeParks').split(',');
function inclusive(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sums = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const seen = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) seen.add(byId.get(id).callFrame.functionName);
    for (const f of FNS) if (seen.has(f)) sums.set(f, (sums.get(f) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  }
  return sums;
}
const incl = new Map();
const all = new Map();
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, locale: 'en-GB' });
  const tab = await context.newPage();
  tab.on('pageerror', (e) => console.error('page error:', e.message));
  await tab.goto(`${base}/blank.html`);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  if (TRACE || CPU) await browser.startTracing(tab, { categories: TRACE ? ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'toplevel'] : ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  // --net: every request of the page, when it started and ended (ms from the navigation).
  const requests = [];
  if (process.argv.includes('--net')) tab.on('requestfinished', (q) => requests.push(q));
  await tab.goto(`${base}/?n=${N}`);
  await tab.waitForFunction(() => window.result, null, { timeout: 60_000, polling: 50 });
  await tab.waitForTimeout(300);
  const { profile } = await cdp.send('Profiler.stop');
  const events = TRACE || CPU ? JSON.parse((await browser.stopTracing()).toString()) : null;
  const trace = TRACE ? timeline(events) : '';
  const cpu = events ? threadTime(events) : null;
  const r = await tab.evaluate(() => ({ ...window.result, long: window.LONG.map(([, d]) => Math.round(d)) }));
  if (SAVE) writeFileSync(join(SAVE, `map-${N}-${run}.cpuprofile`), JSON.stringify(profile));
  console.log(`run ${run}: painted ${r.fromStart.toFixed(0)} ms from script start (render ${r.render.toFixed(0)} ms), ${r.count} regions, long tasks ${r.long.join(', ') || 'none'}${cpu ? `; main thread CPU ${cpu.total.toFixed(0)} ms, longest task CPU ${cpu.longest.toFixed(0)} ms` : ''}`);
  if (trace) console.log(`   ${trace}`);
  if (requests.length) {
    const start = requests[0].timing().startTime;
    for (const q of requests) {
      const t = q.timing();
      console.log(`   ${(t.startTime - start).toFixed(0).padStart(5)} → ${(t.startTime - start + t.responseEnd).toFixed(0).padStart(5)} ms  ${q.url().replace(base, '')}`);
    }
  }
  for (const [k, v] of bottomUp(profile)) all.set(k, (all.get(k) ?? 0) + v / RUNS);
  for (const [k, v] of inclusive(profile)) incl.set(k, (incl.get(k) ?? 0) + v / RUNS);
  await context.close();
}
console.log(`\nself time, mean of ${RUNS} runs:`);
for (const [k, v] of [...all].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
console.log(`\ninclusive time, mean of ${RUNS} runs: ${FNS.map((f) => `${f} ${(incl.get(f) ?? 0).toFixed(1)}`).join(', ')}`);
await browser.close();
server.close();
