#!/usr/bin/env node
// Measures <sino-park-table> on 100,000 rows in Chromium: load, sort and filter, from the property set to the
// rendered update (`updateComplete`), median of several runs. Not part of `npm test`: timings depend on the machine.
//   node scripts/bench-park-table.mjs [rows=100000] [runs=7]
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { findChromium } from './ensure-chromium.mjs';

const ROWS = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 7);
const root = fileURLToPath(new URL('..', import.meta.url));

// The element as a browser would get it: minified, production Lit, registration included.
const bundle = await build({
  entryPoints: [`${root}packages/sinocarte/src/park-table.ts`],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  ignoreAnnotations: true,
  conditions: ['browser', 'production'],
  tsconfig: `${root}tsconfig.json`,
  logLevel: 'error',
});
const code = bundle.outputFiles[0].text;
const parks = JSON.parse(readFileSync(`${root}packages/data/dist/parks.json`, 'utf8'));

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('pageerror', (e) => console.error('page error:', e.message));
await page.setContent('<!doctype html><html lang="fr"><body><div id="host"></div></body></html>');
await page.addScriptTag({ content: code, type: 'module' });
await page.waitForFunction(() => !!customElements.get('sino-park-table'));

const results = await page.evaluate(
  async ({ ROWS, RUNS, parks }) => {
    // The 53 parks, repeated with unique ids and names (the worst case for text sorting: every name differs).
    const source = parks;
    const rows = Array.from({ length: ROWS }, (_, i) => {
      const p = source[i % source.length];
      return { ...p, id: `${p.id}-${i}`, name: `${p.name} ${Math.floor(i / source.length)}`, year: p.year + (i % 9) };
    });

    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const time = async (el, change) => {
      const t0 = performance.now();
      change(el);
      await el.updateComplete;
      return performance.now() - t0;
    };
    const fresh = async () => {
      const el = document.createElement('sino-park-table');
      const host = document.getElementById('host');
      host.replaceChildren(el);
      const t0 = performance.now();
      el.rows = rows;
      await el.updateComplete;
      return { el, load: performance.now() - t0 };
    };

    const measures = {};
    const add = (name, ms) => (measures[name] ??= []).push(ms);
    for (let run = 0; run < RUNS; run++) {
      const { el, load } = await fresh();
      add('load 100k rows (validate, render first window)', load);
      add('sort by name, first time (collation ranks built)', await time(el, (e) => (e.sort = 'name')));
      add('sort by name, reversed (ranks cached)', await time(el, (e) => (e.sort = '-name')));
      add('sort by region name, first time', await time(el, (e) => (e.sort = 'provinceId')));
      add('sort by year', await time(el, (e) => (e.sort = 'year')));
      add('sort by revenue, missing last', await time(el, (e) => (e.sort = '-revenue')));
      add('sort by region then year (Shift)', await time(el, (e) => (e.sort = 'provinceId,year')));
      el.sort = '';
      await el.updateComplete;
      add('search "xian", first time (search text built)', await time(el, (e) => (e.query = 'xian')));
      add('search "wuhan", search text cached', await time(el, (e) => (e.query = 'wuhan')));
      add('search cleared', await time(el, (e) => (e.query = '')));
      add('filter region CN-GD', await time(el, (e) => (e.region = 'CN-GD')));
      add('filter sector ict', await time(el, (e) => ((e.region = ''), (e.sector = 'ict'))));
      add('filter years 1988-1991', await time(el, (e) => ((e.sector = ''), (e.years = '1988-1991'))));
      add('filter + sort (years, then -name)', await time(el, (e) => (e.sort = '-name')));
      const scroller = el.shadowRoot.querySelector('.scroller');
      add('rows in the DOM', el.shadowRoot.querySelectorAll('tbody tr[data-row]').length);
      scroller.scrollTop = scroller.scrollHeight / 2;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await el.updateComplete;
      add('rows in the DOM after scrolling', el.shadowRoot.querySelectorAll('tbody tr[data-row]').length);
      const t0 = performance.now();
      const csv = el.toCSV();
      add('CSV of the filtered view', performance.now() - t0);
      add('CSV size (rows)', csv.split('\r\n').length - 2);
    }
    return Object.fromEntries(Object.entries(measures).map(([k, v]) => [k, median(v)]));
  },
  { ROWS, RUNS, parks },
);

console.log(`<sino-park-table>, ${ROWS.toLocaleString('en')} rows, Chromium ${browser.version()}, median of ${RUNS} runs`);
for (const [name, value] of Object.entries(results)) {
  const shown = name.startsWith('rows') || name.startsWith('CSV size') ? String(value) : `${value.toFixed(1)} ms`;
  console.log(`  ${name.padEnd(52)} ${shown}`);
}
await browser.close();
