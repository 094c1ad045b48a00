#!/usr/bin/env node
// Node-level timings of the table's pure modules (src/lib), without a browser: reading the cells, building the
// search text, ranking a text column for sorting, filtering on a query, formatting numbers. Quick to run and
// much less noisy than a page on a busy machine; use it to compare two versions of a module (run it on each).
//   node scripts/bench-table-logic.mjs [rows=1000000] [runs=5]
// Not part of `npm test`. Needs `npm run build` once (the data package's dist/).
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const RUNS = Number(process.argv[3] ?? 5);
const root = fileURLToPath(new URL('..', import.meta.url));
// BENCH_SRC: another copy of packages/sinocarte/src (say, an older commit's, from `git archive`) to compare with.
const src = process.env.BENCH_SRC ?? `${root}packages/sinocarte/src`;

const entry = `
export { resolveColumns, readCell, sortValues, buildSearchTexts, INVALID } from '${src}/lib/table-columns.ts';
export { filterIndices, queryTerms } from '${src}/lib/table-filter.ts';
export { sortIndices } from '${src}/lib/table-sort.ts';
export { formatNumber, dataLabel } from '${src}/internal/i18n.ts';
export { parkColumns } from '${src}/park-table/park-table.presets.ts';
export { parks } from '@sinocarte/data/parks';
export { regions } from '@sinocarte/data/regions';
export { sectors } from '@sinocarte/data/sectors';
`;
const bundle = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  tsconfig: `${root}tsconfig.json`,
  logLevel: 'error',
});
const dir = mkdtempSync(join(tmpdir(), 'sino-bench-'));
writeFileSync(join(dir, 'lib.mjs'), bundle.outputFiles[0].text);
const lib = await import(pathToFileURL(join(dir, 'lib.mjs')).href);
rmSync(dir, { recursive: true });

// The rows of the browser benchmark (bench/static/harness.js makeRows): the 53 parks repeated, every name unique.
const rows = Array.from({ length: ROWS }, (_, i) => {
  const p = lib.parks[i % lib.parks.length];
  return { ...p, id: `${p.id}-${i}`, name: `${p.name} ${Math.floor(i / lib.parks.length)}`, year: p.year + (i % 9) };
});
const { columns } = lib.resolveColumns(lib.parkColumns);
const getPath = (row, path) => path.reduce((v, k) => (v == null ? undefined : v[k]), row);
const regionById = new Map(lib.regions.map((r) => [r.id, r]));
const sectorById = new Map(lib.sectors.map((s) => [s.id, s]));
const vocabulary = (lang) => ({
  lang,
  regionName: (id) => lib.dataLabel(regionById.get(id)?.name, lang),
  sectorName: (code) => lib.dataLabel(sectorById.get(code)?.label, lang),
});
const extra = (column, value) => {
  const region = column.format === 'region' ? regionById.get(value) : undefined;
  return region ? [region.name.fr, region.name.en, region.name.zh] : [];
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
function time(name, fn) {
  const samples = [];
  let out;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    out = fn();
    const cpu = process.cpuUsage(c0);
    samples.push({ wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 });
  }
  results[name] = { wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)) };
  return out;
}

const cells = time('read cells (readCell, 8 columns)', () =>
  columns.map((c) => rows.map((row) => {
    const v = lib.readCell(c, getPath(row, c.path));
    return v === lib.INVALID ? null : v;
  })),
);
const texts = time('search text, fr (buildSearchTexts)', () => lib.buildSearchTexts(columns, cells, ROWS, vocabulary('fr'), extra));
time('search "xian" over the text (filterIndices)', () => lib.filterIndices(ROWS, { terms: lib.queryTerms('xian'), texts }));
const name = columns.findIndex((c) => c.key === 'name');
const region = columns.findIndex((c) => c.key === 'provinceId');
for (const lang of ['fr', 'en', 'zh']) {
  const ranks = time(`sort values of name, ${lang} (rankText)`, () => lib.sortValues(columns[name], cells[name], vocabulary(lang)));
  if (lang === 'fr') {
    const all = Uint32Array.from({ length: ROWS }, (_, i) => i);
    time('sort indices by name ranks (sortIndices)', () => lib.sortIndices(all, [{ values: ranks, descending: false }]));
  }
}
time('sort values of region, zh (rankText)', () => lib.sortValues(columns[region], cells[region], vocabulary('zh')));
time(`formatNumber × ${ROWS.toLocaleString('en')} (2 decimals)`, () => {
  let s = 0;
  for (let i = 0; i < ROWS; i++) s += lib.formatNumber(i / 7, 'fr', { maximumFractionDigits: 2 }).length;
  return s;
});

// CPU time of the process beside wall time: on a shared machine the wall clock mostly measures the neighbours.
console.log(`table logic, ${ROWS.toLocaleString('en')} rows, Node ${process.version}, medians of ${RUNS} runs: CPU ms (wall ms)`);
for (const [key, { wall, cpu }] of Object.entries(results)) console.log(`  ${key.padEnd(48)} ${cpu.toFixed(0).padStart(6)} (${wall.toFixed(0)})`);
