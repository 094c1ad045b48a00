// Turns the JSON report of bench/run.mjs into docs/performance.md. Run alone (`node bench/report.mjs`), it rewrites
// docs/performance.md from docs/performance.json, for a change of wording without measuring again.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PEERS = { map: 'Apache ECharts', table: 'Tabulator', timeline: 'vis-timeline', atlas: null };
const TITLES = { map: 'Map: `<sino-province-map>` vs Apache ECharts', table: 'Table: `<sino-park-table>` vs Tabulator', timeline: 'Timeline: `<sino-timeline>` vs vis-timeline' };

/**
 * Why we lose a measure, and what would win it: shown for the measures whose ratio is above the goal (0.5) in this
 * run. Keyed by view and measure, whatever the size and clock; no numbers here: every number comes from the run.
 */
const WHY = {
  'map.first':
    'Fetching and evaluating the bundle costs about the same on both sides; the element waits for its strings and its datasets\' texts in the page\'s language (two round trips on an English page: the text tables\' list, then the tables), projects the outlines straight from the topology\'s arcs in a task of its own meanwhile, then draws the 34 regions in one task (its template, one layout to measure its frame, then the SVG paths at that size, with focusable paths, accessible labels, the legend and the controls), where ECharts paints one canvas. To win by more: fetch the text tables in one round trip, and precompute the path strings for common widths at build time (bytes on the page).',
  'map.first+points':
    'Up to 300 points, each park is an SVG circle and an option of the map (labels built for each); above, the points are painted on one canvas, as ECharts does (one dot drawn once and copied to each point; the SVG paths of the dots are made only for a download), and the first frame also waits for the regions\' SVG to be rasterised. The element then has no work left, where ECharts keeps animating. To win at 53 and 1,000 points: paint them on the canvas too and keep the options for the keyboard only.',
  'map.hover':
    'A hover re-renders the element\'s template: the 34 regions\' values are compared (their labels rebuilt), the park layer is reused as it was, the tooltip is rebuilt and placed (one layout read). To win: render the tooltip as its own small child template or element, so a hover updates only it.',
  'atlas.first':
    'The atlas\'s own drawing is a task of its own; its four views are made in the next two tasks, and each view\'s first drawing takes its turn in tasks of its own (the map, then its outlines; the typology\'s first layout in three: the language\'s collator, the layout, the drawing; the timeline and the table when they come into view). That halved the longest task (353 ms in the run before), but more tasks end later: the last one over 50 ms now ends after the first frame, which sets the time to interactive. What is still over 50 ms at 4×: evaluating the module (70 to 120 ms), the first Intl.Collator of a language (40 to 95 ms, one native call that cannot be split), Lit\'s first reading of each view\'s templates (20 to 100 ms) and the map\'s first update. To win: order the bundled records by name at build time so that no collator is made at start, and fewer templates in the first drawing of each view.',
  'table.first':
    'A long table draws its first screen alone: the rows in view without the ones around them, two collapsed rows holding each column\'s widest cells, the region and sector menus in the data\'s order, no layout read in its task; the rows around it, the held column widths and the menus by name (the page\'s first collator) follow in a task after that frame. What is left before the first frame at 1,000 rows is the cells read and validated, the first Lit templates and number formats, and the page\'s first layout of a table fitted to its content. From 10,000 rows shown in the data\'s order, the first render reads the rows of its first screen and the rest after the first frame, 4,096 rows a slice (aria-busy meanwhile); every cell is validated and normalised into column arrays, which is what makes our sort and filter fast, where Tabulator only wraps each row and formats those of its viewport. The settled clock counts that reading and the search text built in idle slices after it. To win: read the rows in a worker, or keep the raw rows and normalise a column when a sort, filter or search first needs it.',
  'table.sort':
    'Sorting names needs the collation ranks built once (plain keys compared first, the collator for ties and other scripts); from 10,000 rows they are built over tasks of at most 30 ms (runs sorted, then merged) and the rows are then ordered by counting passes over the ranks, so the first sort of a big table costs more time to its frame but no long task. To win: build the ranks for the text columns in idle time after the first paint, as the search text already is.',
  'table.filter':
    'The table is virtual from 65 rows (the 114 rows left at 1,000 no longer all enter the DOM); from 10,000 rows the rows are found over tasks of at most 30 ms. Filtering rebuilds the row offsets of the virtual list and re-sorts the rows kept (counting passes when the sort keys are ranks or whole numbers).',
  'table.searchIdle':
    'A search once the index is built scans one folded text per cell (about a millisecond at 1,000 rows); the rest is the rows found: "xian" finds 38 of 1,000, under the virtual threshold (65 rows), so all of them are created, laid out to fit their content and painted, where Tabulator draws the rows of its viewport at fixed widths. To win: draw a window of the rows found from about 20, their columns keeping the whole table\'s widths.',
  'table.searchAtOnce':
    'Right after the first frame a big table is still reading its rows and the idle-time search index is unfinished: the search waits for the rows, then builds the rest of the index, over tasks of at most 30 ms (more time to its frame than one long task would take). Searching the raw cells of the rows not yet indexed was tried and measured no faster (reverted). To win: read the rows and build the index in a worker.',
  'timeline.first':
    'Every event is validated (dates, category, regions, id) and sorted in the first task, before anything is drawn; the marks are then drawn about 120 a frame, each part in a task of its own, and the region list is sorted after them. To win: validate the events in slices over several tasks (or in a worker).',
  'timeline.firstZoom':
    'The first step is not dearer for being the first: it lands on the densest level (about 400 of the 479 marks of the whole period at 1,000 events), and the zoom-out step back to that level costs as much on the main thread. A step rewrites the marks in view in place (each lane draws its bars, its labels and its clusters as three lists, so that a cluster that splits changes attributes, not elements), and what is left is Chromium\'s style, layout and paint of every SVG element that moved, in proportion to the marks in view (vis-timeline keeps at most about 225 items in its DOM at 1,000 events). Keying the marks by event and moving labels or clusters by transform were measured no faster. To win: paint the marks on a canvas with hit-testing (the keyboard rings and the list stay in the DOM; the export draws its SVG from the same layout).',
  'timeline.zoomIn': 'The same work as the first step, on fewer marks deeper in: a step costs in proportion to the marks in view (479 for the whole period, 44 at the deepest step at 1,000 events). To win: as for the first step.',
  'timeline.zoomOut': 'The same work as the first step, on fewer marks deeper in: a step costs in proportion to the marks in view (479 for the whole period, 44 at the deepest step at 1,000 events). To win: as for the first step.',
  weight: 'Our per-view bundle includes its data package (the topology or the records the element falls back on).',
  'weight.table':
    'The rest of our table bundle beside its code is the 53 bundled parks (and the sector and region labels) that the element shows when it is given no rows. To win: load the default rows on demand (a dynamic import when `rows` is never set), which leaves the code alone.',
  'weight.timeline': 'Our timeline bundle inlines the bundled events it shows when given none; loading them on demand would halve it.',
};

/** The issue's goal: every ratio at most this, on every clock. */
const GOAL = 0.5;
/** The atlas's goals (no peer): interactive within this many ms at its CPU slowdown, and no task over 50 ms. */
const ATLAS_INTERACTIVE_GOAL = 1000;
const LONG_TASK_GOAL = 50;
/** The reason for a measure: the map's with points (`map.first+points`) when there is one, else the measure's. */
const whyOf = (view, m) => (view === 'map' && m.n ? WHY[`${view}.${m.measure}+points`] : undefined) ?? WHY[`${view}.${m.measure}`] ?? WHY[view] ?? '';
const fmt = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const ratio = (r) => (r === null || r === undefined ? '—' : `**${r.toFixed(2)}**`);
const range = (r) => (r ? `${r[0].toFixed(2)}–${r[1].toFixed(2)}` : '—');
const verdict = (r) => (r === null ? '' : r <= GOAL ? 'goal met' : r < 0.9 ? 'ours faster' : r > 1.1 ? 'theirs faster' : 'tie (within 10 %)');

export function markdown(report, { ROWS, EVENTS, POINTS = [0], ATLAS_THROTTLE = 4, HOVER_MAX_POINTS = 0, CLOCKS, QUIET_MS, POLL_MS, BUSY_PER_POLL, HOVER_TARGETS }) {
  const { results, weights, machine, versions, runs, viewport, checks, errors } = report;
  const lines = [];
  const p = (...s) => lines.push(...s);
  const sizes = (list, unit) => list.map((n) => n.toLocaleString('en')).join(', ') + ` ${unit}`;
  p(
    '# Performance: Sinocarte against ECharts, Tabulator and vis-timeline',
    '',
    `Generated by \`npm run bench\` (bench/run.mjs) on ${report.date.slice(0, 10)}, in ${report.durationSeconds} s. Every number below was measured on the same`,
    `machine, in the same run, in the same Chromium, with the same data and the same page size (viewport ${viewport.width}×${viewport.height},`,
    `views 960 px wide), a fresh browser context (no cache, cold JIT) for every run, the sides taking turns. Times are medians`,
    `(${runs} runs per side, several samples per run for hovers and zoom steps); the **ratio is ours / theirs**: below 1 we are faster or`,
    `lighter, and the issue's goal is ${GOAL} or less. The range is the lowest and highest ratio of samples taken side by side (same run, same step).`,
    'Raw samples and checks are in [performance.json](performance.json).',
    ...(report.note ? ['', `**About this run.** ${report.note}`] : []),
    '',
    '## Clocks',
    '',
    `- **${CLOCKS.painted}**: from the change (or the script start, for the map) to the frame after it (requestAnimationFrame, then a task).`,
    `- **${CLOCKS.settled}**: to the end of the work that follows, where each side keeps it (idle-time indexes, deferred layout, animations):`,
    `  the main thread is watched (the renderer's task time, from the DevTools protocol, every ${POLL_MS} ms) until it has been quiet for ${QUIET_MS / 1000} s`,
    `  (busy at most ${BUSY_PER_POLL} ms between two polls, ${BUSY_PER_POLL * ATLAS_THROTTLE} ms for the atlas, whose CPU is slowed ${ATLAS_THROTTLE}×, polls included);`,
    `  the clock stops at the last poll that saw it busy (so up to ${POLL_MS} ms late, on both sides alike).`,
    `- **${CLOCKS.cpu}**: the main thread's busy time over the same span (script, style, layout, paint, garbage collection on that thread).`,
    `- **${CLOCKS.longest}**: the longest main-thread task in that span (tasks over 50 ms only; 0 means none). The goal is none over 50 ms up to`,
    '  100,000 rows and none over 200 ms at 1,000,000.',
    `- **${CLOCKS.interactive ?? 'time to interactive'}** (the atlas only): from the script start to the end of the last task over 50 ms before the main`,
    `  thread went quiet (or to the first frame, if later). The goal is ${ATLAS_INTERACTIVE_GOAL / 1000} s or less with the CPU slowed ${ATLAS_THROTTLE}×.`,
    '',
    '## Results',
    '',
    '| view | measure | clock | Sinocarte | peer | ratio ours / theirs | range | |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | --- |',
  );
  const lost = [];
  const long = [];
  for (const [view, measures] of Object.entries(results)) {
    for (const m of Object.values(measures)) {
      if (!PEERS[view]) {
        // No peer: our figure against the goal.
        const goal = m.clock === 'interactive' ? ATLAS_INTERACTIVE_GOAL : m.clock === 'longest' ? LONG_TASK_GOAL : null;
        p(`| ${view} | ${m.label} | ${CLOCKS[m.clock]} | ${fmt(m.ours)} ms | no peer | — | — | ${goal === null ? '' : m.ours <= goal ? 'goal met' : `goal ${goal} ms missed`} |`);
        if (goal !== null && m.ours > goal) long.push(`${view}, ${m.label} ${CLOCKS[m.clock]}: ${fmt(m.ours)} ms (goal ${goal} ms)${whyOf(view, m) ? `: ${whyOf(view, m)}` : ''}`);
        continue;
      }
      p(`| ${view} | ${m.label} | ${CLOCKS[m.clock]} | ${fmt(m.ours)} ms | ${PEERS[view]}: ${fmt(m.theirs)} ms | ${ratio(m.ratio)} | ${range(m.range)} | ${verdict(m.ratio)} |`);
      if (m.modular !== undefined) p(`| ${view} | ${m.label} | ${CLOCKS[m.clock]} | ${fmt(m.ours)} ms | modular build: ${fmt(m.modular)} ms | ${ratio(m.ratioModular)} | ${range(m.rangeModular)} | ${verdict(m.ratioModular)} |`);
      if (m.clock !== 'longest' && Math.max(m.ratio ?? 0, m.ratioModular ?? 0) > GOAL) lost.push([`${view}.${m.measure}${view === 'map' && m.n ? '+points' : ''}`, `${view}, ${m.label}, ${CLOCKS[m.clock]}`, Math.max(m.ratio ?? 0, m.ratioModular ?? 0), whyOf(view, m)]);
      if (m.clock === 'longest' && m.ours > (m.n >= 1_000_000 ? 200 : LONG_TASK_GOAL)) long.push(`${view}, ${m.label}: ${fmt(m.ours)} ms`);
    }
  }
  p(
    '',
    '## Transfer weight (min + gzip -9, kB)',
    '',
    'What each side sends the browser for that view: JavaScript minified by the same esbuild, plus the CSS and data files the peer needs',
    'beside it. Our per-view bundles are esbuild builds of `packages/sinocarte/src/<view>.ts` (registration module, Lit,',
    'production mode) **with the data package inlined**, as `import \'sinocarte/<view>\'` gives an application, code-split as an application\'s bundler',
    'does it: what the page downloads before the element draws (the entry and the chunks it imports statically), not what the element',
    'fetches only when the reader asks (another language, the Chinese texts, another preset\'s records, the download writers).',
    '"Code only" is the same build with the data modules emptied. Our CSS is inside the JS (Lit styles).',
    '',
    '| view | Sinocarte total | of which code only | peer JS | peer CSS | peer data | peer total | ratio ours / theirs | lighter set-up of the peer |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  const alternatives = { table: 'Tabulator core + Sort, Filter, Format modules (also timed above)', timeline: 'ESNext build + peers bundled (weight only)' };
  for (const [view, w] of Object.entries(weights)) {
    const alt = w.theirsAlternative ? `${alternatives[view]}: ${fmt(w.theirsAlternative.total)} kB (ratio ${w.theirsAlternative.ratio.toFixed(2)})` : '—';
    p(`| ${view} | ${fmt(w.ours.total)} | ${fmt(w.ours.code)} | ${PEERS[view]} ${fmt(w.theirs.js)} | ${fmt(w.theirs.css)} | ${fmt(w.theirs.data)} | ${fmt(w.theirs.total)} | ${ratio(w.ratio)} | ${alt} |`);
    if (Math.max(w.ratio, w.theirsAlternative?.ratio ?? 0) > GOAL) lost.push([`weight.${view}`, `${view} weight`, Math.max(w.ratio, w.theirsAlternative?.ratio ?? 0), WHY[`weight.${view}`] ?? WHY.weight]);
  }

  p('', `## Where we miss the goal (ratio above ${GOAL}), why, and what would win it`, '');
  if (!lost.length) p(`Nowhere in this run: every ratio is at most ${GOAL}.`);
  const seen = new Set();
  for (const [key, label, r, reason] of lost.sort((a, b) => b[2] - a[2])) {
    // The reason once per measure, at its worst ratio.
    const why = seen.has(key) ? '' : reason;
    seen.add(key);
    p(`- **${label}** (worst ratio ${r.toFixed(2)})${why ? `: ${why}` : ''}`);
  }
  p('', '### Long tasks over the goal (50 ms; 200 ms for 1,000,000 rows), and the atlas\'s goals', '');
  p(long.length ? long.map((l) => `- ${l}`).join('\n') : '- None in this run.');

  p(
    '',
    '## The set-ups, and what differs',
    '',
    '### Map',
    '',
    `- Sizes: ${POINTS.map((n) => (n ? `${n.toLocaleString('en')} points` : 'points off')).join(', ')}. Without points, ours has \`show-parks="false"\` and ECharts a \`map\` series alone;`,
    '  with 53, ours draws its default (the bundled TORCH parks, points on) and ECharts the same 53 parks; with more, both draw the parks',
    '  repeated and moved by up to ±2° (the seeded generator of bench/static/harness.js), ours given them as `parks`.',
    '- **Ours**: `<sino-province-map>`, default metric (`parks`: TORCH parks per region), default ramp, `lang="en"` (from the page).',
    '- **ECharts 6**, as its handbook recommends for bundlers: `echarts/core` with `MapChart`, `TooltipComponent`, `VisualMapComponent`,',
    '  `CanvasRenderer` (the default renderer), and with points `GeoComponent` and `ScatterChart`: a `geo` component coloured by the map series',
    '  (`geoIndex`) and a `scatter` series on it (7 px symbols in our park colours, a tooltip with the park\'s name and city); the same 34 regions of `packages/data/china.topo.json` converted to GeoJSON (coordinates rounded',
    '  to 0.001°, finer than the topology\'s quantisation), fetched and given to `registerMap` under another name than `china` (ECharts adds',
    '  its own South China Sea inset to a map called `china`); a piecewise `visualMap` with **our** classes and colours (computed by our',
    '  `buildClasses`/`rampStep`), regions without data in our no-data grey (ours hatch them), a tooltip formatter with the name and count.',
    '- **Script start → painted**: from an inline script at the top of `<head>` (before the view\'s JavaScript is fetched) to the frame after',
    '  the map is drawn (requestAnimationFrame, then a task). Theirs includes fetching the GeoJSON.',
    `- **Mouse move → tooltip painted**: Playwright moves the real mouse onto ${HOVER_TARGETS.join(', ')} (from outside the map each time),`,
    `  with up to ${HOVER_MAX_POINTS} points (denser points cover the regions), at a place of the region with no point near it;`,
    '  the time runs from the `mousemove` event\'s timestamp to the frame after the tooltip naming that region is in the DOM. ECharts then fades',
    '  its tooltip in (CSS transition): we stop at its first frame, as for ours.',
    '- What differs: ours is SVG (34 focusable paths, a table alternative, keyboard navigation, the 2026 specialisations in the tooltip, a',
    '  legend in HTML), theirs is one canvas; ours uses a conic projection, theirs its default (equirectangular with aspect 0.75); ours draws',
    '  the islands of the topology in grey, theirs has no islands layer.',
    ...Object.entries(checks?.map ?? {})
      .filter(([, c]) => c.ours?.points !== undefined)
      .map(([n, c]) => `- Checks, ${Number(n) ? `${Number(n).toLocaleString('en')} points` : 'points off'}: regions ${Object.entries(c).map(([side, x]) => `${side} ${x.regions}`).join(', ')}; points drawn ${Object.entries(c).map(([side, x]) => `${side} ${x.points}`).join(', ')}.`),
    '',
    '### Atlas (no peer)',
    '',
    `- \`<sino-atlas lang="en">\` alone on the page (its map, typology, timeline and table, linked), 960 px wide, with the CPU slowed ${ATLAS_THROTTLE}×`,
    '  (DevTools protocol `Emulation.setCPUThrottlingRate`, set before the page loads). **First frame**: from the script start to the frame',
    '  after the map of the atlas is drawn and every view\'s pending update is done. No other library draws this page: the figures are',
    `  measured against the issue's goals (interactive in ${ATLAS_INTERACTIVE_GOAL / 1000} s or less, no task over ${LONG_TASK_GOAL} ms).`,
    '',
    '### Table',
    '',
    `- Same data: the 53 parks repeated to ${sizes(ROWS, 'rows')} with unique ids and names (the generator of`,
    '  scripts/bench-park-table.mjs), generated in the page before the clocks start (and before the main-thread time is read).',
    '- **Ours**: `<sino-park-table>` with its `parks` preset (Park, Region, City, Founded, Area, Revenue, Sectors, Website), `rows` set as a',
    '  property; sort and filter through the `sort` and `region` properties.',
    '- **Tabulator 6**, as its documentation recommends: `TabulatorFull` (and, timed too, the core with only `SortModule`, `FilterModule`,',
    '  `FormatModule`: the modular build of its "Module Imports" page), its stylesheet, a fixed `height` (640 px, our default scroller height',
    '  at this viewport) so that the virtual DOM renderer (the default `renderVertical: "virtual"`) draws only the visible rows, `layout:',
    '  "fitColumns"`, the same 8 columns with formatters for the region name, revenue, sector labels and link; `setSort("name", "asc")` and',
    '  `setFilter("provinceId", "=", "CN-GD")`.',
    '- **First render**: from the call (element appended / `new Tabulator`) to the frame after the first rows are in the DOM. **Sort**,',
    '  **filter**, **search after idle time**: from the property set / API call, on the same page, one after the other, each once the previous',
    '  one has settled (the filter is cleared before the search). **Search right after the first frame** (10,000 rows and more): a fresh page,',
    '  the search set as soon as the first frame is painted. Tabulator has no search over every column: its view sets a filter function',
    '  that looks for the lower-cased query in every value as shown; ours also folds accents and reads region names in three languages.',
    '- What differs: ours also builds its toolbar (search, region, sector and year filters with their option lists, count, CSV/TSV export),',
    '  renders sector chips (taller rows: fewer rows per screen) and validates every row (a bad row is reported, not drawn); Tabulator\'s',
    '  sectors are a comma-joined string. Both sort names with `localeCompare`-style collation.',
    ...Object.entries(checks?.table ?? {}).map(
      ([n, c]) => `- Checks, ${Number(n).toLocaleString('en')} rows: first row after the sort ${Object.entries(c).map(([side, x]) => `${side} "${x.firstSorted}"`).join(', ')}; rows after the region filter ${Object.entries(c).map(([side, x]) => `${side} ${x.filtered}`).join(', ')}; rows found by the search ${Object.entries(c).map(([side, x]) => `${side} ${x.found}`).join(', ')}.`,
    ),
    '',
    '### Timeline',
    '',
    `- Same data: ${sizes(EVENTS, 'synthetic events')} (the seeded generator of scripts/bench-timeline.mjs: 12 categories, partial dates, 10 % periods).`,
    '- **Ours**: `<sino-timeline>` with `events` set as a property (one lane per category, overlapping events clustered); zoom with its',
    '  "+" / "−" buttons (×1.6 around the centre).',
    '- **vis-timeline 8** with vis-data, the standalone ESM build (`vis-timeline/standalone`: DataSet, moment and Hammer included) and its',
    '  stylesheet, one group per category (our lanes), periods as `range` items and the rest as `box` items, default options (items',
    '  stacked, not clustered: `cluster` is left at its default, off),',
    '  a fixed height of 560 px with its vertical scroll; zoom with',
    '  `zoomIn(0.6, { animation: false })` / `zoomOut(0.6, …)` (the same ×1.6 around the centre).',
    '- **First render**: from the call to the frame after the marks are in the DOM. **Zoom steps**: six in, then six out, each from the click',
    '  / call to the next painted frame (in and out reported apart); the first zoom-in step also to its settled end.',
    '- What differs: ours clusters events that would overlap (a mark with a count) and draws all 12 lanes in view, with a legend that',
    '  filters, an overview strip and a list alternative; vis-timeline stacks the items of each group and scrolls vertically.',
    ...Object.entries(checks?.timeline ?? {}).map(([n, c]) => `- Marks in the DOM across the zoom levels, ${Number(n).toLocaleString('en')} events: ours ${(c.ours?.marksPerZoomLevel ?? []).join('–')}, vis-timeline ${(c.theirs?.marksPerZoomLevel ?? []).join('–')}.`),
    '',
    '## Machine and versions',
    '',
    `- ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; no GPU (Chromium runs with \`--disable-gpu\`).`,
    `- Chromium ${versions.chromium} (Debian, /usr/bin/chromium, headless, flags \`--no-sandbox --disable-gpu --disable-background-networking`,
    '  --disable-component-update --no-first-run`), driven by playwright-core ' + versions['playwright-core'] + `; Node ${versions.node}; esbuild ${versions.esbuild}.`,
    `- sinocarte ${versions.sinocarte} (this commit, Lit ${versions.lit}), echarts ${versions.echarts}, tabulator-tables ${versions['tabulator-tables']}, vis-timeline ${versions['vis-timeline']}, vis-data ${versions['vis-data']}.`,
    '',
    '## How to rerun',
    '',
    '```sh',
    'npm ci && npm run build   # the data package and our sources are read from the repository',
    'npm run bench             # npm ci --prefix bench, then node bench/run.mjs: rewrites this file and performance.json',
    'node bench/run.mjs --runs 9 --only table --no-write   # more runs, one view, print only',
    '```',
    '',
    'The pages are served from 127.0.0.1 by the script (no other network); `bench/.out/` keeps the bundles, the pages and a screenshot of',
    'each view after its first run. Timings depend on the machine: compare ratios, not milliseconds, across machines.',
  );
  if (errors?.length) p('', '## Errors during this run', '', ...errors.map((e) => `- ${e}`));
  return lines.join('\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const docs = new URL('../docs/', import.meta.url);
  const report = JSON.parse(readFileSync(new URL('performance.json', docs), 'utf8'));
  writeFileSync(new URL('performance.md', docs), markdown(report, report.settings));
}
