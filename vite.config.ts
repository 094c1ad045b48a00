import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { cssLiteralsPlugin } from './scripts/minify-css-literals.mjs';
import { htmlLiteralsPlugin } from './scripts/minify-html-literals.mjs';
import { prototypeSafeExports } from './scripts/prototype-safe-exports.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const src = `${root}packages/sinocarte/src`;
const outDir = `${root}packages/sinocarte/dist`;

/**
 * Two builds of the `sinocarte` package (Storybook uses the default, empty config):
 * - `vite build --mode lib`: one ES module per public entry, dependencies left as imports, for bundlers.
 * - `vite build --mode embed`: ONE self-contained minified file (lit and data inlined).
 * - `vite build --mode lazy`: a tiny loader that fetches each element's chunk the first time its tag appears.
 */
/**
 * The one-file embed holds every language anyway: each part's table (src/i18n/<part>.ts, French at hand and the
 * other languages fetched on demand with `lazyTable`) becomes a plain `{ fr, en, zh }` of static imports, side by
 * side in the file (gzip), and elements draw at once as before (about 1 kB min+gzip less than fetching them).
 */
function staticLanguages(): Plugin {
  const part = /^export const (\w+) = lazyTable<'[\w-]+'>\(fr, \{([\s\S]*?)\}\);/m;
  const loader = /(\w+): \(\) => import\((['"])\.\/\w+\/([\w-]+)\.js\2\)\.then\(\(\w+\) => \w+\.(\w+)\)/g;
  return {
    name: 'sinocarte:static-languages',
    enforce: 'pre',
    transform(code, id) {
      const found = /packages\/sinocarte\/src\/i18n\/[\w-]+\.ts$/.test(id) ? part.exec(code) : null;
      if (!found) return null;
      const langs = [...found[2].matchAll(loader)].map(([, lang, , file, name]) => ({ lang, file, name }));
      if (!langs.length) throw new Error(`static-languages: no loader read in ${id}`);
      const imports = langs.map(({ lang, file, name }) => `import { ${name} as ${lang} } from './${lang}/${file}.js';`);
      const table = `export const ${found[1]} = { fr, ${langs.map(({ lang }) => lang).join(', ')} };`;
      return { code: code.replace(/^(import [^\n]*\.\/fr\/[^\n]*\n)/m, `$1${imports.join('\n')}\n`).replace(part, table), map: null };
    },
  };
}

/**
 * The one-file embed has nothing to fetch: a dynamic `import()` of the elements' code (a module fetched on first use:
 * share, group, the download writers, the typology's types view, the records on demand) becomes a static import and
 * a promise of its namespace, or of the one export it reads (`import('x').then((m) => m.name)`). Bundled as dynamic
 * imports in one file, each such module and every module it imports were wrapped in a lazy initialiser and a
 * namespace object, for nothing. Only the elements' own sources are rewritten (after `staticLanguages`); an
 * `import(` in a comment is left alone.
 */
function staticDynamicImports(): Plugin {
  const call = /\bimport\((['"])([^'"\n]+)\1\)(?:\.then\(\((\w+)\) => \3\.(\w+)\))?/g;
  return {
    name: 'sinocarte:static-dynamic-imports',
    transform(code, id) {
      if (!id.startsWith(src) || !code.includes('import(')) return null;
      const imports: string[] = [];
      const next = code.replace(call, (whole: string, _quote: string, spec: string, _param: string | undefined, name: string | undefined, at: number) => {
        const line = code.slice(code.lastIndexOf('\n', at) + 1, at);
        if (/^\s*(\*|\/\*|\/\/)|\/\/|\/\*/.test(line)) return whole;
        // `import('x').then((m) => m.name)`: the binding itself, without a namespace object.
        const local = `sinoStatic${imports.length}`;
        imports.push(name ? `import { ${name} as ${local} } from ${JSON.stringify(spec)};` : `import * as ${local} from ${JSON.stringify(spec)};`);
        return `Promise.resolve().then(() => ${local})`;
      });
      if (!imports.length) return null;
      return { code: `${imports.join('\n')}\n${next}`, map: null };
    },
  };
}

/**
 * The files a page loads as they are (the lazy chunks, the embed file) keep no comments: the `@__PURE__`
 * annotations the minifier leaves serve a bundler's tree-shaking, which these files never go through (the `lib`
 * build, for bundlers, keeps them); licence comments were already left out by the minifier. About 0.2 kB
 * min+gzip off the embed file, 0.05-0.1 off a page.
 */
const shippedComments = false;

export default defineConfig(({ mode }): UserConfig => {
  // Every shipped build minifies the CSS inside the elements' `css` literals and the markup inside their `html`
  // and `svg` literals (bundlers leave literals alone), and a page that polluted Object.prototype does not break
  // the bundler's namespace helper (see the script).
  const plugins = [cssLiteralsPlugin(), htmlLiteralsPlugin(), prototypeSafeExports()];
  if (mode === 'lib') {
    return {
      plugins,
      build: {
        outDir,
        emptyOutDir: true,
        sourcemap: true,
        minify: false,
        lib: {
          entry: {
            index: `${src}/index.ts`,
            elements: `${src}/elements.ts`,
            'province-map': `${src}/province-map.ts`,
            'park-table': `${src}/park-table.ts`,
            typology: `${src}/typology.ts`,
            timeline: `${src}/timeline.ts`,
            atlas: `${src}/atlas.ts`,
            lazy: `${src}/lazy.ts`,
          },
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit($|\/)/, /^@lit\//, /^d3-/, /^@sinocarte\/data($|\/)/],
          output: { chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode === 'lazy') {
    // The lazy loader for CDNs: dist/lazy/loader.js + one chunk per element (lit and data inlined).
    return {
      plugins,
      build: {
        outDir: `${outDir}/lazy`,
        emptyOutDir: true,
        lib: { entry: { loader: `${src}/lazy.ts` }, formats: ['es'] },
        rolldownOptions: { output: { minify: true, comments: shippedComments, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
      },
    };
  }
  if (mode === 'embed') {
    return {
      plugins: [...plugins, staticLanguages(), staticDynamicImports()],
      // One file holds every language anyway: the full records (Chinese inline) instead of the French-English
      // base plus a Chinese table keyed by the French text, which would carry every French text twice.
      resolve: {
        alias: [
          { find: /^@sinocarte\/data\/base\/(.*)$/, replacement: '@sinocarte/data/$1' },
          { find: /^@sinocarte\/data\/texts\/(en|zh)(\/[\w-]+)?$/, replacement: `${src}/internal/no-texts.ts` },
          // Nothing to fetch: no loader of the per-dataset tables in the file (internal/sino-element.ts imports it so).
          { find: /^\.\/data-texts\.js$/, replacement: `${src}/internal/no-texts.ts` },
        ],
      },
      build: {
        outDir,
        emptyOutDir: false,
        lib: { entry: `${src}/embed.ts`, formats: ['es'], fileName: () => 'embed.js' },
        rolldownOptions: { output: { minify: true, comments: shippedComments, codeSplitting: false } },
      },
    };
  }
  return {};
});
