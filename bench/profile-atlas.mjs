#!/usr/bin/env node
// The atlas page alone (as bench/run.mjs times it, CPU throttled 4×), with a trace and a CPU profile: every main-thread
// task over a threshold, its wall and thread time, and the functions with the most self time inside it.
// Much lighter than the bench (one page per run, no peers): for working on the atlas's start on a shared machine.
//   node bench/profile-atlas.mjs [--runs 3] [--throttle 4] [--over 30] [--top 8] [--src dir] [--save dir]
//   node bench/profile-atlas.mjs --view timeline --n 1000 --throttle 1   # the timeline's first render, as the bench times it
// Per run: the first frame and time to interactive as run.mjs counts them (longtask observer), then each task over
// --over ms of wall time. On a loaded machine compare the thread times (the CPU the task used), not the wall times.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arg, bench, buildView, defaultSrc, flag, launch, mainThreadEvents, serve } from './profile-kit.mjs';

const out = join(bench, '.out', 'profile-atlas');
const RUNS = Number(arg('runs', 3));
const THROTTLE = Number(arg('throttle', 4));
const OVER = Number(arg('over', 30));
const TOP = Number(arg('top', 8));
const SAVE = arg('save', '');
const SRC = arg('src', defaultSrc);
/** --minify: the bundle as the bench serves it (function names lost), for its timings. */
const MINIFY = flag('minify');
/** --view timeline: the timeline's first render of --n events (made by the bench's harness before the clock). */
const VIEW = arg('view', 'atlas');
const N = Number(arg('n', 1000));

mkdirSync(out, { recursive: true });
await buildView({ view: VIEW, entry: `${VIEW}.ts`, src: SRC, target: join(out, 'atlas-ours.js'), minify: MINIFY });
writeFileSync(join(out, 'harness.js'), readFileSync(join(bench, 'static/harness.js')));
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>atlas profile</title>
<script>window.T0 = performance.now(); window.LONG = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.LONG.push([e.startTime, e.startTime + e.duration]); }).observe({ type: 'longtask', buffered: true });</script>
<style>body { margin: 0; font: 14px/1.4 system-ui, sans-serif; } #host { width: 960px; margin: 16px; }</style>
</head><body><div id="host"></div>
<script type="module" src="/atlas-ours.js"></script>
<script type="module">
import * as H from '/harness.js';
const input = ${VIEW === 'timeline' ? `{ events: H.makeEvents(${N}) }` : '{}'};
const count = await window.view.render(document.getElementById('host'), input);
const painted = await H.afterPaint();
window.result = { fromStart: painted - window.T0, count };
</script></body></html>`,
);
const { server, base } = await serve(out);
const browser = await launch();

/** The functions with the most self time between two trace timestamps (µs), from a CPU profile. */
function selfTime(profile, from, to, inclusive = false) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const next = profile.timeDeltas[i + 1] ?? 0;
    if (t < from || t > to) continue;
    const keys = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = inclusive ? parent.get(id) : undefined) {
      const { functionName, url, lineNumber } = byId.get(id).callFrame;
      keys.add(`${functionName || '(anonymous)'}${url ? ` ${url.split('/').pop()}:${lineNumber + 1}` : ''}`);
    }
    for (const key of keys) self.set(key, (self.get(key) ?? 0) + next / 1000);
  }
  return [...self].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]);
}

const summary = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1, locale: 'en-GB' });
  const tab = await context.newPage();
  tab.on('pageerror', (e) => console.error('page error:', e.message));
  const cdp = await context.newCDPSession(tab);
  if (THROTTLE > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  await browser.startTracing(tab, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack'] });
  await tab.goto(`${base}/`);
  await tab.waitForFunction(() => window.result, null, { timeout: 120_000, polling: 50 });
  // The views below the fold and whatever follows: two seconds of the page's own time.
  await tab.waitForTimeout(2000 * Math.max(1, THROTTLE / 2));
  const { profile } = await cdp.send('Profiler.stop');
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const { fromStart, count } = await tab.evaluate(() => window.result);
  const long = await tab.evaluate(() => window.LONG);
  if (SAVE) writeFileSync(join(SAVE, `atlas-${run}.cpuprofile`), JSON.stringify(profile));
  if (SAVE) writeFileSync(join(SAVE, `atlas-${run}.trace.json`), JSON.stringify(trace));
  const onMain = mainThreadEvents(trace);
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  const interactive = Math.max(fromStart, ...long.filter(([s]) => s < fromStart + 3000).map(([, e]) => e));
  const longest = Math.max(0, ...long.map(([s, e]) => e - s));
  const cpu = tasks.reduce((s, e) => s + (e.tdur ?? 0) / 1000, 0);
  summary.push({ fromStart, interactive, longest, cpu });
  console.log(`\n== run ${run + 1}: ${count} views, first frame ${fromStart.toFixed(0)} ms, interactive ${interactive.toFixed(0)} ms, longest task ${longest.toFixed(0)} ms; thread time of all tasks ${cpu.toFixed(0)} ms`);
  for (const task of tasks.filter((e) => e.dur / 1000 > OVER)) {
    const inside = onMain.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task);
    const kinds = new Map();
    for (const e of inside) if (['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'Paint', 'ParseHTML', 'MajorGC', 'MinorGC', 'RunMicrotasks', 'PrePaint', 'Layerize'].includes(e.name)) kinds.set(e.name, (kinds.get(e.name) ?? 0) + (e.tdur ?? e.dur) / 1000);
    console.log(`-- task at ${((task.ts - tasks[0].ts) / 1000).toFixed(0)}: ${(task.dur / 1000).toFixed(0)} ms wall / ${((task.tdur ?? 0) / 1000).toFixed(0)} ms thread (kinds in thread ms): ${[...kinds].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
    // Style and layout forced by script (the browser records the script's stack), over 2 ms.
    for (const e of inside.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && e.dur > 2000)) {
      const stack = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace;
      if (stack?.length) console.log(`   forced ${e.name} ${(e.dur / 1000).toFixed(0)} ms by ${stack.slice(0, 3).map((f) => `${f.functionName || '(anonymous)'}:${f.lineNumber}`).join(' < ')}`);
    }
    if (flag('events'))
      for (const e of inside.filter((e) => e.dur > 3000).sort((a, b) => a.ts - b.ts)) console.log(`   ${((e.ts - task.ts) / 1000).toFixed(0).padStart(4)} +${(e.dur / 1000).toFixed(0).padStart(3)} ms (thread ${((e.tdur ?? 0) / 1000).toFixed(0)}) ${e.name} ${e.args?.data?.url?.split('/').pop() ?? e.args?.data?.functionName ?? e.args?.data?.type ?? ''} ${JSON.stringify(e.args?.beginData?.stackTrace?.[0] ?? e.args?.data?.stackTrace?.[0] ?? '')}`);
    for (const [k, v] of selfTime(profile, task.ts, task.ts + task.dur).slice(0, TOP)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
    // --inclusive: the functions with the most time including what they called (the profile's top-down view).
    if (flag('inclusive'))
      for (const [k, v] of selfTime(profile, task.ts, task.ts + task.dur, true).filter(([k]) => k !== '(root)').slice(0, 3 * TOP)) console.log(`   incl ${v.toFixed(1).padStart(8)} ms  ${k}`);
  }
  await context.close();
}
const med = (k) => summary.map((s) => s[k]).sort((a, b) => a - b)[Math.floor(summary.length / 2)].toFixed(0);
console.log(`\nmedian of ${RUNS}: first frame ${med('fromStart')} ms, interactive ${med('interactive')} ms, longest task ${med('longest')} ms, thread time ${med('cpu')} ms`);
await browser.close();
server.close();
