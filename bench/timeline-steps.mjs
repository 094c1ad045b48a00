#!/usr/bin/env node
// The main-thread time of each zoom step of our timeline, one or more copies of its sources side by side: a fresh page
// per run, the copies taking turns, the renderer's thread time (CPU, from a trace) per step, with its layout and paint.
// On a machine shared with other work the thread time holds better than wall time; compare copies of one run.
//   node bench/timeline-steps.mjs [--n 1000] [--runs 5] [--steps 1,1,1,-1,-1,-1] [--src dirA,dirB]
// --src: copies of packages/sinocarte/src (say, an older commit's, from `git archive`); default this one.
// A step lands on a zoom level whose marks in view set its cost: compare a step with the step back to the same level.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arg, bench, buildView, defaultSrc, launch, mainThreadEvents, newTab, serve, threadTimeOf } from './profile-kit.mjs';

const N = Number(arg('n', 1000));
const RUNS = Number(arg('runs', 5));
const STEPS = arg('steps', '1,1,1,-1,-1,-1').split(',').map(Number);
const SOURCES = arg('src', defaultSrc).split(',');
const out = join(bench, '.out', 'timeline-steps');

for (const [i, src] of SOURCES.entries()) {
  const dir = join(out, String(i));
  mkdirSync(dir, { recursive: true });
  await buildView({ view: 'timeline', entry: 'timeline.ts', src, target: join(dir, 'timeline-ours.js'), minify: true });
  writeFileSync(join(dir, 'harness.js'), readFileSync(join(bench, 'static/harness.js')));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>steps</title>
<style>body { margin: 0; font: 14px/1.4 system-ui, sans-serif; } #host { width: 960px; margin: 16px; }</style></head>
<body><div id="host"></div><script type="module" src="./timeline-ours.js"></script>
<script type="module">import * as H from './harness.js'; window.events = H.makeEvents(${N}); window.ready = true;</script></body></html>`,
  );
}
const { server, base } = await serve(out);
const browser = await launch();

/** The renderer main thread's time in a trace, by kind (ms): the busiest renderer is the page's. */
function threadTime(trace) {
  const main = mainThreadEvents(trace);
  return { thread: threadTimeOf(main, ['RunTask']), layout: threadTimeOf(main, ['Layout', 'UpdateLayoutTree']), paint: threadTimeOf(main, ['Paint', 'PrePaint', 'Layerize', 'Commit']) };
}

const samples = SOURCES.map(() => STEPS.map(() => []));
for (let run = 0; run < RUNS; run++) {
  for (const i of SOURCES.keys()) {
    const { context, tab } = await newTab(browser);
    await tab.goto(`${base}/${i}/`);
    await tab.waitForFunction(() => window.ready);
    await tab.evaluate(() => window.view.render(document.getElementById('host'), { events: window.events }));
    await tab.waitForTimeout(1000);
    for (const [s, direction] of STEPS.entries()) {
      await browser.startTracing(tab, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      const marks = await tab.evaluate(async (direction) => {
        await window.view.zoom(direction);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        return window.view.marks();
      }, direction);
      const trace = JSON.parse((await browser.stopTracing()).toString());
      samples[i][s].push({ marks, ...threadTime(trace) });
      await tab.waitForTimeout(200);
    }
    await context.close();
  }
}
await browser.close();
server.close();

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
console.log(`${N.toLocaleString('en')} events, ${RUNS} runs a copy (thread ms, median; layout includes style; every run in brackets)`);
for (const [i, src] of SOURCES.entries()) {
  console.log(src);
  STEPS.forEach((direction, s) => {
    const list = samples[i][s];
    const med = (k) => median(list.map((x) => x[k])).toFixed(1);
    console.log(`  step ${s + 1} ${direction > 0 ? 'in ' : 'out'} → ${list[0].marks} marks: thread ${med('thread')} [${list.map((x) => x.thread.toFixed(0)).join(' ')}], layout ${med('layout')}, paint ${med('paint')}`);
  });
}
