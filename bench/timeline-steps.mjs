#!/usr/bin/env node
// The main-thread time of each zoom step of our timeline, one or more copies of its sources side by side: a fresh page
// per run, the copies taking turns, the renderer's thread time (CPU, from a trace) per step, with its layout and paint.
// On a machine shared with other work the thread time holds better than wall time; compare copies of one run.
//   node bench/timeline-steps.mjs [--n 1000] [--runs 5] [--steps 1,1,1,-1,-1,-1] [--src dirA,dirB]
// --src: copies of packages/sinocarte/src (say, an older commit's, from `git archive`); default this one.
// A step lands on a zoom level whose marks in view set its cost: compare a step with the step back to the same level.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bench = dirname(fileURLToPath(import.meta.url));
const root = join(bench, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const N = Number(arg('n', 1000));
const RUNS = Number(arg('runs', 5));
const STEPS = arg('steps', '1,1,1,-1,-1,-1').split(',').map(Number);
const SOURCES = arg('src', join(root, 'packages/sinocarte/src')).split(',');
const out = join(bench, '.out', 'timeline-steps');

const view = readFileSync(join(bench, 'views', 'timeline-ours.js'), 'utf8');
for (const [i, src] of SOURCES.entries()) {
  const dir = join(out, String(i));
  mkdirSync(dir, { recursive: true });
  await build({
    stdin: { contents: view.replace('../../packages/sinocarte/src/timeline.ts', join(src, 'timeline.ts')), resolveDir: root, sourcefile: 'timeline-ours.js' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: join(root, 'tsconfig.json'),
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'error',
    outfile: join(dir, 'timeline-ours.js'),
  });
  writeFileSync(join(dir, 'harness.js'), readFileSync(join(bench, 'static/harness.js')));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>steps</title>
<style>body { margin: 0; font: 14px/1.4 system-ui, sans-serif; } #host { width: 960px; margin: 16px; }</style></head>
<body><div id="host"></div><script type="module" src="./timeline-ours.js"></script>
<script type="module">import * as H from './harness.js'; window.events = H.makeEvents(${N}); window.ready = true;</script></body></html>`,
  );
}
const types = { '.js': 'text/javascript', '.html': 'text/html' };
const server = createServer((req, res) => {
  const path = join(out, new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html'));
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

/** The renderer main thread's time in a trace, by kind (ms): the busiest renderer is the page's. */
function threadTime(events) {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const on = (m) => events.filter((e) => e.ph === 'X' && e.pid === m.pid && e.tid === m.tid);
  const sum = (list, names) => list.filter((e) => names.includes(e.name)).reduce((s, e) => s + (e.tdur ?? 0) / 1000, 0);
  const main = mains.map(on).sort((a, b) => sum(b, ['RunTask']) - sum(a, ['RunTask']))[0] ?? [];
  return { thread: sum(main, ['RunTask']), layout: sum(main, ['Layout', 'UpdateLayoutTree']), paint: sum(main, ['Paint', 'PrePaint', 'Layerize', 'Commit']) };
}

const samples = SOURCES.map(() => STEPS.map(() => []));
for (let run = 0; run < RUNS; run++) {
  for (const i of SOURCES.keys()) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, locale: 'en-GB' });
    const tab = await context.newPage();
    tab.on('pageerror', (e) => console.error('page error:', e.message));
    await tab.goto(`http://127.0.0.1:${server.address().port}/${i}/`);
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
      samples[i][s].push({ marks, ...threadTime(trace.traceEvents ?? trace) });
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
