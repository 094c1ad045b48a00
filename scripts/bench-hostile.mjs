#!/usr/bin/env node
// Very large inputs, measured outside the browser (issue 15): how long reading a host's rows takes (readList,
// readColumn: the hostile-input guards), how long one CSV export is (toCSV: one task on the main thread today),
// how long the chunked export (csvParts, what the table's download runs) holds the thread between two pauses,
// and how much memory each row of read cells holds. Not part of `npm test` and not a timed test: run it to
// compare two versions of src/lib (BENCH_SRC=another copy of packages/sinocarte/src).
//   node scripts/bench-hostile.mjs [rows=1000000] [runs=3]
// Needs the data package's dist/ (`node data/build.mjs`).
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const ROWS = Number(process.argv[2] ?? 1_000_000);
const RUNS = Number(process.argv[3] ?? 3);
const root = fileURLToPath(new URL('..', import.meta.url));
const src = process.env.BENCH_SRC ?? `${root}packages/sinocarte/src`;

const entry = `
export { readList, readColumn } from '${src}/lib/read.ts';
export { toCSV, csvParts } from '${src}/lib/table-csv.ts';
export { parks } from '@sinocarte/data/parks';
`;
const bundle = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', write: false, tsconfig: `${root}tsconfig.json`, logLevel: 'error' });
const dir = mkdtempSync(join(tmpdir(), 'sino-hostile-bench-'));
writeFileSync(join(dir, 'lib.mjs'), bundle.outputFiles[0].text);
const { readList, readColumn, toCSV, csvParts, parks } = await import(pathToFileURL(join(dir, 'lib.mjs')).href);
rmSync(dir, { recursive: true, force: true });

const rows = Array.from({ length: ROWS }, (_, i) => ({ ...parks[i % parks.length], id: `p${i}` }));
const PATHS = [['id'], ['name'], ['city'], ['provinceId'], ['year'], ['areaKm2'], ['revenue', 'value'], ['lon'], ['lat']];
const best = (fn) => {
  let min = Infinity;
  let result;
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    result = fn();
    min = Math.min(min, performance.now() - t);
  }
  return { ms: Math.round(min), result };
};

const list = best(() => readList(rows));
const columns = best(() => PATHS.map((path) => readColumn(list.result, path)));
gc();
const before = process.memoryUsage().heapUsed;
let held = PATHS.map((path) => readColumn(rows, path));
gc();
const perRow = (process.memoryUsage().heapUsed - before) / ROWS;
const cells = held;
held = null;
const header = PATHS.map((p) => p.join('.'));
const csvRows = () => Array.from({ length: ROWS }, (_, r) => cells.map((column) => (typeof column[r] === 'number' || typeof column[r] === 'string' ? column[r] : null)));
const csv = best(() => toCSV(header, csvRows(), { layout: 'french' }).length);

console.log(`rows: ${ROWS.toLocaleString('en')}, best of ${RUNS}`);
console.log(`readList (copy of the host's list):          ${list.ms} ms`);
console.log(`readColumn × ${PATHS.length} columns (guarded reads):     ${columns.ms} ms`);
console.log(`cells held per row (${PATHS.length} columns):             ${Math.round(perRow)} bytes`);
console.log(`toCSV, one task (${(csv.result / 1e6).toFixed(1)} MB of text):     ${csv.ms} ms`);

// The chunked export: the longest stretch between two pauses is the longest task the page sees during a download.
let longest = 0;
let pauses = 0;
let last = performance.now();
const slices = [];
const pause = () => {
  slices.push(performance.now() - last);
  longest = Math.max(longest, performance.now() - last);
  pauses++;
  return new Promise((resolve) => setTimeout(resolve)).then(() => (last = performance.now()));
};
const started = performance.now();
const parts = await csvParts(header, csvRows(), { layout: 'french', pause });
longest = Math.max(longest, performance.now() - last);
slices.sort((a, b) => a - b);
const median = slices[Math.floor(slices.length / 2)] ?? 0;
console.log(`csvParts, in slices: ${Math.round(performance.now() - started)} ms in all, ${pauses} pauses, median task ${Math.round(median)} ms, longest ${Math.round(longest)} ms (a loaded machine deschedules the thread), ${parts.length} parts`);
