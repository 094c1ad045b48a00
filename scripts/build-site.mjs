#!/usr/bin/env node
/**
 * Builds the publishable site into `site/` (gitignored): one static folder that any static host or CDN serves
 * as it is, every link relative.
 *
 *   site/index.html             the README, as HTML
 *   site/docs/*.html            docs/*.md and docs/elements/*.md, as HTML (links to .md become .html)
 *   site/docs/embed/            the iframe pages, the generator and their scripts (docs/embed/ after the build)
 *   site/storybook/             Storybook (`storybook build`)
 *   site/dist/                  the built files: embed.js, lazy/, iframe-host.js, frame-page.js, index.js…
 *   site/data/                  the data downloads: every dataset as CSV and JSON, the China topology
 *   site/repo/                  the few repository files the docs link to (sources, licences), as text
 *
 * Run after `npm run build` (`npm run build:site` does both). `--no-storybook` skips Storybook (links to it
 * are then missing: only for a quick look at the docs).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked } from 'marked';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'site');
const started = Date.now();

const need = ['packages/sinocarte/dist/embed.js', 'packages/sinocarte/dist/lazy/loader.js', 'docs/embed/sinocarte-embed.js', 'packages/data/dist/parks.csv'];
for (const file of need) {
  if (!existsSync(join(root, file))) {
    console.error(`build-site: ${file} is missing; run \`npm run build\` first (or \`npm run build:site\`).`);
    process.exit(1);
  }
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// ---- files copied as they are ---------------------------------------------------------------------------

cpSync(join(root, 'docs/embed'), join(out, 'docs/embed'), { recursive: true });
cpSync(join(root, 'docs/images'), join(out, 'docs/images'), { recursive: true });
cpSync(join(root, 'packages/sinocarte/dist'), join(out, 'dist'), {
  recursive: true,
  filter: (src) => !src.endsWith('.map') && !src.includes(`${join('dist', 'types')}`),
});
mkdirSync(join(out, 'data'), { recursive: true });
for (const file of readdirSync(join(root, 'packages/data/dist'))) {
  if (/\.(csv|json)$/.test(file)) cpSync(join(root, 'packages/data/dist', file), join(out, 'data', file));
}
cpSync(join(root, 'packages/data/china.topo.json'), join(out, 'data/china.topo.json'));

// ---- Storybook ------------------------------------------------------------------------------------------

if (!process.argv.includes('--no-storybook')) {
  execFileSync('npx', ['storybook', 'build', '-o', join(out, 'storybook'), '--quiet'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

// ---- the docs as HTML -----------------------------------------------------------------------------------

/** Markdown sources and the page each becomes (relative to site/). */
const pages = new Map([['README.md', 'index.html']]);
for (const dir of ['docs', 'docs/elements']) {
  for (const file of readdirSync(join(root, dir))) {
    if (file.endsWith('.md')) pages.set(`${dir}/${file}`, `${dir}/${file === 'README.md' ? 'index.html' : file.replace(/\.md$/, '.html')}`);
  }
}
for (const pkg of ['packages/sinocarte/README.md', 'packages/data/README.md', 'packages/data/LICENSES.md']) {
  if (existsSync(join(root, pkg))) pages.set(pkg, `repo/${pkg.replace(/\.md$/, '.html')}`);
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
function slugger() {
  const seen = new Map();
  return (text) => {
    const base = text
      .toLowerCase()
      .replace(/<[^>]+>/g, '')
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}-${n}` : base;
  };
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A repository file or folder a page links to that is not a page of the site: copied under site/repo/. */
function repoCopy(target) {
  const source = join(root, target);
  if (!existsSync(source)) return null;
  if (statSync(source).isDirectory()) {
    const files = readdirSync(source).filter((f) => statSync(join(source, f)).isFile());
    const items = files.map((f) => `<li><a href="${escapeHtml(encodeURI(posix.basename(repoCopy(posix.join(target, f)))))}">${escapeHtml(f)}</a></li>`).join('\n');
    const index = join(out, 'repo', target, 'index.html');
    mkdirSync(dirname(index), { recursive: true });
    writeFileSync(index, layout(`${target}/`, `<h1>${escapeHtml(target)}/</h1>\n<ul>\n${items}\n</ul>`, posix.join('repo', target, 'index.html')));
    return posix.join('repo', target, 'index.html');
  }
  // Source files become .txt, so that every static host shows them as text (a .ts is a video to some).
  const copy = posix.join('repo', /\.(ts|mts|js|mjs)$/.test(target) ? `${target}.txt` : target);
  mkdirSync(dirname(join(out, copy)), { recursive: true });
  cpSync(source, join(out, copy));
  return copy;
}

/** Where a page's relative link leads in the site (a path relative to site/), or null to leave it alone. */
function resolveLink(fromSource, href) {
  if (/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(href)) return null;
  const [path, hash = ''] = href.split('#');
  if (!path) return null;
  const target = posix.normalize(posix.join(posix.dirname(fromSource), decodeURI(path))).replace(/\/$/, '');
  let page = pages.get(target) ?? pages.get(`${target}/README.md`);
  if (!page) {
    if (target === 'docs/embed' || target.startsWith('docs/embed/') || target.startsWith('docs/images/')) page = target === 'docs/embed' ? 'docs/embed/generator.html' : target;
    else if (target.startsWith('packages/sinocarte/dist/')) page = target.replace('packages/sinocarte/dist/', 'dist/');
    else page = repoCopy(target);
  }
  return page ? { page, hash } : null;
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1b1f24; --bg: #fff; --muted: #5b6470; --line: #d7dbe0; --code: #f3f4f6; --link: #0b57d0; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8eaed; --bg: #15181c; --muted: #a6adb7; --line: #3a4049; --code: #23272e; --link: #8ab4f8; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; color: var(--fg); background: var(--bg); }
header.site { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; padding: 0.75rem 1.25rem; border-bottom: 1px solid var(--line); }
header.site a { color: inherit; font-weight: 600; text-decoration: none; }
main { max-width: 54rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
a { color: var(--link); }
pre, code { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; font-size: 0.875em; }
pre { padding: 0.75rem 1rem; overflow-x: auto; background: var(--code); border-radius: 6px; }
:not(pre) > code { padding: 0.1em 0.3em; background: var(--code); border-radius: 4px; }
table { display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; }
th, td { padding: 0.3rem 0.6rem; border: 1px solid var(--line); text-align: left; vertical-align: top; }
img { max-width: 100%; height: auto; }
.site-note { color: var(--muted); font-size: 0.9375rem; }
`;

function layout(title, body, page) {
  const up = posix.relative(posix.dirname(page), '.') || '.';
  const href = (p) => `${up}/${p}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:">
<title>${escapeHtml(title)} — Sinocarte</title>
<link rel="stylesheet" href="${href('site.css')}">
<script src="${href('site.js')}" defer></script>
</head>
<body>
<header class="site"><a href="${href('index.html')}">Sinocarte</a><a href="${href('docs/index.html')}">Documentation</a><a href="${href('storybook/index.html')}">Storybook</a><a href="${href('docs/embed/generator.html')}">Embed generator</a><a href="${href('data/index.html')}">Data</a></header>
<main>
${body}
</main>
</body>
</html>
`;
}

for (const [source, page] of pages) {
  const slug = slugger();
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading(text, level, raw) {
        return `<h${level} id="${slug(raw.replace(/[`*_]|\[([^\]]*)\]\([^)]*\)/g, '$1'))}">${text}</h${level}>\n`;
      },
    },
    walkTokens(token) {
      if ((token.type === 'link' || token.type === 'image') && token.href) {
        const link = resolveLink(source, token.href);
        if (link) token.href = posix.relative(posix.dirname(page), link.page) + (link.hash ? `#${link.hash}` : '');
      }
    },
  });
  const text = readFileSync(join(root, source), 'utf8');
  const title = (text.match(/^#\s+(.+)$/m)?.[1] ?? source).replace(/[`*_]/g, '');
  // Raw HTML in the Markdown (a few <details>, <br>) is kept; inline event handlers and styles would be blocked
  // by the pages' CSP anyway.
  mkdirSync(dirname(join(out, page)), { recursive: true });
  writeFileSync(join(out, page), layout(title, marked.parse(text), page));
}

// ---- the data downloads page ----------------------------------------------------------------------------

const downloads = readdirSync(join(out, 'data'))
  .filter((f) => f !== 'index.html')
  .sort()
  .map((f) => `<li><a href="${escapeHtml(f)}" download>${escapeHtml(f)}</a> (${(statSync(join(out, 'data', f)).size / 1024).toFixed(1)} kB)</li>`)
  .join('\n');
writeFileSync(
  join(out, 'data/index.html'),
  layout(
    'Data downloads',
    `<h1>Data downloads</h1>\n<p>Every dataset of <code>@sinocarte/data</code>, as CSV and JSON, and the China topology. What each field means: <a href="../docs/data-dictionary.html">the data dictionary</a>.</p>\n<ul>\n${downloads}\n</ul>`,
    'data/index.html',
  ),
);

// ---- shared assets --------------------------------------------------------------------------------------

writeFileSync(join(out, 'site.css'), STYLE.trimStart());
// The docs' snippets name the CDN (what works once the package is published); on the site, each snippet
// points at the site's own copy, wherever the site is served from.
writeFileSync(
  join(out, 'site.js'),
  `// Rewrites the docs' snippets to load the files from this site (the CDN form works once the package is published).
(function () {
  var here = document.currentScript ? document.currentScript.src : location.href;
  var site = new URL('./', here).href;
  var swaps = [
    ['https://cdn.jsdelivr.net/npm/sinocarte/dist/', site + 'dist/'],
    ['https://YOUR-DOCS-SITE/embed/', site + 'docs/embed/'],
  ];
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('pre code').forEach(function (code) {
      var text = code.textContent;
      swaps.forEach(function (swap) { text = text.split(swap[0]).join(swap[1]); });
      if (text !== code.textContent) {
        code.textContent = text;
        var note = document.createElement('p');
        note.className = 'site-note';
        note.textContent = 'The addresses above are this site’s own copies. Once the package is published on npm, https://cdn.jsdelivr.net/npm/sinocarte/dist/ serves the same files.';
        code.parentElement.after(note);
      }
    });
  });
})();
`,
);
writeFileSync(join(out, '.nojekyll'), '');

const size = (dir) => readdirSync(dir, { recursive: true }).filter((f) => statSync(join(dir, f)).isFile()).length;
console.log(`site/: ${size(out)} files (${pages.size} docs pages) in ${((Date.now() - started) / 1000).toFixed(0)} s. Serve it with \`npm run serve:site\`.`);
