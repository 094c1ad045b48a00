// What the one-view profilers (profile-map, profile-view, timeline-steps) share: their command
// line, building our view from a copy of the sources, a static server, Chromium, and reading CPU profiles and traces.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const bench = dirname(fileURLToPath(import.meta.url));
export const root = join(bench, '..');
/** Our sources, or the copy given with --src (say, an older commit's, from `git archive`). */
export const defaultSrc = join(root, 'packages/sinocarte/src');

/** The value after `--name` on the command line, else `fallback`. */
export function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

/** Whether `--name` is on the command line. */
export const flag = (name) => process.argv.includes(`--${name}`);

/**
 * Bundles bench/views/<view>-ours.js with its element taken from `src` (its `../../packages/sinocarte/src/<entry>`
 * import pointed there): not minified unless asked, so that profiles name the functions. `target` is esbuild's
 * `outfile`, or with `splitting` its `outdir` (the entry named `<view>-ours`).
 */
export async function buildView({ view, entry, src = defaultSrc, target, minify = false, splitting = false }) {
  const code = readFileSync(join(bench, 'views', `${view}-ours.js`), 'utf8').replace(`../../packages/sinocarte/src/${entry}`, join(src, entry));
  await build({
    stdin: { contents: code, resolveDir: root, sourcefile: `${view}-ours.js` },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: join(root, 'tsconfig.json'),
    // A --src outside the repository finds Lit and the data package here.
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'error',
    minify,
    ...(splitting ? { splitting: true, outdir: target, entryNames: `${view}-ours` } : { outfile: target }),
  });
}

const types = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };

/** Serves the files of `dir` (a folder's index.html for its path), uncached; resolves to the server and its address. */
export async function serve(dir) {
  const server = createServer((req, res) => {
    const path = join(dir, new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html'));
    try {
      const body = readFileSync(path);
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

/** Chromium as the bench runs it (CHROMIUM_PATH, else Debian's). */
export const launch = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });

/** A page in a fresh context (1200 × 800, en-GB) whose errors are printed. */
export async function newTab(browser) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, locale: 'en-GB' });
  const tab = await context.newPage();
  tab.on('pageerror', (e) => console.error('page error:', e.message));
  return { context, tab };
}

/** Self time per function (ms), from a CPU profile, heaviest first. */
export function bottomUp(profile) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const { functionName, url, lineNumber } = byId.get(profile.samples[i]).callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]);
}

/** The parent of each node of a CPU profile, and the nodes by id. */
function tree(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return { byId, parent };
}

/** The time (ms) spent in each of the functions `names` and what they call, from a CPU profile (recursion counted once). */
export function inclusive(profile, names) {
  const { byId, parent } = tree(profile);
  const total = new Map(names.map((n) => [n, 0]));
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const seen = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) seen.add(byId.get(id).callFrame.functionName);
    for (const name of names) if (seen.has(name)) total.set(name, total.get(name) + (dt[i + 1] ?? 0) / 1000);
  }
  return total;
}

/** The call paths that lead to the function `name`, by its self time under them (the six heaviest, printable). */
export function callers(profile, name) {
  const { byId, parent } = tree(profile);
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  const paths = new Map();
  for (const n of profile.nodes) {
    if (n.callFrame.functionName !== name || !self.get(n.id)) continue;
    const chain = [];
    for (let p = parent.get(n.id); p && chain.length < 6; p = parent.get(p)) chain.push(`${byId.get(p).callFrame.functionName || '(anon)'}:${byId.get(p).callFrame.lineNumber + 1}`);
    const key = chain.join(' < ');
    paths.set(key, (paths.get(key) ?? 0) + self.get(n.id));
  }
  return [...paths].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `   ${v.toFixed(1)} ms ${name} < ${k}`).join('\n');
}

/**
 * The complete events ('X') of the page's renderer main thread in a trace: of the threads named CrRendererMain, the
 * one with the most task time (a browser may hold more than one renderer).
 */
export function mainThreadEvents(trace) {
  const events = trace.traceEvents ?? trace;
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const on = (m) => events.filter((e) => e.ph === 'X' && e.pid === m.pid && e.tid === m.tid);
  const taskTime = (list) => list.reduce((s, e) => s + (e.name === 'RunTask' ? (e.dur ?? 0) : 0), 0);
  return mains.map(on).sort((a, b) => taskTime(b) - taskTime(a))[0] ?? [];
}

/** The thread time (ms, CPU) of the events named `names`. */
export const threadTimeOf = (events, names) => events.filter((e) => names.includes(e.name)).reduce((s, e) => s + (e.tdur ?? 0) / 1000, 0);
