#!/usr/bin/env node
// Builds @sinocarte/data from the curated tables in this folder:
//   data/<dataset>.json  — records checked by hand against the source text
//   data/schemas/<dataset>.mjs — the zod schema of one record (and the data dictionary)
//   data/discrepancies/*.json — disagreements between sources, merged into the `discrepancies` dataset
// It validates every record, checks references between datasets, and writes packages/data/dist/:
// one ES module per dataset (so importing one does not pull the others), the same as JSON,
// TypeScript declarations, a CSV file per array dataset (data/csv.mjs), and an index re-exporting everything.
// It also writes the documentation generated from the schemas and tables (data/docs.mjs):
// docs/data-dictionary.md and docs/sources-and-discrepancies.md, committed so they can be read on the forge.
// `node data/build.mjs --check` validates only, and fails when those docs differ from what the build
// would write (a forgotten rebuild); it writes nothing.
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { discrepancy as discrepancySchema, id as idSchema, regionId, sourced } from './schemas/common.mjs';
import { toCsv } from './csv.mjs';
import { dataDictionary, sourcesAndDiscrepancies, DISCREPANCY_DESCRIPTIONS } from './docs.mjs';
import { headingIndex, refProblem } from './headings.mjs';
import { runsOf, sharedRuns, QUOTATION_KEYS } from './prose.mjs';
import { splitTexts } from './texts.mjs';
import { decodeArcs, encodeArcs } from './arcs.mjs';
import { decodeRecords, encodeRecords, schemaOf, sourceOf } from './records.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '..', 'packages', 'data');
const dist = join(pkg, 'dist');
const docsDir = join(here, '..', 'docs');
const checkOnly = process.argv.includes('--check');
// While datasets are being curated, `--partial` builds what exists and skips the rest.
const partial = process.argv.includes('--partial');

// regions.json is the fixed list of 34 divisions the topology is keyed on, not a curated table from the
// sources, so its schema lives here rather than in data/schemas/; its records cite where the documents name
// each region (the first mention in up to two documents).
const regions = {
  description:
    'The 34 province-level divisions the maps and records refer to: 31 mainland provinces, autonomous regions and municipalities, plus Hong Kong, Macao and Taiwan, with names in French, English and Chinese, and where the documents name each one. Their ids are the ids of the topology’s features.',
  schema: z
    .object({
      id: regionId.describe('ISO 3166-2:CN code (CN-BJ …) for mainland divisions; HK, MO, TW otherwise'),
      name: z
        .object({ fr: z.string().min(1), en: z.string().min(1), zh: z.string().min(1) })
        .strict()
        .describe('Name in French, English and Chinese'),
      kind: z
        .enum(['province', 'municipality', 'autonomous-region', 'sar', 'other'])
        .describe('Province, province-level municipality, autonomous region, special administrative region (HK, MO) or other (TW)'),
      ...sourced,
    })
    .strict(),
};

const discrepanciesDataset = {
  name: 'discrepancies',
  type: 'Discrepancy',
  description:
    'Places where the sources disagree with each other or with themselves, and values the package corrected: each competing value with where it is stated, and what the package shows. Merged from data/discrepancies/*.json; listed in docs/sources-and-discrepancies.md.',
  schema: discrepancySchema,
  fallback: DISCREPANCY_DESCRIPTIONS,
};

/**
 * The datasets, in build order. `type` is the TypeScript type of one record in packages/data/src/types/,
 * `single` marks a dataset that is one object rather than an array.
 */
export const DATASETS = [
  { name: 'regions', type: 'Region', typeModule: '../types.js', inline: regions },
  { name: 'documents', type: 'SourceDocument' },
  { name: 'sectors', type: 'Sector' },
  { name: 'parks', type: 'Park' },
  { name: 'province-innovation', type: 'ProvinceInnovation' },
  { name: 'region-groups', type: 'RegionGroup' },
  { name: 'partnerships', type: 'Partnership' },
  { name: 'offices', type: 'Office' },
  { name: 'events', type: 'TimelineEvent' },
  { name: 'recommendations', type: 'Recommendation' },
  { name: 'typology', type: 'Typology', single: true },
  { name: 'figure-series', type: 'FigureSeries' },
  { name: 'figures', type: 'Figure' },
];

/**
 * Order of the exports of dist/index.js, so of the datasets in a bundle of the whole package. That bundle is
 * compressed as one gzip stream, which finds a repeat only within the last 32 kB: datasets that share
 * vocabulary sit side by side (TORCH material, then regions and poles, then the cooperation material, the
 * discrepancies and the figures). About 1.5 kB less min+gzip than the build order, for the same bytes
 * (scripts/budgets.mjs, "@sinocarte/data, all records"). A dataset missing here goes last.
 */
const INDEX_ORDER = ['sectors', 'province-innovation', 'parks', 'regions', 'region-groups', 'events', 'documents', 'typology', 'recommendations', 'offices', 'partnerships', 'discrepancies', 'figure-series', 'figures'];

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const errors = [];
const fail = (message) => errors.push(message);

const loaded = new Map();
/** Schema module of each dataset: `schema` and `description`, for the docs. */
const modules = new Map();
for (const ds of DATASETS) {
  const file = join(here, `${ds.name}.json`);
  if (!existsSync(file)) {
    if (partial) continue;
    fail(`${ds.name}: data/${ds.name}.json is missing`);
    continue;
  }
  const records = read(file);
  const schemaFile = join(here, 'schemas', `${ds.name}.mjs`);
  if (!ds.inline && !existsSync(schemaFile)) {
    if (partial) continue;
    fail(`${ds.name}: data/schemas/${ds.name}.mjs is missing`);
    continue;
  }
  const module = ds.inline ?? (await import(pathToFileURL(schemaFile).href));
  modules.set(ds.name, module);
  const result = (ds.single ? module.schema : z.array(module.schema)).safeParse(records);
  if (!result.success) {
    for (const issue of result.error.issues.slice(0, 20)) fail(`${ds.name}: ${issue.path.join('.')}: ${issue.message}`);
    continue;
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
// Figures: every row's series exists; every series has rows and names only dimension values some row uses.
if (loaded.has('figures') && loaded.has('figure-series')) {
  const series = new Map(loaded.get('figure-series').map((s) => [s.id, s]));
  const used = new Set();
  for (const row of loaded.get('figures')) {
    const s = series.get(row.series);
    if (!s) {
      fail(`figures: ${row.id}.series → unknown series ${row.series}`);
      continue;
    }
    for (const [key, value] of Object.entries(row.dimension ?? {})) {
      if (key === 'subsetOf') continue;
      if (s.dimensions?.[key]?.[String(value)]) used.add(`${s.id}.${key}.${value}`);
    }
  }
  for (const s of series.values()) {
    if (!loaded.get('figures').some((row) => row.series === s.id)) fail(`figure-series: ${s.id} has no rows`);
    for (const [key, values] of Object.entries(s.dimensions ?? {}))
      for (const value of Object.keys(values)) if (!used.has(`${s.id}.${key}.${value}`)) fail(`figure-series: ${s.id} names ${key} = ${value}, which no row uses`);
  }
}
const typologyIds = ['programmes', 'coordinationTypes'].flatMap((key) => (loaded.get('typology')?.[key] ?? []).map((x) => x.id));
const allIds = new Set([...[...loaded].flatMap(([, r]) => (Array.isArray(r) ? r.map((x) => x.id) : [])), ...typologyIds]);
for (const d of discrepancies) for (const r of d.recordIds ?? []) if (!allIds.has(r) && !partial) fail(`discrepancies: ${d.id} → unknown record ${r}`);

// The source documents themselves (French text files, not in the repository): $SINOCARTE_SOURCES, or
// shared/sources beside the checkout or beside its parent folder. With them, the build writes the heading
// index of every document to data/source-headings.json (committed, for the browser test and for builds
// without the texts) and checks that no string outside a quotation field reuses 8+ words of a source.
const sourceDir = [process.env.SINOCARTE_SOURCES, join(here, '..', '..', 'shared', 'sources'), join(here, '..', '..', '..', 'shared', 'sources')].find(
  (dir) => dir && existsSync(dir),
);
const headingsFile = join(here, 'source-headings.json');
const documentsList = loaded.get('documents') ?? [];
const texts = {};
let headings = existsSync(headingsFile) ? read(headingsFile) : {};
const headingsText = () => JSON.stringify(headings, null, 1).replace(/\{\n\s+("label": [^\n]+),\n\s+("start": \d+),\n\s+("end": \d+)\n\s+\}/g, '{ $1, $2, $3 }') + '\n';
let headingsStale = false;
if (sourceDir && documentsList.every((d) => existsSync(join(sourceDir, d.file)))) {
  const fresh = {};
  for (const d of documentsList) {
    const text = readFileSync(join(sourceDir, d.file), 'utf8');
    texts[d.id] = text.split('\n');
    fresh[d.id] = headingIndex(text, d.id);
  }
  const before = existsSync(headingsFile) ? readFileSync(headingsFile, 'utf8') : '';
  headings = fresh;
  headingsStale = headingsText() !== before;
  // Reused prose: runs of 8+ words shared with a source, outside the fields that quote one.
  const runs = runsOf(Object.values(texts).map((lines) => lines.join('\n')));
  const reused = (dataset, value, path, key) => {
    if (typeof value === 'string') {
      if (!(QUOTATION_KEYS[dataset] ?? []).includes(key)) for (const run of sharedRuns(value, runs)) fail(`${path}: reuses source prose “${run}” (write it in our own words)`);
    } else if (Array.isArray(value)) value.forEach((v, i) => reused(dataset, v, `${path}[${i}]`, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) reused(dataset, v, `${path}.${k}`, k);
  };
  for (const [name, records] of loaded) reused(name, records, name, '');
  reused('discrepancies', discrepancies, 'discrepancies', '');
} else console.warn('@sinocarte/data: warning: source texts not found (set SINOCARTE_SOURCES): headings checked against data/source-headings.json, prose reuse not checked');
// Every source label names the part of the document its lines are in.
const labelled = (dataset, value, path) => {
  if (Array.isArray(value)) return value.forEach((v, i) => labelled(dataset, v, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return;
  if (typeof value.document === 'string' && typeof value.ref === 'string' && Array.isArray(value.lines)) {
    const problem = refProblem(value, headings, Object.keys(texts).length ? texts : undefined);
    if (problem) fail(`${path}: ${problem}`);
  }
  for (const [k, v] of Object.entries(value)) labelled(dataset, v, `${path}.${k}`);
};
for (const [name, records] of loaded) labelled(name, records, name);
labelled('discrepancies', discrepancies, 'discrepancies');

if (errors.length) {
  console.error(`@sinocarte/data: ${errors.length} problem(s)\n- ${errors.join('\n- ')}`);
  process.exit(1);
}
void idSchema;

const counts = [...loaded].map(([name, r]) => `${name} ${Array.isArray(r) ? r.length : 1}`).join(', ');

// Generated documentation: the same bytes for the same tables, compared in --check mode.
const builtDatasets = DATASETS.filter((d) => loaded.has(d.name));
const undocumented = [];
const docs = {
  'data-dictionary.md': dataDictionary(
    [
      ...builtDatasets.map((d) => ({
        name: d.name,
        exportName: camel(d.name),
        type: d.type,
        single: !!d.single,
        count: loaded.get(d.name).length,
        description: modules.get(d.name).description ?? '',
        schema: modules.get(d.name).schema,
      })),
      { ...discrepanciesDataset, exportName: 'discrepancies', count: discrepancies.length },
    ],
    { missing: undocumented },
  ),
  'sources-and-discrepancies.md': sourcesAndDiscrepancies(loaded.get('documents') ?? [], discrepancies, [
    ...builtDatasets.map((d) => d.name),
    'discrepancies',
  ]),
};
for (const d of builtDatasets) if (!modules.get(d.name).description) console.warn(`@sinocarte/data: warning: ${d.name} has no description export`);
if (undocumented.length) console.warn(`@sinocarte/data: warning: fields without a description: ${undocumented.join('; ')}`);

if (checkOnly) {
  const stale = Object.entries(docs)
    .filter(([file, text]) => !existsSync(join(docsDir, file)) || readFileSync(join(docsDir, file), 'utf8') !== text)
    .map(([file]) => `docs/${file}`);
  if (headingsStale) stale.push('data/source-headings.json');
  if (stale.length) {
    console.error(`@sinocarte/data: ${stale.join(' and ')} out of date: run \`node data/build.mjs\` and commit the result`);
    process.exit(1);
  }
  console.log(`@sinocarte/data: valid (${counts}, discrepancies ${discrepancies.length}), docs up to date`);
  process.exit(0);
}

mkdirSync(docsDir, { recursive: true });
for (const [file, text] of Object.entries(docs)) writeFileSync(join(docsDir, file), text);
if (headingsStale) writeFileSync(headingsFile, headingsText());

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const index = [];
const indexTypes = [];
// The datasets' modules write their records as rows (data/records.mjs), decoded on load by dist/records.js.
writeFileSync(
  join(dist, 'records.js'),
  `/** The records of the datasets' modules from their rows (data/records.mjs): an implementation detail, not an API. */\nexport ${String(decodeRecords)}\n`,
);
writeFileSync(join(dist, 'records.d.ts'), `/** Builds records back from their rows (data/records.mjs): an implementation detail of the datasets' modules, not an API. */\nexport declare function decodeRecords(value: unknown, node: unknown): unknown;\n`);
/**
 * Writes a dataset's module: its records as rows and their schema, given to `decodeRecords`, when that is
 * lighter by more than the decoder weighs (gzip, about 150 bytes); else as a JSON literal. `forceRows`: as rows
 * even a few bytes heavier, so that every element's first download still imports the decoder, which then stays
 * in the chunk they share instead of a file of its own on the pages that need it (the typology's planes).
 */
const writeRecordsModule = (file, exportName, value, decoder, forceRows = false) => {
  const schema = schemaOf(value);
  const plain = `export const ${exportName} = ${JSON.stringify(value)};\nexport default ${exportName};\n`;
  const rows = `import { decodeRecords } from '${decoder}';\nexport const ${exportName} = decodeRecords(${sourceOf(encodeRecords(value, schema))}, ${sourceOf(schema)});\nexport default ${exportName};\n`;
  const gz = (text) => gzipSync(text, { level: 9 }).length;
  writeFileSync(file, rows && (forceRows || gz(rows) < gz(plain)) ? rows : plain);
  modulesToCheck.push({ file, exportName, value });
};
const modulesToCheck = [];
// CSV columns follow the schema's field order, whatever the key order of each record.
const fieldOrder = (schema) => Object.keys(z.toJSONSchema(schema, { unrepresentable: 'any' }).properties ?? {});
const emit = (name, exportName, value, type, typeModule, array, schema) => {
  writeFileSync(join(dist, `${name}.json`), JSON.stringify(value));
  writeRecordsModule(join(dist, `${name}.js`), exportName, value, './records.js');
  writeFileSync(
    join(dist, `${name}.d.ts`),
    `import type { ${type} } from '${typeModule}';\nexport declare const ${exportName}: ${array ? `readonly ${type}[]` : type};\nexport default ${exportName};\n`,
  );
  if (array) writeFileSync(join(dist, `${name}.csv`), toCsv(value, { keyOrder: schema ? fieldOrder(schema) : [] }));
  index.push(`export { ${exportName} } from './${name}.js';`);
};
for (const ds of DATASETS.filter((d) => loaded.has(d.name))) {
  const typeModule = ds.typeModule ?? `./types/types/${ds.name}.js`;
  emit(ds.name, camel(ds.name), loaded.get(ds.name), ds.type, typeModule.replace(/^\.\.\/types\.js$/, './types/types.js'), !ds.single, modules.get(ds.name).schema);
}
emit('discrepancies', 'discrepancies', discrepancies, 'Discrepancy', './types/types.js', true, discrepancySchema);
// The elements' copies: the same records with French texts only (base/), and the other languages' texts as
// tables from the French text (texts/en, texts/zh), fetched by a page only when it shows that language.
{
  const shown = DATASETS.filter((d) => loaded.has(d.name));
  const { base, texts, perDataset } = splitTexts(Object.fromEntries(shown.map((d) => [d.name, loaded.get(d.name)])));
  mkdirSync(join(dist, 'base'), { recursive: true });
  mkdirSync(join(dist, 'texts'), { recursive: true });
  for (const ds of shown) {
    const name = camel(ds.name);
    const typeModule = (ds.typeModule ?? `./types/types/${ds.name}.js`).replace(/^\.\.\/types\.js$/, './types/types.js').replace(/^\.\//, '../');
    writeRecordsModule(join(dist, 'base', `${ds.name}.js`), name, base[ds.name], '../records.js');
    writeFileSync(
      join(dist, 'base', `${ds.name}.d.ts`),
      `import type { ${ds.type} } from '${typeModule}';\n/** The records of \`@sinocarte/data/${ds.name}\` with their texts in French only: the other languages are in \`@sinocarte/data/texts/<lang>\`. */\nexport declare const ${name}: ${ds.single ? ds.type : `readonly ${ds.type}[]`};\nexport default ${name};\n`,
    );
  }
  // What a source line reads of the documents (id, publisher, date; no text to translate), without their
  // titles and descriptions: the editorial frame of every element imports this, not the documents.
  writeFileSync(
    join(dist, 'document-credits.js'),
    `export const documentCredits = ${JSON.stringify((loaded.get('documents') ?? []).map(({ id, publisher, date }) => ({ id, publisher, date })))};\nexport default documentCredits;\n`,
  );
  writeFileSync(
    join(dist, 'document-credits.d.ts'),
    `import type { SourceDocument } from './types/types/documents.js';\n/** The documents of \`@sinocarte/data/documents\` reduced to what a source line cites: id, publisher and date. */\nexport declare const documentCredits: readonly Pick<SourceDocument, 'id' | 'publisher' | 'date'>[];\nexport default documentCredits;\n`,
  );
  // Parts of datasets, for the elements to download what they draw first and no more: the regions' ids and names and
  // the sectors' ids and labels (no element shows their kinds, sources, phrases or flags); the typology's planes
  // and programmes (its first drawing: without the flags, the planes' and quadrants' sources, the programmes' links
  // to partnerships and coordination types and their sources' line numbers, which the element does not show; the
  // programmes' documents and references stay, for its source line and tooltips) apart from its coordination types
  // and phases (the types view, fetched when shown). French (and the regions' English names) in base/, every language at the root (for the embed file,
  // whose build reads the root modules for base/ ones: there the typology's parts read the whole typology's module,
  // which the file then holds once). Each is checked to decode to its value, as the datasets.
  const planesOnly = ({ planes, programmes }) => ({
    planes: Object.fromEntries(
      Object.entries(planes).map(([id, { flags, sources, quadrants, ...plane }]) => [id, { ...plane, quadrants: quadrants.map(({ flags, sources, ...q }) => q) }]),
    ),
    programmes: programmes.map(({ flags, partnershipIds, coordinationTypeIds, sources, ...p }) => ({ ...p, sources: sources.map(({ lines, ...source }) => source) })),
  });
  const PLANES_TYPE = `/** What the planes draw of the typology (the module at the package's root holds the whole records). */
export interface TypologyPlanes {
  planes: Record<keyof Typology['planes'], Omit<TypologyPlane, 'sources' | 'flags' | 'quadrants'> & { quadrants: Omit<TypologyQuadrant, 'sources' | 'flags'>[] }>;
  programmes: (Omit<TypologyProgramme, 'flags' | 'partnershipIds' | 'coordinationTypeIds' | 'sources'> & { sources: Omit<TypologyProgramme['sources'][number], 'lines'>[] })[];
}
`;
  const parts = [
    ['region-names', 'regionNames', 'regions', (records) => records.map(({ id, name }) => ({ id, name })), "readonly Pick<Region, 'id' | 'name'>[]", 'Region', './types/types.js', 'reduced to their ids and names'],
    ['sector-labels', 'sectorLabels', 'sectors', (records) => records.map(({ id, label }) => ({ id, label })), "readonly Pick<Sector, 'id' | 'label'>[]", 'Sector', './types/types/sectors.js', 'reduced to their ids and labels'],
    ['typology-planes', 'typologyPlanes', 'typology', planesOnly, 'TypologyPlanes', 'Typology, TypologyPlane, TypologyQuadrant, TypologyProgramme', './types/types/typology.js', 'reduced to what its planes draw', ['planes', 'programmes'], PLANES_TYPE, true],
    ['typology-types', 'typologyTypes', 'typology', ({ coordinationTypes, phases }) => ({ coordinationTypes, phases }), "Pick<Typology, 'coordinationTypes' | 'phases'>", 'Typology', './types/types/typology.js', 'reduced to its coordination types and phases', ['coordinationTypes', 'phases']],
  ];
  for (const [file, exportName, dataset, pick, declared, type, typeModule, what, keys, extraType = '', forceRows = false] of parts) {
    if (!loaded.has(dataset)) continue;
    for (const [dir, value, typeFrom, note] of [
      [dist, loaded.get(dataset), typeModule, 'in every language'],
      [join(dist, 'base'), base[dataset], typeModule.replace(/^\.\//, '../'), `in French (the texts of the other languages are in \`@sinocarte/data/texts/<lang>/${dataset}\`)`],
    ]) {
      if (keys && dir === dist) {
        // The whole dataset's module read again (the embed file holds it whole anyway), nothing left out.
        writeFileSync(join(dir, `${file}.js`), `import { ${camel(dataset)} as all } from './${dataset}.js';\nexport const ${exportName} = { ${keys.map((k) => `${k}: all.${k}`).join(', ')} };\nexport default ${exportName};\n`);
        modulesToCheck.push({ file: join(dir, `${file}.js`), exportName, value: Object.fromEntries(keys.map((k) => [k, value[k]])) });
      } else writeRecordsModule(join(dir, `${file}.js`), exportName, pick(value), dir === dist ? './records.js' : '../records.js', forceRows);
      writeFileSync(
        join(dir, `${file}.d.ts`),
        `import type { ${type} } from '${typeFrom}';\n${extraType}/** \`@sinocarte/data/${dataset}\` ${what}, ${note}. */\nexport declare const ${exportName}: ${declared};\nexport default ${exportName};\n`,
      );
    }
  }
  for (const [lang, table] of Object.entries(texts)) {
    writeFileSync(join(dist, 'texts', `${lang}.js`), `export const texts = ${JSON.stringify(table)};\nexport default texts;\n`);
    writeFileSync(
      join(dist, 'texts', `${lang}.d.ts`),
      `/** Every text of the records in ${lang}, keyed by its French text (the base records hold only French). */\nexport declare const texts: Readonly<Record<string, string>>;\nexport default texts;\n`,
    );
    // One table per dataset and language (texts/en/parks...): what the elements fetch, for the datasets they show.
    mkdirSync(join(dist, 'texts', lang), { recursive: true });
    for (const ds of shown) {
      writeFileSync(join(dist, 'texts', lang, `${ds.name}.js`), `export const texts = ${JSON.stringify(perDataset[ds.name][lang])};\nexport default texts;\n`);
      writeFileSync(
        join(dist, 'texts', lang, `${ds.name}.d.ts`),
        `/** The texts of \`@sinocarte/data/base/${ds.name}\` in ${lang}, keyed by their French text. */\nexport declare const texts: Readonly<Record<string, string>>;\nexport default texts;\n`,
      );
    }
  }
}
// The topology as a module too, so bundlers and browsers need no JSON import support.
const topology = read(join(pkg, 'china.topo.json'));
writeFileSync(join(dist, 'china-topology.js'), topologyModule(topology));
writeFileSync(join(dist, 'china-topology.d.ts'), `import type { ChinaTopology } from './types/types.js';\nexport declare const chinaTopology: ChinaTopology;\nexport default chinaTopology;\n`);
const rank = (line) => {
  const i = INDEX_ORDER.indexOf(line.match(/'\.\/(.+)\.js'/)[1]);
  return i < 0 ? INDEX_ORDER.length : i;
};
index.sort((a, b) => rank(a) - rank(b));
index.push(`export { chinaTopology } from './china-topology.js';`);
writeFileSync(join(dist, 'index.js'), index.join('\n') + '\n');
writeFileSync(join(dist, 'index.d.ts'), index.join('\n') + `\nexport type * from './types/types.js';\n` + DATASETS.filter((d) => !d.typeModule && loaded.has(d.name)).map((d) => `export type * from './types/types/${d.name}.js';`).join('\n') + '\n');
void indexTypes;
// Type declarations of the record types.
execFileSync(process.execPath, [join(here, '..', 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(pkg, 'tsconfig.json')], { stdio: 'inherit' });
// Every dataset's module, as written, gives back its records: the same objects as the JSON, number for number
// (key order aside: a few records list their keys in another order than the others).
{
  const canonical = (value) =>
    Array.isArray(value) ? value.map(canonical) : value && typeof value === 'object' ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k])])) : value;
  for (const { file, exportName, value } of modulesToCheck) {
    const decoded = (await import(pathToFileURL(file).href))[exportName];
    if (JSON.stringify(canonical(decoded)) !== JSON.stringify(canonical(value))) throw new Error(`@sinocarte/data: ${file} does not decode to its records`);
  }
}
console.log(`@sinocarte/data: built (${counts}, discrepancies ${discrepancies.length})`);

/**
 * The module of the topology: the same object as china.topo.json, its arcs stored compactly (data/arcs.mjs) and
 * decoded once when the module loads; the decoded arcs are checked here against the JSON, number for number.
 */
function topologyModule(topo) {
  const encoded = encodeArcs(topo.arcs);
  const decode = String(decodeArcs).replace(/^export /, '');
  const { arcs, ...rest } = topo;
  const decoded = decodeArcs(encoded);
  if (JSON.stringify(decoded) !== JSON.stringify(arcs)) throw new Error('china-topology: the encoded arcs do not decode to the JSON arcs');
  const keys = Object.keys(topo);
  // The arcs are decoded the first time they are read (a getter), not when the module loads: a page evaluates
  // this module before its first drawing, and a map can decode them while it waits for its strings.
  const body = keys.map((key) => (key === 'arcs' ? `get arcs() {\n    return (arcs ??= decodeArcs(ENCODED_ARCS));\n  }` : `${JSON.stringify(key)}: ${JSON.stringify(rest[key])}`)).join(',\n  ');
  return `/** The China topology (china.topo.json); its arcs are stored compactly and decoded when first read (data/arcs.mjs). */\n${decode}\nconst ENCODED_ARCS = ${JSON.stringify(encoded)};\nlet arcs;\nexport const chinaTopology = {\n  ${body},\n};\nexport default chinaTopology;\n`;
}
