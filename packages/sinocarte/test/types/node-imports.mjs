// Imports every export of the installed `sinocarte` in Node, as a server-side-rendering framework does: none may
// throw (no top-level `document`, `window` or `customElements`). Run by scripts/check-packages.mjs in the fresh
// project where the tarballs are installed. Prints one line per export; exit code 1 if any failed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(require.resolve('sinocarte/package.json'), 'utf8'));
let failed = 0;
for (const key of Object.keys(pkg.exports)) {
  const specifier = `sinocarte${key.slice(1)}`;
  try {
    await import(specifier, key.endsWith('.json') ? { with: { type: 'json' } } : undefined);
    console.log(`node import ${specifier}: ok`);
  } catch (error) {
    failed++;
    console.log(`node import ${specifier}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
}
process.exit(failed ? 1 : 0);
