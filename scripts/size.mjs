#!/usr/bin/env node
// Prints the raw and min+gzip size of the built files a user downloads.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = ['packages/sinocarte/dist/embed.js', 'packages/sinocarte/dist/frame-page.js', 'packages/sinocarte/dist/iframe-host.js', 'packages/sinocarte/dist/lazy/loader.js', 'packages/data/china.topo.json'];
for (const file of files) {
  const path = join(root, file);
  if (!existsSync(path)) continue;
  const bytes = readFileSync(path);
  console.log(`${file}: ${(bytes.length / 1024).toFixed(1)} kB raw, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} kB gzip`);
}
