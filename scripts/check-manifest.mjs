#!/usr/bin/env node
/**
 * Checks the Custom Elements Manifest (packages/sinocarte/custom-elements.json, `npm run manifest -w sinocarte`)
 * tells the truth about what ships: every custom property an element's CSS reads is documented (`@cssprop`) and
 * every documented one is read; every event is typed; every module path and type path is in the tarball's
 * `files`; each tag has its `custom-element-definition`; no private member. Run by scripts/check-packages.mjs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cssReport } from '../packages/sinocarte/cem-plugins.mjs';

const pkgDir = fileURLToPath(new URL('../packages/sinocarte/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(pkgDir, 'custom-elements.json'), 'utf8'));

export function checkManifest({ requireDist = existsSync(join(pkgDir, 'dist')) } = {}) {
  const problems = [];
  const counts = { members: 0, events: 0, typedEvents: 0, cssProperties: 0, cssDefaults: 0, definitions: 0 };
  for (const mod of manifest.modules) {
    for (const path of [mod.path, mod.typeDefinitionPath]) {
      if (!/^dist\//.test(path ?? '')) problems.push(`${mod.path}: path ${path} is not in dist/`);
      else if (requireDist && !existsSync(join(pkgDir, path))) problems.push(`${mod.path}: ${path} does not exist`);
    }
    for (const d of mod.declarations ?? []) {
      counts.members += d.members?.length ?? 0;
      for (const m of d.members ?? []) {
        if ((m.privacy && m.privacy !== 'public') || m.static || /^[_#]/.test(m.name)) problems.push(`${d.name}.${m.name}: not public API`);
      }
      if (!d.tagName) continue;
      const source = `src/${mod.path.replace(/^dist\//, '').replace(/\.js$/, '')}`;
      const def = mod.exports?.find((e) => e.kind === 'custom-element-definition' && e.name === d.tagName);
      if (def) counts.definitions++;
      else problems.push(`<${d.tagName}>: no custom-element-definition export in ${mod.path}`);
      for (const e of d.events ?? []) {
        counts.events++;
        if (e.type?.text) counts.typedEvents++;
        else problems.push(`<${d.tagName}> ${e.name}: event without a type`);
      }
      for (const p of d.cssProperties ?? []) {
        counts.cssProperties++;
        if (p.default) counts.cssDefaults++;
        else problems.push(`<${d.tagName}> ${p.name}: no default`);
      }
      // The component file the entry registers: found again from the class name.
      const component = readFileSync(join(pkgDir, `${source}.ts`), 'utf8').match(/from '\.\/([^']+\.component)\.js'/)?.[1];
      const { undocumented, unread } = cssReport(`src/${component}.ts`, (d.cssProperties ?? []).map((p) => p.name));
      for (const name of undocumented) problems.push(`<${d.tagName}> reads ${name}, which its JSDoc does not document (@cssprop)`);
      for (const name of unread) problems.push(`<${d.tagName}> documents ${name}, which its CSS never reads`);
    }
  }
  return { problems, counts };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { problems, counts } = checkManifest();
  console.log(`manifest: ${JSON.stringify(counts)}`);
  for (const p of problems) console.log(`manifest: ${p}`);
  if (problems.length) process.exit(1);
}
