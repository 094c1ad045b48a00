#!/usr/bin/env node
// One timeline scenario, our side only, with a Chromium CPU profile per step: where the main thread's time goes.
// Much lighter than the full bench (one page, no peers): for working on the timeline on a shared machine.
//   node bench/profile-timeline.mjs [--n 1000] [--steps render,zoom:1,zoom:1,zoom:-1] [--top 25] [--trace]
//     [--throttle 1] [--save dir]
// Each step: time to the painted frame after it, main-thread tasks over 50 ms until 1 s after it (and after the
// --idle wait that follows the render), and the functions with the most self time (the profile's bottom-up view).
// --save writes each step's .cpuprofile (open it in Chromium's DevTools, Performance panel).
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bench = dirname(fileURLToPath(import.meta.url));
const root = join(bench, '..');
const out = join(bench, '.out', 'profile-timeline');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const N = Number(arg('n', 1000));
const STEPS = arg('steps', 'render,zoom:1,zoom:1,zoom:1,zoom:-1,zoom:-1').split(',');
const IDLE = Number(arg('idle', 0));
const TOP = Number(arg('top', 25));
const THROTTLE = Number(arg('throttle', 1));
/** --wait: ms after each step before the next (the bench clears the filter and searches at once: --wait 0). */
const WAIT = Number(arg('wait', 1000));
const SAVE = arg('save', '');
/** --trace: also a Performance trace per step, summed by kind of work (script, style, layout, paint). */
const TRACE = process.argv.includes('--trace');
/** --src: another copy of packages/sinocarte/src (say, an older commit's, from `git archive`) to profile. */
const SRC = arg('src', join(root, 'packages/sinocarte/src'));

mkdirSync(out, { recursive: true });
const view = readFileSync(join(bench, 'views', 'timeline-ours.js'), 'utf8').replace('../../packages/sinocarte/src/timeline.ts', join(SRC, 'timeline.ts'));
await build({
  stdin: { contents: view, resolveDir: root, sourcefile: 'timeline-ours.js' },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['browser', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  tsconfig: join(root, 'tsconfig.json'),
  // A --src outside the repository finds Lit and the data package here.
  nodePaths: [join(root, 'node_modules')],
  logLevel: 'error',
  // Not minified: the profile names the functions.
  outfile: join(out, 'timeline-ours.js'),
});
writeFileSync(join(out, 'harness.js'), readFileSync(join(bench, 'static/harness.js')));
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>profile</title>
<script>window.LONG = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.LONG.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });</script>
<style>body { margin: 0; font: 14px/1.4 system-ui, sans-serif; } #host { width: 960px; margin: 16px; }</style>
</head><body><div id="host"></div>
<script type="module" src="/timeline-ours.js"></script>
<script type="module">
import * as H from '/harness.js';
window.H = H;
window.events = H.makeEvents(${N});
window.ready = true;
</script></body></html>`,
);
const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = join(out, new URL(req.url, 'http://x').pathname.replace(/^\/$/, '/index.html'));
  try {
    const body = readFileSync(path);
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, locale: 'en-GB' });
const tab = await context.newPage();
tab.on('pageerror', (e) => console.error('page error:', e.message));
const cdp = await context.newCDPSession(tab);
if (THROTTLE > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await tab.goto(`http://127.0.0.1:${server.address().port}/`);
await tab.waitForFunction(() => window.ready, null, { timeout: 300_000 });

/** Self time per function (ms), from a CPU profile. */
function bottomUp(profile) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]);
}

/** With CALLERS=fn: the call paths that lead to `fn`, by self time of `fn` under them. */
function callers(profile, name) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  const paths = new Map();
  for (const n of profile.nodes) {
    if (n.callFrame.functionName !== name || !self.get(n.id)) continue;
    const chain = [];
    for (let p = parent.get(n.id); p && chain.length < 6; p = parent.get(p)) chain.push(`${byId.get(p).callFrame.functionName || '(anon)'}:${byId.get(p).callFrame.lineNumber + 1}`);
    const key = chain.join(' < ');
    paths.set(key, (paths.get(key) ?? 0) + self.get(n.id));
  }
  return [...paths].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `   ${v.toFixed(1)} ms ${name} < ${k}`).join('\n');
}

/** With TOTAL=fn,fn: the time spent in each function and what it calls (once per sample, recursion counted once). */
function inclusive(profile, names) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map(names.map((n) => [n, 0]));
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const seen = new Set();
    for (let id = profile.samples[i]; id; id = parent.get(id)) {
      const name = byId.get(id).callFrame.functionName;
      if (total.has(name) && !seen.has(name)) {
        seen.add(name);
        total.set(name, total.get(name) + (dt[i + 1] ?? 0) / 1000);
      }
    }
  }
  return [...total].map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
}

/** Total duration of the renderer main thread's top-level work by kind, from a trace (ms). */
function timeline(trace) {
  const events = trace.traceEvents ?? trace;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const sums = new Map();
  // Tasks over 50 ms of wall time, with their thread time (CPU): on a loaded machine the wall time also counts the
  // time the thread waited for a core.
  const long = [];
  for (const e of events) {
    if (main && e.ph === 'X' && e.name === 'RunTask' && e.pid === main.pid && e.tid === main.tid && e.dur > 50_000) long.push(`${Math.round(e.dur / 1000)}/${Math.round((e.tdur ?? 0) / 1000)}`);
    if (e.ph !== 'X' || !main || e.pid !== main.pid || e.tid !== main.tid) continue;
    if (!['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'FunctionCall', 'EvaluateScript', 'V8.GC_MC_BACKGROUND_MARKING', 'MajorGC', 'MinorGC', 'HitTest', 'RunTask', 'ParseHTML', 'UpdateLayerTree', 'Commit'].includes(e.name)) continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  // Every task over 3 ms: when it started (ms after the first), its wall time, and its work by kind.
  const tasks = events.filter((e) => main && e.ph === 'X' && e.name === 'RunTask' && e.pid === main.pid && e.tid === main.tid && e.dur > 3000).sort((a, b) => a.ts - b.ts);
  const kinds = ['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'FunctionCall', 'EventDispatch', 'FireAnimationFrame', 'TimerFire', 'RunMicrotasks', 'MinorGC', 'MajorGC', 'ResizeObserver', 'UpdateLayerTree'];
  const detail = tasks.map((t) => {
    const inside = new Map();
    for (const e of events) {
      if (e.ph !== 'X' || e.pid !== main.pid || e.tid !== main.tid || e.ts < t.ts || e.ts >= t.ts + t.dur || !kinds.includes(e.name)) continue;
      inside.set(e.name, (inside.get(e.name) ?? 0) + (e.tdur ?? e.dur) / 1000);
    }
    return `     +${((t.ts - tasks[0].ts) / 1000).toFixed(0)} ms: ${(t.dur / 1000).toFixed(1)} ms wall, ${((t.tdur ?? 0) / 1000).toFixed(1)} ms thread [${[...inside].map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}]`;
  });
  if (process.env.LAYOUT_DEBUG) for (const e of events) if (main && e.pid === main.pid && e.tid === main.tid && e.name === 'Layout' && e.ph === 'X' && e.dur > 2000) console.log('   Layout', (e.tdur / 1000).toFixed(1), JSON.stringify(e.args).slice(0, 400));
  const cpuOver50 = long.filter((t) => Number(t.split('/')[1]) > 50).length;
  return `${[...sums].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}\n   tasks over 50 ms, wall/CPU ms: ${long.join(', ') || 'none'} (${cpuOver50} over 50 ms of CPU)\n${detail.join('\n')}`;
}

let mark = 0;
for (const step of STEPS) {
  const [what, value = ''] = step.split(':');
  await cdp.send('Profiler.start');
  if (TRACE) await browser.startTracing(tab, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const r = await tab.evaluate(
    async ([what, value]) => {
      const t0 = performance.now();
      const change = what === 'render' ? () => window.view.render(document.getElementById('host'), { events: window.events }) : () => window.view.zoom(Number(value));
      const { painted } = await window.H.timed(change);
      return { t0, painted, count: window.view.marks() };
    },
    [what, value],
  );
  const wait = what === 'render' ? Math.max(IDLE, WAIT) : WAIT;
  await tab.waitForTimeout(wait);
  const { profile } = await cdp.send('Profiler.stop');
  const trace = TRACE ? timeline(JSON.parse((await browser.stopTracing()).toString())) : '';
  if (SAVE) writeFileSync(join(SAVE, `${String(mark).padStart(2, '0')}-${what}.cpuprofile`), JSON.stringify(profile));
  const long = await tab.evaluate((t0) => window.LONG.filter(([s, d]) => s + d > t0).map(([, d]) => Math.round(d)), r.t0);
  if (process.env.TOTAL) console.log(`   inclusive ms: ${inclusive(profile, process.env.TOTAL.split(','))}`);
  if (process.env.CALLERS) for (const name of process.env.CALLERS.split(',')) console.log(callers(profile, name));
  const rows = bottomUp(profile);
  const total = rows.filter(([k]) => k !== '(idle)' && k !== '(program)').reduce((s, [, v]) => s + v, 0);
  console.log(`\n== ${step} (${N} events): painted ${r.painted.toFixed(0)} ms, ${r.count} marks; JS+GC+layout samples ${total.toFixed(0)} ms; long tasks ${long.length ? long.join(', ') : 'none'}`);
  if (trace) console.log(`   renderer main thread: ${trace}`);
  for (const [k, v] of rows.filter(([k]) => k !== '(idle)').slice(0, TOP)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
  mark++;
}
await browser.close();
server.close();
