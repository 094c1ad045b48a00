#!/usr/bin/env node
/**
 * Serves the built site (`site/`, from `npm run build:site`) at http://localhost:8080 (or the port given:
 * `npm run serve:site -- 9000`), as a static host would: files only, with the CORS header CDNs send, so that
 * pages of other origins can load embed.js and sandboxed iframes their module scripts.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const site = fileURLToPath(new URL('../site', import.meta.url));
const port = Number(process.argv[2]) || 8080;
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.woff2': 'font/woff2', '.md': 'text/plain; charset=utf-8', '.ts': 'text/plain; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};

if (!existsSync(join(site, 'index.html'))) {
  console.error('serve-site: site/ is not built; run `npm run build:site` first.');
  process.exit(1);
}
createServer((request, response) => {
  let path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  if (path.endsWith(sep) || path.endsWith('/')) path += 'index.html';
  const file = join(site, path);
  if (!file.startsWith(site) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
  createReadStream(file).pipe(response);
}).listen(port, () => console.log(`site/ at http://localhost:${port}/`));
