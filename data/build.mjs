#!/usr/bin/env node
// Builds @sinocarte/data from the curated tables in this folder:
//   data/<dataset>.json  — records checked by hand against the source text
//   data/schemas/<dataset>.mjs — the zod schema of one record (and the data dictionary)
//   data/discrepancies/*.json — disagreements between sources, merged into the `discrepancies` dataset
// It validates every record, checks references between datasets, and writes packages/data/dist/:
// one ES module per dataset (so importing one does not pull the others), the same as JSON,
// TypeScript declarations, and an index re-exporting everything.
// `node data/build.mjs --check` validates only.
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { z } from 'zod';
import { discrepancy as discrepancySchema, id as idSchema } from './schemas/common.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '..', 'packages', 'data');
const dist = join(pkg, 'dist');
const checkOnly = process.argv.includes('--check');
// While datasets are being curated, `--partial` builds what exists and skips the rest.
const partial = process.argv.includes('--partial');

/**
 * The datasets, in build order. `type` is the TypeScript type of one record in packages/data/src/types/,
 * `single` marks a dataset that is one object rather than an array.
 */
export const DATASETS = [
  { name: 'regions', type: 'Region', typeModule: '../types.js', schemaless: true },
  { name: 'documents', type: 'SourceDocument' },
  { name: 'sectors', type: 'Sector' },
  { name: 'parks', type: 'Park' },
  { name: 'province-innovation', type: 'ProvinceInnovation' },
  { name: 'region-groups', type: 'RegionGroup' },
  { name: 'partnerships', type: 'Partnership' },
  { name: 'offices', type: 'Office' },
  { name: 'events', type: 'TimelineEvent' },
  { name: 'typology', type: 'Typology', single: true },
  { name: 'figures', type: 'Figure' },
];

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const errors = [];
const fail = (message) => errors.push(message);

const loaded = new Map();
for (const ds of DATASETS) {
  const file = join(here, `${ds.name}.json`);
  if (!existsSync(file)) {
    if (partial) continue;
    fail(`${ds.name}: data/${ds.name}.json is missing`);
    continue;
  }
  const records = read(file);
  if (!ds.schemaless) {
    const schemaFile = join(here, 'schemas', `${ds.name}.mjs`);
    if (!existsSync(schemaFile)) {
      if (partial) continue;
      fail(`${ds.name}: data/schemas/${ds.name}.mjs is missing`);
      continue;
    }
    const { schema } = await import(pathToFileURL(schemaFile).href);
    const result = (ds.single ? schema : z.array(schema)).safeParse(records);
    if (!result.success) {
      for (const issue of result.error.issues.slice(0, 20)) fail(`${ds.name}: ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
  }
  if (!ds.single) {
    const seen = new Set();
    for (const r of records) {
      if (seen.has(r.id)) fail(`${ds.name}: duplicate id ${r.id}`);
      seen.add(r.id);
    }
  }
  loaded.set(ds.name, records);
}

// Discrepancies: every file under data/discrepancies, merged.
const discrepancies = [];
const discrepancyDir = join(here, 'discrepancies');
for (const file of existsSync(discrepancyDir) ? readdirSync(discrepancyDir).filter((f) => f.endsWith('.json')).sort() : []) {
  const records = read(join(discrepancyDir, file));
  const result = z.array(discrepancySchema).safeParse(records);
  if (!result.success) {
    for (const issue of result.error.issues.slice(0, 20)) fail(`discrepancies/${file}: ${issue.path.join('.')}: ${issue.message}`);
    continue;
  }
  discrepancies.push(...records);
}
{
  const seen = new Set();
  for (const d of discrepancies) {
    if (seen.has(d.id)) fail(`discrepancies: duplicate id ${d.id}`);
    seen.add(d.id);
  }
}

// Referential integrity: every reference to another dataset resolves.
const idsOf = (name) => new Set((loaded.get(name) ?? []).map((r) => r.id));
const regionIds = idsOf('regions');
const refs = { provinceId: regionIds, provinceIds: regionIds, memberIds: regionIds, parkIds: idsOf('parks'), partnershipIds: idsOf('partnerships'), partnershipId: idsOf('partnerships') };
const walk = (dataset, value, path) => {
  if (Array.isArray(value)) return value.forEach((v, i) => walk(dataset, v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (key in refs && v != null && loaded.has(refKey(key))) {
      for (const ref of Array.isArray(v) ? v : [v]) if (!refs[key].has(ref)) fail(`${dataset}: ${path}.${key} → unknown id ${ref}`);
    } else walk(dataset, v, `${path}.${key}`);
  }
};
function refKey(key) {
  return key.startsWith('park') ? 'parks' : key.startsWith('partnership') ? 'partnerships' : 'regions';
}
for (const [name, records] of loaded) walk(name, records, name);
const allIds = new Set([...loaded].flatMap(([, r]) => (Array.isArray(r) ? r.map((x) => x.id) : [])));
for (const d of discrepancies) for (const r of d.recordIds ?? []) if (!allIds.has(r) && !partial) fail(`discrepancies: ${d.id} → unknown record ${r}`);

if (errors.length) {
  console.error(`@sinocarte/data: ${errors.length} problem(s)\n- ${errors.join('\n- ')}`);
  process.exit(1);
}
void idSchema;

const counts = [...loaded].map(([name, r]) => `${name} ${Array.isArray(r) ? r.length : 1}`).join(', ');
if (checkOnly) {
  console.log(`@sinocarte/data: valid (${counts}, discrepancies ${discrepancies.length})`);
  process.exit(0);
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const index = [];
const indexTypes = [];
const emit = (name, exportName, value, type, typeModule, array) => {
  writeFileSync(join(dist, `${name}.json`), JSON.stringify(value));
  writeFileSync(join(dist, `${name}.js`), `export const ${exportName} = ${JSON.stringify(value)};\nexport default ${exportName};\n`);
  writeFileSync(
    join(dist, `${name}.d.ts`),
    `import type { ${type} } from '${typeModule}';\nexport declare const ${exportName}: ${array ? `readonly ${type}[]` : type};\nexport default ${exportName};\n`,
  );
  index.push(`export { ${exportName} } from './${name}.js';`);
};
for (const ds of DATASETS.filter((d) => loaded.has(d.name))) {
  const typeModule = ds.typeModule ?? `./types/types/${ds.name}.js`;
  emit(ds.name, camel(ds.name), loaded.get(ds.name), ds.type, typeModule.replace(/^\.\.\/types\.js$/, './types/types.js'), !ds.single);
}
emit('discrepancies', 'discrepancies', discrepancies, 'Discrepancy', './types/types.js', true);
// The topology as a module too, so bundlers and browsers need no JSON import support.
const topology = read(join(pkg, 'china.topo.json'));
writeFileSync(join(dist, 'china-topology.js'), `export const chinaTopology = ${JSON.stringify(topology)};\nexport default chinaTopology;\n`);
writeFileSync(join(dist, 'china-topology.d.ts'), `import type { ChinaTopology } from './types/types.js';\nexport declare const chinaTopology: ChinaTopology;\nexport default chinaTopology;\n`);
index.push(`export { chinaTopology } from './china-topology.js';`);
writeFileSync(join(dist, 'index.js'), index.join('\n') + '\n');
writeFileSync(join(dist, 'index.d.ts'), index.join('\n') + `\nexport type * from './types/types.js';\n` + DATASETS.filter((d) => !d.typeModule && loaded.has(d.name)).map((d) => `export type * from './types/types/${d.name}.js';`).join('\n') + '\n');
void indexTypes;
// Type declarations of the record types.
execFileSync(process.execPath, [join(here, '..', 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(pkg, 'tsconfig.json')], { stdio: 'inherit' });
console.log(`@sinocarte/data: built (${counts}, discrepancies ${discrepancies.length})`);
