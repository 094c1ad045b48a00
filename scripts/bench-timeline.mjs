#!/usr/bin/env node
// Benchmark of <sino-timeline> with 10,000 synthetic events in Chromium (not part of `npm test`).
// Bundles the element with esbuild, serves it on localhost, and measures in the page:
//   - first render: from appending the element to the end of the first frame that shows the drawn timeline;
//   - zoom step: one click on "+" or "−", from the click to the end of Lit's update plus style and layout
//     (the work of the frame), and the time to the next animation frame after it.
// Usage: node scripts/bench-timeline.mjs [--events 10000] [--width 1200] [--runs 5]
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { findChromium } from './ensure-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const EVENTS = arg('events', 10000);
const WIDTH = arg('width', 1200);
const RUNS = arg('runs', 5);

const dir = mkdtempSync(join(tmpdir(), 'bench-timeline-'));
await build({
  entryPoints: [join(root, 'packages/sinocarte/src/timeline.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  outfile: join(dir, 'timeline.js'),
  tsconfig: join(root, 'tsconfig.json'),
  conditions: ['browser', 'production'],
  logLevel: 'warning',
});

const page = `<!doctype html><meta charset="utf-8"><title>bench</title>
<body style="margin:0;font-family:system-ui,sans-serif"><p>A host page with some text already laid out, as any real page has: Franco-Chinese cooperation since 1964. 中法合作.</p><div id="host" style="width:${WIDTH}px"></div>
<script type="module">
import './timeline.js';
const CATS = ['relations','law-france','institutions','china-policy','five-year-plan','torch','park','partnership','rencontres','comite-chine','agreement','research'];
const REGIONS = ['CN-BJ','CN-SH','CN-GD','CN-HB','CN-SC','CN-SD','CN-LN','CN-CQ','CN-AH','CN-JS'];
let seed = 42;
const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const pad = (n) => String(n).padStart(2, '0');
function date() {
  const y = 1962 + Math.floor(rand() * 69), m = 1 + Math.floor(rand() * 12), d = 1 + Math.floor(rand() * 28), p = rand();
  return p < 0.4 ? String(y) : p < 0.6 ? y + '-' + pad(m) : y + '-' + pad(m) + '-' + pad(d);
}
window.makeEvents = (n) => Array.from({ length: n }, (_, i) => {
  const d = date();
  const e = { id: 'ev-' + d.slice(0, 4) + '-synthetic-' + i, date: d, category: CATS[i % CATS.length],
    title: { fr: 'Événement synthétique ' + i, en: 'Synthetic event ' + i }, provinceIds: [REGIONS[i % REGIONS.length]],
    sources: [{ document: 'evaluation-2011', ref: '§1', lines: [1, 2] }] };
  if (rand() < 0.1) e.endDate = String(Math.min(2030, Number(d.slice(0, 4)) + 1 + Math.floor(rand() * 5)));
  return e;
});
const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
window.firstRender = async (events) => {
  const host = document.getElementById('host');
  host.replaceChildren();
  await frame();
  const t0 = performance.now();
  const el = document.createElement('sino-timeline');
  el.events = events;
  host.append(el);
  while (!el.shadowRoot?.querySelector('svg.chart')) { await el.updateComplete; await new Promise((r) => setTimeout(r)); }
  await el.updateComplete;
  el.shadowRoot.querySelector('svg.chart').getBoundingClientRect();
  const script = performance.now() - t0;
  const painted = (await frame()) - t0;
  return { script, painted, marks: el.shadowRoot.querySelectorAll('.event, .cluster').length };
};
window.zoomSteps = async () => {
  const el = document.querySelector('sino-timeline');
  const button = (c) => el.shadowRoot.querySelector('.' + c);
  const work = [], frames = [], marks = [];
  for (const c of ['zoom-in','zoom-in','zoom-in','zoom-in','zoom-in','zoom-in','zoom-out','zoom-out','zoom-out','zoom-out','zoom-out','zoom-out']) {
    await frame();
    const t0 = performance.now();
    button(c).click();
    await el.updateComplete;
    el.shadowRoot.querySelector('svg.chart').getBoundingClientRect();
    work.push(performance.now() - t0);
    frames.push((await frame()) - t0);
    marks.push(el.shadowRoot.querySelectorAll('.event, .cluster').length);
  }
  return { work, frames, marks };
};
window.ready = true;
</script>`;
writeFileSync(join(dir, 'index.html'), page);

const server = createServer((req, res) => {
  const file = join(dir, req.url === '/' ? 'index.html' : req.url.slice(1));
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  const tab = await browser.newPage({ viewport: { width: WIDTH + 40, height: 900 } });
  await tab.goto(url);
  await tab.waitForFunction(() => window.ready);
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return `median ${s[Math.floor(s.length / 2)].toFixed(1)} ms, max ${s[s.length - 1].toFixed(1)} ms`;
  };
  const first = [];
  let zoom = { work: [], frames: [], marks: [] };
  for (let run = 0; run < RUNS; run++) {
    // A fresh page each run: every first render is cold (no JIT, no Intl or style caches), as for a reader.
    await tab.goto(url);
    await tab.waitForFunction(() => window.ready);
    const r = await tab.evaluate(async (n) => window.firstRender(window.makeEvents(n)), EVENTS);
    first.push(r);
    const z = await tab.evaluate(() => window.zoomSteps());
    zoom = { work: [...zoom.work, ...z.work], frames: [...zoom.frames, ...z.frames], marks: [...zoom.marks, ...z.marks] };
  }
  console.log(`<sino-timeline>, ${EVENTS} synthetic events, ${WIDTH} px wide, Chromium ${browser.version()}`);
  console.log(`first render, fresh page (${RUNS} runs): to drawn ${stats(first.map((r) => r.script))}; to next frame ${stats(first.map((r) => r.painted))}; ${first[0].marks} marks`);
  console.log(`zoom step (${zoom.work.length} clicks): update + style + layout ${stats(zoom.work)}; to next frame ${stats(zoom.frames)}`);
  console.log(`marks drawn per zoom level: ${Math.min(...zoom.marks)}–${Math.max(...zoom.marks)}`);
} finally {
  await browser.close();
  server.close();
}
