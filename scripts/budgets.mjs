#!/usr/bin/env node
/**
 * Per-page weight budgets (issue 12): what a reader's browser downloads, min+gzip (level 9), JavaScript
 * (the data ships as JavaScript modules, so it is counted too).
 *
 * Measured on the project's own Vite build (vite.config.ts, the same modes `npm run build` writes to dist/,
 * built here in memory so the numbers never depend on a stale dist/):
 * - a page with ONE element through the lazy loader: `lazy/loader.js` + the element's chunk + every chunk it
 *   imports statically, walking the build output's import graph. Chunks it imports dynamically (data a
 *   preset or a metric fetches only when asked) are listed apart: the page does not download them unless
 *   the reader asks for that view.
 * - the one-file `embed.js`, every element and all its data.
 *
 * - what an English and a Chinese reader of that page download before its first drawing: the page, the interface
 *   strings of its parts in that language and the tables of its datasets' texts (not budgeted, printed).
 *
 * `npm run size` prints the table and rewrites the generated size tables in the docs (between
 * `<!-- sizes:NAME -->` and `<!-- /sizes:NAME -->` markers); `npm test` runs it with `--check`, which fails
 * the run when a page exceeds its budget (and only warns when the docs are out of date).
 */
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;
const check = process.argv.includes('--check');
/** `--modules`: also list, per page, the modules it downloads first, by weight (to find what to load later). */
const listModules = process.argv.includes('--modules');

/**
 * kB min+gzip. The single place where the budgets live. `ceiling`, only while a page is over its budget:
 * the size the check holds instead (today's size plus a little), so that nothing grows while the gap is
 * being closed. Lower or remove a ceiling whenever a page shrinks; never raise one without saying why.
 */
const pages = [
  // 2026-12-07, evening: the first weight pass brought the map, table and timeline under their budgets; the
  // features merged the same evening (screen-reader summaries, choropleth patterns, labels re-measured under a
  // text-spacing override, the hostile-value readers, the table's sliced work, canvas points above 300) put the
  // map, table and typology back over. Ceilings set at the measured size + 0.3, said in docs/size-budgets.md;
  // lowered after the third pass (code: group linking on demand, no comments in shipped files, the frame's CSS
  // minified; data: English texts on demand, the topology's arcs predicted, records as rows, the names' Chinese
  // forms in the Chinese table): the map is back under its budget. Fifth pass (2026-12-08): the sectors and regions
  // as ids and names only bring the table under its budget (ceiling removed) and lower the typology's, as does its
  // types view fetched when first shown. Sixth pass: the download menu's list on first use (typology 36.9 -> 36.4 after the merge of main).
  { tag: 'sino-province-map', name: 'one map', limit: 60 },
  { tag: 'sino-park-table', name: 'one table', limit: 45 },
  { tag: 'sino-timeline', name: 'one timeline', limit: 55 },
  { tag: 'sino-typology', name: 'one typology', limit: 35, ceiling: 36.5 },
  { tag: 'sino-atlas', name: 'one atlas (all four inside)' },
];
const embedLimit = 140;
/**
 * Held while the data in three languages is over the embed's budget (docs/size-budgets.md). Raised 2026-12-07
 * from 167.1 for the features merged that evening (see the pages above); lowered to 172.7 after the third pass
 * (the topology's new arcs encoding), to 172.3 by the records written as rows (measured after the merges of main, which
 * brought their own bytes). Raised to 172.5 on 2026-12-07 at 23:30, with the typology's to 40.8, by the lead: the
 * texts per dataset (English pages -17 to -24 kB, French pages +0.12) and the night's speed work (numbers written
 * without Intl, drawing in turn, the timeline's split drawing) went over by 35 and 100 bytes; said in
 * docs/size-budgets.md ("Fourth pass"). Lowered on 2026-12-08 by the fifth pass (the table's sectors as ids and
 * labels only, the regions as ids and names only: 170.8), then set at 171.2 by the same pass when the typology's
 * types view moved to a chunk of its own (-2.4 kB on the typology's page, +0.4 in this file, which holds it anyway:
 * the split module and its call; main's ceiling was 172.5), lowered to 171.1 when the embed build stopped making
 * namespace objects for the records on demand. Set at 171.3 on 2026-12-08 by the lead for the table's speed work
 * (its first screen drawn alone, then the rest in a task: +0.2 kB in every file holding the table); lowered to 171.2
 * when the map's outlines came to be projected straight from the arcs (no topojson-client in the file). Set at 171.4
 * by the lead for the atlas's start in several tasks (its own drawing, then its views in two tasks, the typology's
 * first layout in three: +0.3 kB, of which the download menu's list on first use won back 0.1).
 */
const embedCeiling = 171.4;

const gz = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;
const kB = (bytes) => (bytes / KB).toFixed(1);
const isData = (id) => id.includes('/packages/data/');

async function viteBuild(mode) {
  const result = await build({ configFile: join(root, 'vite.config.ts'), mode, logLevel: 'silent', build: { write: false } });
  return (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
}

/** The gzip size of the data modules' code in these chunks (an estimate: the modules as rendered, before minifying). */
function dataShare(chunks) {
  const code = chunks.flatMap((c) => Object.entries(c.modules).filter(([id]) => isData(id)).map(([, m]) => m.code ?? ''));
  return code.length ? gz(code.join('\n')) : 0;
}

const lazy = await viteBuild('lazy');
const byFile = new Map(lazy.map((c) => [c.fileName, c]));
const loader = lazy.find((c) => c.isEntry && c.fileName === 'loader.js');
if (!loader) throw new Error('budgets: the lazy build has no loader.js');

/** The chunk the loader imports for `tag` (`sino-park-table` → the dynamic entry built from src/park-table.ts). */
function entryChunk(tag) {
  const file = `/${tag.replace(/^sino-/, '')}.ts`;
  const chunk = loader.dynamicImports.map((f) => byFile.get(f)).find((c) => c?.facadeModuleId?.endsWith(file));
  if (!chunk) throw new Error(`budgets: the loader has no chunk for <${tag}>`);
  return chunk;
}

/**
 * The chunk and every chunk it imports statically, transitively (what the browser fetches before it runs);
 * with `dynamic`, the chunks it imports dynamically too.
 */
function staticClosure(start, dynamic = false) {
  const seen = new Set();
  const walk = (c) => {
    if (seen.has(c)) return;
    seen.add(c);
    for (const f of dynamic ? [...c.imports, ...c.dynamicImports] : c.imports) walk(byFile.get(f));
  };
  walk(start);
  return [...seen];
}

/**
 * The bundled datasets whose texts each element fetches before its first drawing in English or Chinese, as
 * its `textDatasets()` says in its default state (the records a preset or a metric asks for come later, with
 * their texts). Keep in step with the elements.
 */
const TEXT_DATASETS = {
  'sino-province-map': ['regions', 'parks'],
  'sino-park-table': ['regions', 'sectors', 'parks'],
  'sino-timeline': ['regions', 'documents', 'events'],
  'sino-typology': ['regions', 'typology'],
};
TEXT_DATASETS['sino-atlas'] = [...new Set(Object.values(TEXT_DATASETS).flat())];

/**
 * What a reader of `lang` downloads before the first drawing, beyond the page's code: the interface strings of
 * every part the page holds (i18n/<lang>/<part>) and the tables of the records' texts of its datasets
 * (texts/<lang>/<dataset>), with the chunks they import.
 */
function readerExtra(chunks, lang, datasets) {
  const strings = new RegExp(`/i18n/${lang}/[\\w-]+\\.ts$`);
  const dynamic = (from) => [...new Set(from.flatMap((c) => c.dynamicImports))].map((f) => byFile.get(f)).filter((c) => c?.facadeModuleId);
  // The list of the tables (internal/text-tables.ts), then the tables it imports for the page.
  const lists = dynamic(chunks).filter((c) => c.facadeModuleId.endsWith(`/internal/text-tables.ts`));
  const wanted = [
    ...dynamic(chunks).filter((c) => strings.test(c.facadeModuleId)),
    ...lists,
    ...dynamic(lists).filter((c) => datasets.some((ds) => c.facadeModuleId.endsWith(`/texts/${lang}/${ds}.js`))),
  ];
  return [...new Set(wanted.flatMap((c) => staticClosure(c)))].filter((c) => !chunks.includes(c)).reduce((sum, c) => sum + gz(c.code), 0);
}

const rows = [];
for (const page of pages) {
  const chunks = [loader, ...staticClosure(entryChunk(page.tag))];
  const bytes = chunks.reduce((sum, c) => sum + gz(c.code), 0);
  const readers = { en: bytes + readerExtra(chunks, 'en', TEXT_DATASETS[page.tag] ?? []), zh: bytes + readerExtra(chunks, 'zh', TEXT_DATASETS[page.tag] ?? []) };
  const onDemand = new Set(chunks.flatMap((c) => (c === loader ? [] : c.dynamicImports)));
  for (const c of chunks) onDemand.delete(c.fileName);
  // Followed through the dynamic imports of what comes on demand too (the list of a language's text tables, then the tables).
  const later = [...onDemand].flatMap((f) => staticClosure(byFile.get(f), true)).filter((c) => !chunks.includes(c));
  const laterBytes = [...new Set(later)].reduce((sum, c) => sum + gz(c.code), 0);
  rows.push({ ...page, bytes, readers, data: dataShare(chunks), chunks: chunks.length, later: laterBytes, modules: listModules ? moduleWeights(chunks) : [] });
}

/**
 * The modules of these chunks with the gzip size of each one's code alone, before minifying (an upper bound of
 * what leaving it out would save: gzip shares strings across modules, and the build minifies), heaviest first.
 */
function moduleWeights(chunks) {
  return chunks
    .flatMap((c) => Object.entries(c.modules).map(([id, m]) => ({ id: relative(root, id.replace(/^\0/, '')), chunk: c.fileName, bytes: gz(m.code ?? '') })))
    .sort((a, b) => b.bytes - a.bytes);
}

const embed = (await viteBuild('embed')).find((c) => c.fileName === 'embed.js');
rows.push({ name: 'embed.js, every element and all data', file: 'embed.js', limit: embedLimit, ceiling: embedCeiling, bytes: gz(embed.code), data: dataShare([embed]), chunks: 1, later: 0 });

const over = rows.filter((r) => r.limit && r.bytes / KB > (r.ceiling ?? r.limit));

console.log('What a page downloads (min+gzip, kB), from the project\'s Vite build:');
for (const r of rows) {
  const size = r.bytes / KB;
  const verdict = !r.limit
    ? ''
    : size <= r.limit
      ? `ok (budget ${r.limit})`
      : r.ceiling && size <= r.ceiling
        ? `over its budget of ${r.limit} by ${(size - r.limit).toFixed(1)} (held under ${r.ceiling})`
        : `OVER its budget of ${r.limit}${r.ceiling ? ` and its ceiling of ${r.ceiling}` : ''}`;
  const extra = r.later ? `, +${kB(r.later)} on demand` : '';
  const readers = r.readers ? `; English reader ${kB(r.readers.en)}, Chinese ${kB(r.readers.zh)}` : '';
  console.log(`  ${r.name.padEnd(40)} ${kB(r.bytes).padStart(6)}  (${r.chunks} file${r.chunks > 1 ? 's' : ''}, data ≈ ${kB(r.data)}${extra}${readers})  ${verdict}`);
}

if (listModules) {
  for (const r of rows.filter((row) => row.modules?.length)) {
    console.log(`\n${r.name}: the modules downloaded first, gzip of each one's code alone before minifying (kB, 0.2 and over)`);
    for (const m of r.modules.filter((x) => x.bytes >= 0.2 * KB)) console.log(`  ${kB(m.bytes).padStart(5)}  ${m.id}  (${m.chunk})`);
  }
}

// The generated tables in the docs.
const table = [
  '| page | downloads (kB, min+gzip) | of which data, about | more on demand | English reader | Chinese reader | budget |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${kB(r.bytes)} | ${kB(r.data)} | ${r.later ? kB(r.later) : '–'} | ${r.readers ? kB(r.readers.en) : kB(r.bytes)} | ${r.readers ? kB(r.readers.zh) : kB(r.bytes)} | ${r.limit ? `${r.limit} kB` : '–'} |`,
  ),
].join('\n');
const figure = (tag) => kB(rows.find((r) => r.tag === tag || r.file === tag).bytes);
const generated = {
  table,
  embed: `${figure('embed.js')} kB`,
  map: `${figure('sino-province-map')} kB`,
  'park-table': `${figure('sino-park-table')} kB`,
  timeline: `${figure('sino-timeline')} kB`,
  typology: `${figure('sino-typology')} kB`,
  atlas: `${figure('sino-atlas')} kB`,
};
const docs = ['README.md', 'docs/size-budgets.md', 'docs/frameworks.md', 'docs/getting-started.md', 'docs/performance.md', 'packages/sinocarte/README.md'];
const stale = [];
for (const doc of docs) {
  const path = join(root, doc);
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    continue;
  }
  const next = text.replace(/<!-- sizes:([\w-]+) -->[\s\S]*?<!-- \/sizes:\1 -->/g, (whole, key) =>
    key in generated ? `<!-- sizes:${key} -->${key === 'table' ? `\n${generated[key]}\n` : generated[key]}<!-- /sizes:${key} -->` : whole,
  );
  if (next === text) continue;
  if (check) stale.push(relative(root, path));
  else writeFileSync(path, next);
}
if (!check) console.log('Docs: the generated size figures are up to date.');
else if (stale.length) console.warn(`\nThe size figures in ${stale.join(', ')} differ from the build: run \`npm run size\` to rewrite them.`);

if (check && over.length) {
  console.error(`\n${over.length} page(s) over budget: ${over.map((r) => r.name).join('; ')}`);
  process.exit(1);
}
