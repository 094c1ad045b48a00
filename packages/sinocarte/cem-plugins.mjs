/**
 * Plugins of the Custom Elements Manifest analyzer: they turn what it reads from the sources into the manifest a
 * user of the tarball needs (one source of truth for Storybook, docs/elements, the generated framework types and
 * the editors' data):
 *  - public API only: private, protected, static, `#private`, `_`-prefixed and `@internal` members are dropped,
 *    and so are Lit's lifecycle methods;
 *  - every event gets its `type` (`CustomEvent<…Detail>`), from the `@fires {type}` tag or else from
 *    `SinoEventMap` in src/internal/events.ts;
 *  - every CSS custom property gets its `default`, read from the `var(--sino-…, fallback)` of the element's CSS
 *    (private `--_tokens` are resolved to what they stand for);
 *  - module paths are the files of the tarball (`dist/<entry>.js`, with `typeDefinitionPath`
 *    `dist/types/<entry>.d.ts`), and each module that registers a tag says so with a `custom-element-definition`
 *    export.
 * `cssReport()` is also used by scripts/check-manifest.mjs: the custom properties the CSS reads that the JSDoc
 * does not document, and the reverse.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgDir = dirname(fileURLToPath(import.meta.url));
const srcDir = join(pkgDir, 'src');
const read = (file) => readFileSync(file, 'utf8');

/** Lit and custom-element lifecycle: public by necessity, not API. */
const LIFECYCLE = new Set([
  'connectedCallback', 'disconnectedCallback', 'adoptedCallback', 'attributeChangedCallback', 'render', 'update',
  'updated', 'firstUpdated', 'willUpdate', 'shouldUpdate', 'performUpdate', 'scheduleUpdate', 'getUpdateComplete',
  'createRenderRoot', 'requestUpdate', 'styles', 'properties', 'shadowRootOptions', 'elementProperties',
]);

const isPublicMember = (m, internal) =>
  !(m.privacy && m.privacy !== 'public') &&
  !m.static &&
  !m.name.startsWith('_') &&
  !m.name.startsWith('#') &&
  !LIFECYCLE.has(m.name) &&
  !internal.has(m.name);

/** `'sino-select': CustomEvent<SinoSelectDetail>` entries of SinoEventMap. */
function eventTypes() {
  const text = read(join(srcDir, 'internal/events.ts'));
  const body = text.slice(text.indexOf('interface SinoEventMap'));
  return new Map([...body.slice(0, body.indexOf('}')).matchAll(/'([a-z-]+)':\s*([^;]+);/g)].map(([, name, type]) => [name, type.trim()]));
}

/** The CSS an element ships: its component file, the `*.styles.js` it imports, and the base element's. */
function cssSourcesOf(componentPath) {
  const file = join(pkgDir, componentPath);
  const files = [file, join(srcDir, 'internal/sino-element.ts')];
  for (const [, spec] of read(file).matchAll(/from '(\.{1,2}\/[^']+\.styles\.js)'/g)) {
    files.push(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
  }
  return [...new Set(files)].map(read).join('\n');
}

/** Reads `var(--name, fallback)` with balanced parentheses; returns [{ name, fallback }]. */
function varUses(css) {
  const uses = [];
  for (const match of css.matchAll(/var\(\s*(--[\w-]+)\s*(,)?/g)) {
    let fallback = '';
    if (match[2]) {
      let depth = 1;
      let i = match.index + match[0].length;
      const start = i;
      for (; i < css.length && depth > 0; i++) {
        if (css[i] === '(') depth++;
        else if (css[i] === ')') depth--;
      }
      fallback = css.slice(start, i - 1).trim();
    }
    uses.push({ name: match[1], fallback });
  }
  return uses;
}

/** Private tokens (`--_focus: var(--sino-color-focus, #0b57d0)`): the first (light theme) definition of each. */
function privateTokens(css) {
  const tokens = new Map();
  for (const [, name, value] of css.matchAll(/(--_[\w-]+)\s*:\s*([^;]+);/g)) if (!tokens.has(name)) tokens.set(name, value.trim());
  return tokens;
}

/** A fallback as a user reads it: `var(--_focus)` becomes `var(--sino-color-focus, #0b57d0)`. */
function resolveTokens(value, tokens, depth = 0) {
  if (depth > 5) return value;
  return value.replace(/var\((--_[\w-]+)\)/g, (all, name) => (tokens.has(name) ? resolveTokens(tokens.get(name), tokens, depth + 1) : all));
}

/** For one element: documented vs read custom properties, and the default of each one read. */
export function cssReport(componentPath, documented) {
  const css = cssSourcesOf(componentPath);
  const tokens = privateTokens(css);
  const defaults = new Map();
  for (const { name, fallback } of varUses(css)) {
    if (!name.startsWith('--sino-')) continue;
    if (!defaults.has(name) || (!defaults.get(name) && fallback)) defaults.set(name, fallback ? resolveTokens(fallback, tokens) : '');
  }
  // A property read by script (getComputedStyle) counts as read, with the default the JSDoc gives.
  for (const [, name] of css.matchAll(/getPropertyValue\('(--sino-[\w-]+)'\)/g)) if (!defaults.has(name)) defaults.set(name, '');
  const names = new Set(documented);
  return {
    defaults,
    undocumented: [...defaults.keys()].filter((name) => !names.has(name)),
    unread: [...names].filter((name) => !defaults.has(name)),
  };
}

/**
 * The literal union behind each public field's declared type (`MapMetric` → `'parks' | 'revenue' | …`), from
 * the TypeScript checker over the sources: class name → field name → text. Editors' data (values offered for an
 * attribute) and the Storybook controls need the values, not the alias.
 */
function literalUnions(ts, files) {
  const config = ts.getParsedCommandLineOfConfigFile(join(pkgDir, '../../tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} });
  const program = ts.createProgram(files, { ...config.options, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const literal = (t) => (t.isStringLiteral() ? `'${t.value}'` : t.isNumberLiteral() ? String(t.value) : null);
  const byClass = new Map();
  for (const file of files) {
    const source = program.getSourceFile(file);
    source?.forEachChild((node) => {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const fields = new Map();
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || !member.name) continue;
        const type = checker.getTypeAtLocation(member.name);
        const parts = type.isUnion() ? type.types : [type];
        const texts = parts.map(literal);
        if (!texts.length || texts.some((t) => t === null)) continue;
        if (parts.every((t) => t.isNumberLiteral())) texts.sort((x, y) => Number(x) - Number(y));
        fields.set(member.name.getText(), texts.join(' | '));
      }
      byClass.set(node.name.getText(), fields);
    });
  }
  return byClass;
}

/** src/<entry>.ts files that register a tag: component module → { entry, tag, className }. */
function definitions() {
  const byComponent = new Map();
  for (const file of readdirSync(srcDir)) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const text = read(join(srcDir, file));
    for (const [, tag, className] of text.matchAll(/defineElement\('([a-z-]+)',\s*(\w+)\)/g)) {
      const spec = text.match(new RegExp(`import \\{[^}]*\\b${className}\\b[^}]*\\} from '(\\./[^']+)\\.js'`))?.[1];
      if (!spec) continue;
      byComponent.set(`src/${spec.slice(2)}.ts`, { entry: file.replace(/\.ts$/, ''), tag, className });
    }
  }
  return byComponent;
}

/** Where the tarball exports a class that no entry registers (the base class): `dist/elements.js`. */
const CLASSES_ENTRY = 'elements';

export function sinocartePlugin() {
  /** Class name → member names whose JSDoc says `@internal`. */
  const internal = new Map();
  let ts;
  const files = [];
  return {
    name: 'sinocarte-public-api',
    collectPhase({ ts: typescript, node }) {
      ts = typescript;
      if (node.kind === ts.SyntaxKind.SourceFile && !files.includes(node.fileName)) files.push(node.fileName);
    },
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = new Set();
      for (const member of node.members) {
        if (member.name && ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal')) names.add(member.name.getText());
      }
      internal.set(node.name.getText(), names);
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      manifest.schemaVersion = '2.1.0';
      const events = eventTypes();
      const unions = literalUnions(ts, files.map((f) => resolve(pkgDir, f)));
      const defs = definitions();
      const pathOf = (path) => {
        const def = defs.get(path);
        return def ? `dist/${def.entry}.js` : path?.startsWith('src/') ? `dist/${CLASSES_ENTRY}.js` : path;
      };
      const typesOf = (path) => pathOf(path).replace(/^dist\/(.+)\.js$/, 'dist/types/$1.d.ts');
      // Declarations that are not classes (a stray `const id` the analyzer picks up) are not API.
      for (const mod of manifest.modules) {
        mod.declarations = (mod.declarations ?? []).filter((d) => d.kind === 'class' || d.kind === 'mixin');
      }
      manifest.modules = manifest.modules.filter((mod) => mod.declarations.length > 0);
      for (const mod of manifest.modules) {
        const source = mod.path;
        for (const d of mod.declarations) {
          const own = internal.get(d.name) ?? new Set();
          const inheritedInternal = internal.get(d.superclass?.name) ?? new Set();
          d.members = (d.members ?? []).filter((m) => isPublicMember(m, m.inheritedFrom ? inheritedInternal : own));
          const fields = new Set(d.members.map((m) => m.name));
          d.attributes = (d.attributes ?? []).filter((a) => !a.fieldName || fields.has(a.fieldName));
          for (const m of d.members) if (m.inheritedFrom?.module) m.inheritedFrom.module = pathOf(m.inheritedFrom.module);
          for (const a of d.attributes) if (a.inheritedFrom?.module) a.inheritedFrom.module = pathOf(a.inheritedFrom.module);
          if (d.superclass?.module) d.superclass.module = pathOf(d.superclass.module);
          // The values a field (and its attribute) takes, spelled out: wc-toolkit's `parsedType` convention.
          for (const m of d.members) {
            const text = unions.get(m.inheritedFrom?.name ?? d.name)?.get(m.name);
            if (text && text !== m.type?.text) m.parsedType = { text };
          }
          for (const a of d.attributes) {
            const text = unions.get(a.inheritedFrom?.name ?? d.name)?.get(a.fieldName);
            if (text && text !== a.type?.text) a.parsedType = { text };
          }
          for (const e of d.events ?? []) {
            if (!e.type?.text && events.has(e.name)) e.type = { text: events.get(e.name) };
          }
          if (d.tagName) {
            const { defaults } = cssReport(source, (d.cssProperties ?? []).map((p) => p.name));
            for (const p of d.cssProperties ?? []) if (!p.default && defaults.get(p.name)) p.default = defaults.get(p.name);
          }
        }
        const def = defs.get(source);
        mod.path = pathOf(source);
        mod.typeDefinitionPath = typesOf(source);
        // Only the module's own classes are exported from it here; the types it re-exports live in index.d.ts.
        mod.exports = mod.declarations.map((d) => ({ kind: 'js', name: d.name, declaration: { name: d.name, module: mod.path } }));
        if (def) mod.exports.push({ kind: 'custom-element-definition', name: def.tag, declaration: { name: def.className, module: mod.path } });
      }
    },
  };
}
