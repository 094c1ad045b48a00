#!/usr/bin/env node
/**
 * Checks the two published packages the way a user receives them:
 *  1. `publint` on `sinocarte` and `@sinocarte/data` (what npm would publish: package.json, files, exports);
 *  2. `@arethetypeswrong/cli` on their tarballs, with the `esm-only` profile (both packages are ESM only);
 *  3. `npm pack` both, install the tarballs in a fresh project under os.tmpdir(), build a page that does
 *     `import 'sinocarte'` and uses the four tags with Vite, into .cache/packaged-app/ (gitignored), where
 *     packages/sinocarte/test/packaged.test.ts loads it in Chromium;
 *  4. in the same project (one `npm install`), a React 19 app and a Vue 3 app (sources in
 *     packages/sinocarte/test/hosts/react/ and vue/, each with its Vite config and official plugin) that set
 *     properties, listen to `sino-select` and show the selection, built into .cache/react-app/ and
 *     .cache/vue-app/ for react-host.test.ts and vue-host.test.ts.
 *
 *  5. in the same project, the type tests of packages/sinocarte/test/types/: `tsc --noEmit` on the plain TS and
 *     React 19 fixtures and `vue-tsc --noEmit` (strictTemplates) on the Vue one, each with `@ts-expect-error`
 *     lines the types must reject; and a Node import of every export (node-imports.mjs);
 *  0. first of all, scripts/check-manifest.mjs: the Custom Elements Manifest against the sources and dist/.
 *
 * Needs a built repo (`npm run build`). The fresh project installs the two tarballs and Vite from the registry, as
 * a user would, with React, React DOM, Vue and the two Vite plugins. `--repo-vite` installs no Vite of its own
 * and builds with the repo's (cheaper on a cold cache, same proof for the tarballs; the framework plugins still
 * bring Vite as their peer). `--skip-frameworks` builds only the plain page. `--skip-app` runs the checks only.
 * Exit code 1 on any problem; the page is built even then, so the browser test can say what a user would see.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { checkManifest } from './check-manifest.mjs';

const run = promisify(execFile);
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const packages = [
  { name: '@sinocarte/data', dir: join(root, 'packages/data') },
  { name: 'sinocarte', dir: join(root, 'packages/sinocarte') },
];
const args = new Set(process.argv.slice(2));
const appDir = join(root, '.cache/packaged-app');
const VITE_VERSION = '8.3.8';
// The framework apps: their sources are fixtures of the repo, their packages come from the registry, pinned.
const hosts = [
  { name: 'react', src: join(root, 'packages/sinocarte/test/hosts/react'), out: join(root, '.cache/react-app') },
  { name: 'vue', src: join(root, 'packages/sinocarte/test/hosts/vue'), out: join(root, '.cache/vue-app') },
];
const FRAMEWORK_PACKAGES = ['react@19.3.1', 'react-dom@19.3.1', '@vitejs/plugin-react@6.3.0', 'vue@3.5.45', '@vitejs/plugin-vue@6.0.11'];
// The type tests: the compilers a TypeScript user has, pinned (TypeScript 5.9, as the repo's).
const TYPE_PACKAGES = ['typescript@5.9.3'];
const FRAMEWORK_TYPE_PACKAGES = ['@types/react@19.3.2', 'vue-tsc@3.3.14'];
const typeFixtures = join(root, 'packages/sinocarte/test/types');
// A classic script, copied as is from public/: it collects errors from the very start, for the browser tests.
const ERRORS_JS = `window.pageErrors = [];
window.addEventListener('error', (e) => window.pageErrors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.pageErrors.push('unhandled rejection: ' + e.reason));
`;
let problems = 0;

const elapsed = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;
const npm = (cmdArgs, cwd) => run('npm', [...cmdArgs, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, maxBuffer: 64 * 1024 * 1024 });

// ---- 0. the manifest tells the truth --------------------------------------------------------------
{
  const { problems: found, counts } = checkManifest({ requireDist: true });
  console.log(`manifest: ${found.length ? `${found.length} problem(s)` : 'no problem'} ${JSON.stringify(counts)}`);
  for (const p of found) console.log(`manifest: ${p}`);
  problems += found.length;
}

// ---- 1. publint ---------------------------------------------------------------------------------
for (const { name, dir } of packages) {
  const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  const { messages } = await publint({ pkgDir: dir, level: 'suggestion', strict: true, pack: 'npm' });
  if (messages.length === 0) console.log(`publint ${name}: no problem`);
  for (const message of messages) {
    problems++;
    console.log(`publint ${name}: [${message.type}] ${message.code}: ${formatMessage(message, pkg) ?? JSON.stringify(message.args)}`);
  }
}

// ---- 2. pack, then attw on the tarballs ---------------------------------------------------------
const work = await mkdtemp(join(tmpdir(), 'sinocarte-packaged-'));
const tarballs = [];
let started = performance.now();
for (const { name, dir } of packages) {
  const { stdout } = await npm(['pack', dir, '--pack-destination', work, '--json'], root);
  const [info] = JSON.parse(stdout);
  tarballs.push(join(work, info.filename));
  console.log(`npm pack ${name}: ${info.filename}, ${info.entryCount} files, ${(info.size / 1024).toFixed(0)} kB packed, ${(info.unpackedSize / 1024).toFixed(0)} kB unpacked`);
}
console.log(`packed in ${elapsed(started)}`);

for (const [i, { name }] of packages.entries()) {
  try {
    await run(join(root, 'node_modules/.bin/attw'), [tarballs[i], '--profile', 'esm-only', '--format', 'ascii', '--no-emoji', '--no-color'], { maxBuffer: 16 * 1024 * 1024 });
    console.log(`attw ${name}: no problem`);
  } catch (error) {
    problems++;
    console.log(`attw ${name}: problems\n${error.stdout}${error.stderr}`);
  }
}

// ---- 3. a fresh project that installs the tarballs and builds a page with Vite -----------------
if (!args.has('--skip-app')) {
  const project = join(work, 'app');
  await mkdir(project);
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ name: 'sinocarte-packaged-app', private: true, type: 'module' }, null, 2),
  );
  await writeFile(
    join(project, 'index.html'),
    `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <title>sinocarte from npm</title>
    <script src="./errors.js"></script>
    <script type="module" src="./main.js"></script>
  </head>
  <body>
    <sino-province-map selected="CN-SC"></sino-province-map>
    <sino-park-table region="CN-GD"></sino-park-table>
    <sino-timeline range="1980-2011"></sino-timeline>
    <sino-typology plane="coordination"></sino-typology>
  </body>
</html>
`,
  );
  await mkdir(join(project, 'public'));
  await writeFile(join(project, 'public/errors.js'), ERRORS_JS);
  await writeFile(
    join(project, 'main.js'),
    `// What a user writes: the package name, nothing else.
import 'sinocarte';
import { SinoProvinceMap } from 'sinocarte/elements';
import { parks } from '@sinocarte/data/parks';
window.packagedApp = { mapClass: SinoProvinceMap === customElements.get('sino-province-map'), parks: parks.length };
`,
  );
  const withHosts = !args.has('--skip-frameworks');
  if (withHosts) {
    for (const host of hosts) {
      await cp(host.src, join(project, host.name), { recursive: true });
      await mkdir(join(project, host.name, 'public'));
      await writeFile(join(project, host.name, 'public/errors.js'), ERRORS_JS);
    }
  }
  started = performance.now();
  const fresh = !args.has('--repo-vite');
  const extra = [...(fresh ? [`vite@${VITE_VERSION}`] : []), ...TYPE_PACKAGES, ...(withHosts ? [...FRAMEWORK_PACKAGES, ...FRAMEWORK_TYPE_PACKAGES] : [])];
  await npm(['install', '--no-package-lock', ...tarballs, ...extra], project);
  console.log(`npm install (tarballs${fresh ? ' + vite' : ''}${withHosts ? ' + react, vue and their vite plugins' : ''}) in ${elapsed(started)}`);
  const vite = fresh ? join(project, 'node_modules/.bin/vite') : join(root, 'node_modules/.bin/vite');
  const build = async (label, dir, out) => {
    const start = performance.now();
    await rm(out, { recursive: true, force: true });
    await run(vite, ['build', dir, '--outDir', out, '--emptyOutDir', '--base', './', '--logLevel', 'warn'], { cwd: project, maxBuffer: 16 * 1024 * 1024 });
    console.log(`vite build (${label}) in ${elapsed(start)} → ${out}`);
  };
  // ---- 5. type tests and Node imports, from the installed tarballs --------------------------------
  await cp(typeFixtures, join(project, 'types'), { recursive: true });
  const typeChecks = [['plain TS', 'tsc', 'plain'], ...(withHosts ? [['React 19', 'tsc', 'react'], ['Vue 3 strictTemplates', 'vue-tsc', 'vue']] : [])];
  // Side by side: each is mostly one compiler waiting on its own files.
  const start = performance.now();
  const typeResults = await Promise.all(
    typeChecks.map(([label, compiler, dir]) =>
      run(join(project, 'node_modules/.bin', compiler), ['--noEmit', '-p', join(project, 'types', dir, 'tsconfig.json')], { cwd: project, maxBuffer: 16 * 1024 * 1024 }).then(
        () => `type test (${label}, ${compiler}) passes`,
        (error) => {
          problems++;
          return `type test (${label}, ${compiler}) failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`;
        },
      ),
    ),
  );
  console.log(`${typeResults.join('\n')}\n(type tests in ${elapsed(start)})`);
  try {
    const { stdout } = await run(process.execPath, [join(project, 'types/node-imports.mjs')], { cwd: project });
    console.log(stdout.trim());
  } catch (error) {
    problems++;
    console.log(`node imports failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }

  await build('plain page', '.', appDir);
  if (withHosts) {
    // Each app after the other: a failed one is a problem, and the others are still built.
    for (const host of hosts) {
      try {
        await build(`${host.name} app`, host.name, host.out);
      } catch (error) {
        problems++;
        console.log(`vite build (${host.name} app) failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
      }
    }
  }
}
await rm(work, { recursive: true, force: true });

if (problems > 0) {
  console.error(`${problems} packaging problem(s)`);
  process.exit(1);
}
console.log('packages OK');
