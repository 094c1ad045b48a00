#!/usr/bin/env node
// Builds the iframe side of Sinocarte and puts it where the embed pages of docs/embed/ load it from:
//   packages/sinocarte/dist/frame-page.js   the embed pages' script (ES module, self-contained, minified)
//   packages/sinocarte/dist/iframe-host.js  the host-side script of the iframe snippet (classic script, IIFE)
//   docs/embed/generator.js                 the embed code generator page
// and copies dist/embed.js, dist/frame-page.js and dist/iframe-host.js into docs/embed/ (as sinocarte-embed.js,
// frame-page.js, iframe-host.js), so docs/embed/ is a folder any static host (GitHub Pages, a CDN) can serve.
// Run after `vite build --mode embed` (it needs dist/embed.js). The copied and built files are gitignored.
import { build } from 'vite';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = `${root}packages/sinocarte/src/embed-frame`;
const dist = `${root}packages/sinocarte/dist`;
const docs = `${root}docs/embed`;

/** One self-contained minified file per entry (vite's library mode cannot put IIFE and ES side by side). */
async function bundle(entry, outDir, fileName, format) {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      lib: { entry, formats: [format], fileName: () => fileName, name: 'sinocarteIframeHost' },
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
    },
  });
}

if (!existsSync(`${dist}/embed.js`)) {
  console.error('build-docs-embed: packages/sinocarte/dist/embed.js is missing; run `npm run build` first.');
  process.exit(1);
}
await bundle(`${src}/frame-page.ts`, dist, 'frame-page.js', 'es');
await bundle(`${src}/host.ts`, dist, 'iframe-host.js', 'iife');
await bundle(`${src}/generator.ts`, docs, 'generator.js', 'es');
copyFileSync(`${dist}/embed.js`, `${docs}/sinocarte-embed.js`);
copyFileSync(`${dist}/frame-page.js`, `${docs}/frame-page.js`);
copyFileSync(`${dist}/iframe-host.js`, `${docs}/iframe-host.js`);

for (const file of ['packages/sinocarte/dist/frame-page.js', 'packages/sinocarte/dist/iframe-host.js', 'docs/embed/generator.js']) {
  const bytes = readFileSync(`${root}${file}`);
  console.log(`${file}: ${(bytes.length / 1024).toFixed(1)} kB raw, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} kB gzip`);
}
