#!/usr/bin/env node
// Our table or our timeline alone, one page, a sequence of steps, with a Chromium CPU profile per step: where the main
// thread's time goes. Much lighter than the full bench (one page, no peers): for working on a view on a shared machine.
//   node bench/profile-view.mjs --view table [--n 1000] [--steps render,sort:name,filter:CN-GD,filter:,search:xian]
//   node bench/profile-view.mjs --view timeline [--n 1000] [--steps render,zoom:1,zoom:1,zoom:-1]
//     [--idle 0] [--wait 1000] [--top 25] [--trace [--events]] [--throttle 1] [--save dir] [--src dir]
// Each step: time to the painted frame after it, main-thread tasks over 50 ms until --wait ms after it (and after the
// --idle wait that follows the render), and the functions with the most self time (the profile's bottom-up view);
// `TOTAL=fn,fn` adds the inclusive times of those functions, `CALLERS=fn` the call paths to one.
// --save writes each step's .cpuprofile (open it in Chromium's DevTools, Performance panel).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arg, bench, bottomUp, buildView, callers, defaultSrc, flag, inclusive, launch, mainThreadEvents, newTab, root, serve, threadTimeOf } from './profile-kit.mjs';

/**
 * What differs between the two views: the element's entry, the steps by default, what the page makes before the first
 * step (rows from the bundled parks, or events), the first step's input, and what a step does and counts.
 */
const VIEWS = {
  table: {
    entry: 'park-table.ts',
    steps: 'render,sort:name,filter:CN-GD,filter:,search:xian',
    setup: (n) => `window.rows = H.makeRows(await (await fetch('/parks.json')).json(), ${n});`,
    files: ['parks', 'regions', 'sectors'],
    unit: 'rows',
  },
  timeline: {
    entry: 'timeline.ts',
    steps: 'render,zoom:1,zoom:1,zoom:1,zoom:-1,zoom:-1',
    setup: (n) => `window.events = H.makeEvents(${n});`,
    files: [],
    unit: 'marks',
  },
};
const VIEW = arg('view', 'table');
const spec = VIEWS[VIEW];
if (!spec) throw new Error(`profile-view: --view is one of ${Object.keys(VIEWS).join(', ')}`);
const out = join(bench, '.out', `profile-${VIEW}`);
const N = Number(arg('n', 1000));
const STEPS = arg('steps', spec.steps).split(',');
const IDLE = Number(arg('idle', 0));
const TOP = Number(arg('top', 25));
const THROTTLE = Number(arg('throttle', 1));
/** --wait: ms after each step before the next (the bench clears the filter and searches at once: --wait 0). */
const WAIT = Number(arg('wait', 1000));
const SAVE = arg('save', '');
/** --trace: also a Performance trace per step, summed by kind of work (script, style, layout, paint). */
const TRACE = flag('trace');

mkdirSync(out, { recursive: true });
await buildView({ view: VIEW, entry: spec.entry, src: arg('src', defaultSrc), target: join(out, `${VIEW}-ours.js`) });
for (const f of spec.files) writeFileSync(join(out, `${f}.json`), readFileSync(join(root, 'packages/data/dist', `${f}.json`)));
writeFileSync(join(out, 'harness.js'), readFileSync(join(bench, 'static/harness.js')));
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>profile</title>
<script>window.LONG = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.LONG.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });</script>
<style>body { margin: 0; font: 14px/1.4 system-ui, sans-serif; } #host { width: 960px; margin: 16px; }</style>
</head><body><div id="host"></div>
<script type="module" src="/${VIEW}-ours.js"></script>
<script type="module">
import * as H from '/harness.js';
window.H = H;
${spec.setup(N)}
window.ready = true;
</script></body></html>`,
);
const { server, base } = await serve(out);
const browser = await launch();
const { context, tab } = await newTab(browser);
const cdp = await context.newCDPSession(tab);
if (THROTTLE > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await tab.goto(`${base}/`);
await tab.waitForFunction(() => window.ready, null, { timeout: 300_000 });

/** The renderer main thread's work by kind (thread time, ms), its tasks over 50 ms, and every task over 3 ms with its parts. */
function timeline(trace) {
  const events = mainThreadEvents(trace);
  const sums = new Map();
  // Tasks over 50 ms of wall time, with their thread time (CPU): on a loaded machine the wall time also counts the
  // time the thread waited for a core.
  const long = [];
  for (const e of events) {
    if (e.name === 'RunTask' && e.dur > 50_000) long.push(`${Math.round(e.dur / 1000)}/${Math.round((e.tdur ?? 0) / 1000)}`);
    if (!['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'FunctionCall', 'EvaluateScript', 'V8.GC_MC_BACKGROUND_MARKING', 'MajorGC', 'MinorGC', 'HitTest', 'RunTask', 'ParseHTML', 'UpdateLayerTree', 'Commit'].includes(e.name)) continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  // Every task over 3 ms: when it started (ms after the first), its wall time, and its work by kind.
  const tasks = events.filter((e) => e.name === 'RunTask' && e.dur > 3000).sort((a, b) => a.ts - b.ts);
  const kinds = ['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'FunctionCall', 'EventDispatch', 'FireAnimationFrame', 'TimerFire', 'RunMicrotasks', 'MinorGC', 'MajorGC', 'ResizeObserver', 'UpdateLayerTree'];
  const detail = tasks.map((t) => {
    const inside = new Map();
    for (const e of events) if (e.ts >= t.ts && e.ts < t.ts + t.dur && kinds.includes(e.name)) inside.set(e.name, (inside.get(e.name) ?? 0) + (e.tdur ?? e.dur) / 1000);
    return `     +${((t.ts - tasks[0].ts) / 1000).toFixed(0)} ms: ${(t.dur / 1000).toFixed(1)} ms wall, ${((t.tdur ?? 0) / 1000).toFixed(1)} ms thread [${[...inside].map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}]`;
  });
  // --events: every layout, style and paint over 5 ms in order (wall/CPU ms), to see which one a change forced.
  if (flag('events')) {
    const seen = events.filter((e) => ['UpdateLayoutTree', 'Layout', 'Paint', 'RunTask'].includes(e.name) && e.dur > 5000);
    console.log('   ' + seen.sort((a, b) => a.ts - b.ts).map((e) => `${e.name} ${Math.round(e.dur / 1000)}/${Math.round((e.tdur ?? 0) / 1000)}`).join(', '));
  }
  const cpuOver50 = long.filter((t) => Number(t.split('/')[1]) > 50).length;
  // The thread time of every top-level task: on a loaded machine, the figure to compare between two versions.
  return `${[...sums].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}
   thread time of all tasks: ${threadTimeOf(events, ['RunTask']).toFixed(0)} ms
   tasks over 50 ms, wall/CPU ms: ${long.join(', ') || 'none'} (${cpuOver50} over 50 ms of CPU)\n${detail.join('\n')}`;
}

let mark = 0;
for (const step of STEPS) {
  const [what, value = ''] = step.split(':');
  await cdp.send('Profiler.start');
  if (TRACE) await browser.startTracing(tab, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const r = await tab.evaluate(
    async ([what, value]) => {
      const t0 = performance.now();
      const v = window.view;
      const host = document.getElementById('host');
      const timeline = 'zoom' in v;
      const steps = {
        render: () => v.render(host, timeline ? { events: window.events } : { rows: window.rows }),
        zoom: () => v.zoom(Number(value)),
        sort: () => v.sort(value),
        filter: () => v.filterRegion(value),
        search: () => v.search(value),
      };
      if (!steps[what]) throw new Error(`profile-view: no step "${what}"`);
      const { painted } = await window.H.timed(steps[what]);
      return { t0, painted, count: timeline ? v.marks() : v.count() };
    },
    [what, value],
  );
  await tab.waitForTimeout(what === 'render' ? Math.max(IDLE, WAIT) : WAIT);
  const { profile } = await cdp.send('Profiler.stop');
  const trace = TRACE ? timeline(JSON.parse((await browser.stopTracing()).toString())) : '';
  if (SAVE) writeFileSync(join(SAVE, `${String(mark).padStart(2, '0')}-${what}.cpuprofile`), JSON.stringify(profile));
  const long = await tab.evaluate((t0) => window.LONG.filter(([s, d]) => s + d > t0).map(([, d]) => Math.round(d)), r.t0);
  const rows = bottomUp(profile);
  const total = rows.filter(([k]) => k !== '(idle)' && k !== '(program)').reduce((s, [, v]) => s + v, 0);
  console.log(`\n== ${step} (${N} ${VIEW === 'table' ? 'rows' : 'events'}): painted ${r.painted.toFixed(0)} ms, ${r.count} ${spec.unit}; JS+GC+layout samples ${total.toFixed(0)} ms; long tasks ${long.length ? long.join(', ') : 'none'}`);
  if (trace) console.log(`   renderer main thread: ${trace}`);
  if (process.env.TOTAL) console.log(`   inclusive ms: ${[...inclusive(profile, process.env.TOTAL.split(','))].map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
  if (process.env.CALLERS) for (const name of process.env.CALLERS.split(',')) console.log(callers(profile, name));
  for (const [k, v] of rows.filter(([k]) => k !== '(idle)').slice(0, TOP)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
  mark++;
}
await browser.close();
server.close();
