#!/usr/bin/env node
// One table scenario, our side only, with a Chromium CPU profile per step: where the main thread's time goes.
// Much lighter than the full bench (one page, no peers): for working on the table on a shared machine.
//   node bench/profile-table.mjs [--n 1000] [--steps render,sort:name,filter:CN-GD,filter:,search:xian] [--idle 0] [--top 25]
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
const out = join(bench, '.out', 'profile');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const N = Number(arg('n', 1000));
const STEPS = arg('steps', 'render,sort:name,filter:CN-GD,filter:,search:xian').split(',');
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
const view = readFileSync(join(bench, 'views', 'table-ours.js'), 'utf8').replace('../../packages/sinocarte/src/park-table.ts', join(SRC, 'park-table.ts'));
await build({
  stdin: { contents: view, resolveDir: root, sourcefile: 'table-ours.js' },
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
  outfile: join(out, 'table-ours.js'),
});
const data = join(root, 'packages/data/dist');
for (const f of ['parks', 'regions', 'sectors']) writeFileSync(join(out, `${f}.json`), readFileSync(join(data, `${f}.json`)));
writeFileSync(join(out, 'harness.js'), readFileSync(join(bench, 'static/harness.js')));
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>profile</title>
<script>window.LONG = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.LONG.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });</script>
<style>body { margin: 0; font: 14px/1.4 system-ui, sans-serif; } #host { width: 960px; margin: 16px; }</style>
</head><body><div id="host"></div>
<script type="module" src="/table-ours.js"></script>
<script type="module">
import * as H from '/harness.js';
window.H = H;
const parks = await (await fetch('/parks.json')).json();
window.rows = H.makeRows(parks, ${N});
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
    sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  // --events: every layout, style and paint over 5 ms in order (wall/CPU ms), to see which one a change forced.
  if (process.argv.includes('--events') && main) {
    const seen = events.filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && ['UpdateLayoutTree', 'Layout', 'Paint', 'RunTask'].includes(e.name) && e.dur > 5000);
    console.log('   ' + seen.sort((a, b) => a.ts - b.ts).map((e) => `${e.name} ${Math.round(e.dur / 1000)}/${Math.round((e.tdur ?? 0) / 1000)}`).join(', '));
  }
  // The thread time of every top-level task: on a loaded machine, the figure to compare between two versions.
  const cpu = main ? events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === main.pid && e.tid === main.tid).reduce((sum, e) => sum + (e.tdur ?? 0) / 1000, 0) : 0;
  console.log(`   thread time of all tasks: ${cpu.toFixed(0)} ms`);
  const cpuOver50 = long.filter((t) => Number(t.split('/')[1]) > 50).length;
  return `${[...sums].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}\n   tasks over 50 ms, wall/CPU ms: ${long.join(', ') || 'none'} (${cpuOver50} over 50 ms of CPU)`;
}

let mark = 0;
for (const step of STEPS) {
  const [what, value = ''] = step.split(':');
  await cdp.send('Profiler.start');
  if (TRACE) await browser.startTracing(tab, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const r = await tab.evaluate(
    async ([what, value]) => {
      const t0 = performance.now();
      const change =
        what === 'render'
          ? () => window.view.render(document.getElementById('host'), { rows: window.rows })
          : what === 'sort'
            ? () => window.view.sort(value)
            : what === 'filter'
              ? () => window.view.filterRegion(value)
              : () => window.view.search(value);
      const { painted } = await window.H.timed(change);
      return { t0, painted, count: window.view.count() };
    },
    [what, value],
  );
  const wait = what === 'render' ? Math.max(IDLE, WAIT) : WAIT;
  await tab.waitForTimeout(wait);
  const { profile } = await cdp.send('Profiler.stop');
  const trace = TRACE ? timeline(JSON.parse((await browser.stopTracing()).toString())) : '';
  if (SAVE) writeFileSync(join(SAVE, `${String(mark).padStart(2, '0')}-${what}.cpuprofile`), JSON.stringify(profile));
  const long = await tab.evaluate((t0) => window.LONG.filter(([s, d]) => s + d > t0).map(([, d]) => Math.round(d)), r.t0);
  const rows = bottomUp(profile);
  const total = rows.filter(([k]) => k !== '(idle)' && k !== '(program)').reduce((s, [, v]) => s + v, 0);
  console.log(`\n== ${step} (${N} rows): painted ${r.painted.toFixed(0)} ms, ${r.count} rows; JS+GC+layout samples ${total.toFixed(0)} ms; long tasks ${long.length ? long.join(', ') : 'none'}`);
  if (trace) console.log(`   renderer main thread: ${trace}`);
  for (const [k, v] of rows.filter(([k]) => k !== '(idle)').slice(0, TOP)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
  mark++;
}
await browser.close();
server.close();
