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
// The data package's exports stay whole and trilingual for npm users (the elements' French-only copies and
// text tables live under base/ and texts/, issue 12): every text of the parks and the events has fr, en and zh.
for (const [specifier, name] of [
  ['@sinocarte/data', 'events'],
  ['@sinocarte/data/parks', 'parks'],
  ['@sinocarte/data/events', 'events'],
]) {
  try {
    const records = (await import(specifier))[name];
    const partial = [];
    const walk = (value, path) => {
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
      else if (value && typeof value === 'object') {
        const keys = Object.keys(value);
        if (typeof value.fr === 'string' && keys.every((k) => k === 'fr' || k === 'en' || k === 'zh') && keys.length !== 3) partial.push(path);
        for (const key of keys) walk(value[key], `${path}.${key}`);
      }
    };
    walk(records, name);
    if (!records.length || partial.length) throw new Error(`${records.length} records, texts not in fr, en and zh: ${partial.slice(0, 5).join(', ')}`);
    console.log(`node import ${specifier} (${name}): ok, ${records.length} trilingual records`);
  } catch (error) {
    failed++;
    console.log(`node import ${specifier}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
}
process.exit(failed ? 1 : 0);
