#!/usr/bin/env node
// Our map alone, one size, from script start to the first painted frame (as the bench's map clock), with a Chromium
// CPU profile of the whole page load and, with --trace, the main thread's work by kind and its tasks over 50 ms.
//   node bench/profile-map.mjs [--n 0|53|1000|10000] [--runs 3] [--top 25] [--fns a,b] [--cpu] [--trace [--tasks]] [--net] [--minify]
//     [--save dir] [--src dir]
// Much lighter than the full bench (one page, no peer): for working on the map on a shared machine.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arg, bench, bottomUp, buildView, defaultSrc, inclusive, launch, mainThreadEvents, newTab, root, serve } from './profile-kit.mjs';

const out = join(bench, '.out', 'profile-map');
const N = Number(arg('n', 0));
const RUNS = Number(arg('runs', 3));
const TOP = Number(arg('top', 25));
const SAVE = arg('save', '');
const TRACE = process.argv.includes('--trace');
/** --minify: the bundle as the bench serves it (function names lost, timings closer to the bench's). */
const MINIFY = process.argv.includes('--minify');
const SRC = arg('src', defaultSrc);

mkdirSync(out, { recursive: true });
await buildView({ view: 'map', entry: 'province-map.ts', src: SRC, target: join(out, 'views'), minify: MINIFY, splitting: true });
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
const { server, base } = await serve(out);
const browser = await launch();

/** --cpu: the page's main-thread CPU (thread time of its tasks, from the navigation to 300 ms after the painted frame) and its longest task's. */
const CPU = process.argv.includes('--cpu');
function threadTime(trace) {
  const main = mainThreadEvents(trace).filter((e) => e.name === 'RunTask');
  return { total: main.reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000, longest: Math.max(0, ...main.map((e) => (e.tdur ?? 0) / 1000)) };
}

/** The main thread's work by kind and its long tasks, from a trace. */
function timeline(trace) {
  const mine = mainThreadEvents(trace).filter((e) => e.dur);
  if (!mine.length) return 'no main thread';
  const sums = new Map();
  const tasks = [];
  for (const e of mine) {
    if (e.name === 'RunTask' && e.dur > 20_000) tasks.push(`${Math.round(e.dur / 1000)}/${Math.round((e.tdur ?? 0) / 1000)}`);
    if (['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'FunctionCall', 'EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'MajorGC', 'MinorGC', 'ParseHTML', 'Commit', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'ResizeObserver', 'HitTest'].includes(e.name))
      sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  // --tasks: every task over 2 ms in order, from the navigation: start, wall/CPU ms, and its biggest parts.
  if (process.argv.includes('--tasks')) {
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
const incl = new Map();
const all = new Map();
for (let run = 0; run < RUNS; run++) {
  const { context, tab } = await newTab(browser);
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
  for (const [k, v] of inclusive(profile, FNS)) incl.set(k, (incl.get(k) ?? 0) + v / RUNS);
  await context.close();
}
console.log(`\nself time, mean of ${RUNS} runs:`);
for (const [k, v] of [...all].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
console.log(`\ninclusive time, mean of ${RUNS} runs: ${FNS.map((f) => `${f} ${(incl.get(f) ?? 0).toFixed(1)}`).join(', ')}`);
await browser.close();
server.close();
