#!/usr/bin/env node
/**
 * Size budgets (issue #8), min+gzip, JavaScript only, measured with the project's own toolchain (Vite,
 * the same minifier and plugins as the shipped files). `npm test` runs it with `--check`: any budget
 * exceeded fails the run, and the table of sizes is printed either way.
 *
 * - each element's own entry (`sinocarte/park-table`…) with lit, topojson-client (map) and its strings, without data;
 * - the full embed file without data (`@sinocarte/data` left out, everything else in);
 * - all records of `@sinocarte/data` (every dataset, the topology excluded);
 * - the China topology.
 */
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cssLiteralsPlugin } from './minify-css-literals.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'packages/sinocarte/src');
const KB = 1024;

/** Every dataset module the package's index re-exports, except the topology (budgeted on its own). */
const dataDir = join(root, 'packages/data/dist');
const allRecords = readFileSync(join(dataDir, 'index.js'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('export') && !line.includes('china-topology'))
  .map((line) => line.replace("'./", `'${dataDir}/`))
  .join('\n');
const recordsEntry = join(root, '.cache/budget-all-records.js');
mkdirSync(dirname(recordsEntry), { recursive: true });
writeFileSync(recordsEntry, allRecords);

/**
 * `limit`: the budget of issue #8. `ceiling`, only where the budget is not met yet: the size this test
 * holds instead (today's size plus a few hundred bytes), so that nothing grows while the gap is open.
 * docs/size-budgets.md says what each gap is made of and what closing it would take. Lower a ceiling
 * whenever an entry shrinks; never raise one without saying why in the commit.
 */
const budgets = [
  { name: 'sinocarte/province-map (no data)', entry: join(src, 'province-map.ts'), limit: 30 },
  { name: 'sinocarte/park-table (no data)', entry: join(src, 'park-table.ts'), limit: 25, ceiling: 27.5 },
  { name: 'sinocarte/timeline (no data)', entry: join(src, 'timeline.ts'), limit: 25, ceiling: 26 },
  { name: 'sinocarte/typology (no data)', entry: join(src, 'typology.ts'), limit: 25 },
  { name: 'embed file, all elements (no data)', entry: join(src, 'embed.ts'), limit: 45, ceiling: 71 },
  { name: '@sinocarte/data, all records', entry: recordsEntry, limit: 40, ceiling: 48, withData: true },
  { name: '@sinocarte/data china topology', file: join(root, 'packages/data/china.topo.json'), limit: 60 },
];

async function bundle(entry, withData) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins: [cssLiteralsPlugin()],
    build: {
      write: false,
      lib: { entry, formats: ['es'], fileName: () => 'out.js' },
      rolldownOptions: {
        external: withData ? [] : [/^@sinocarte\/data($|\/)/],
        output: { minify: true, codeSplitting: false },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return Buffer.concat(outputs.filter((o) => o.type === 'chunk').map((o) => Buffer.from(o.code)));
}

const rows = [];
for (const b of budgets) {
  const bytes = b.file ? readFileSync(b.file) : await bundle(b.entry, b.withData);
  const gz = gzipSync(bytes, { level: 9 }).length / KB;
  rows.push({ ...b, raw: bytes.length / KB, gz });
}

const over = rows.filter((r) => r.gz > (r.ceiling ?? r.limit));
console.log('Size budgets (min+gzip):');
for (const r of rows) {
  const verdict =
    r.gz <= r.limit ? 'ok' : r.ceiling && r.gz <= r.ceiling ? `over budget by ${(r.gz - r.limit).toFixed(1)} kB (held under ${r.ceiling} kB)` : 'OVER';
  console.log(`  ${r.name.padEnd(38)} ${r.gz.toFixed(1).padStart(6)} kB / ${String(r.limit).padStart(2)} kB  (${r.raw.toFixed(1)} kB min)  ${verdict}`);
}
if (process.argv.includes('--check') && over.length) {
  console.error(`\n${over.length} budget(s) exceeded: ${over.map((r) => r.name).join('; ')}`);
  process.exit(1);
}
