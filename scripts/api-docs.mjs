#!/usr/bin/env node
// Writes docs/elements/<tag>.md from the Custom Elements Manifest, itself generated from each element's
// JSDoc: the API is documented once, in the code, and reaches the manifest, Storybook, IDEs and these pages.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'packages/sinocarte/custom-elements.json'), 'utf8'));
const outDir = join(root, 'docs/elements');
mkdirSync(outDir, { recursive: true });

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const table = (headers, rows) =>
  rows.length ? [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') : '_None._';

const index = [];
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) continue;
    const name = d.tagName.replace(/^sino-/, '');
    const publicFields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static && m.description);
    const page = [
      `# \`<${d.tagName}>\``,
      '',
      `_Generated from the element's JSDoc by \`scripts/api-docs.mjs\`; edit the source, not this page._`,
      '',
      d.summary ?? '',
      '',
      d.description ?? '',
      '',
      '```js',
      `import 'sinocarte/${name}'; // registers <${d.tagName}>`,
      `import { ${d.name} } from 'sinocarte/elements'; // the class alone, registers nothing`,
      '```',
      '',
      '## Attributes and properties',
      '',
      table(
        ['attribute', 'property', 'type', 'default', 'description'],
        publicFields.map((f) => {
          const attr = (d.attributes ?? []).find((a) => a.fieldName === f.name);
          return [attr ? `\`${attr.name}\`` : '—', `\`${f.name}\``, f.type?.text ? `\`${f.type.text}\`` : '', f.default ? `\`${f.default}\`` : '', f.description];
        }),
      ),
      '',
      '## Events',
      '',
      table(['event', 'type', 'description'], (d.events ?? []).map((e) => [`\`${e.name}\``, e.type?.text ? `\`${e.type.text}\`` : '', e.description])),
      '',
      '## CSS custom properties',
      '',
      table(['property', 'default', 'description'], (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.default ? `\`${p.default}\`` : '', p.description])),
      '',
      '## Parts',
      '',
      table(['part', 'description'], (d.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description])),
      '',
      '## Slots',
      '',
      table(['slot', 'description'], (d.slots ?? []).map((s) => [`\`${s.name}\``, s.description])),
      '',
    ].join('\n');
    writeFileSync(join(outDir, `${name}.md`), page.replace(/\n{3,}/g, '\n\n'));
    index.push(`- [\`<${d.tagName}>\`](${name}.md): ${d.summary ?? ''}`);
  }
}
writeFileSync(join(outDir, 'README.md'), `# Elements\n\n${index.join('\n')}\n`);
console.log(`docs/elements: ${index.length} element page(s)`);
