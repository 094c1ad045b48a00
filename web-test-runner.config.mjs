import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { fileURLToPath } from 'node:url';
import { findChromium } from './scripts/ensure-chromium.mjs';
import { heapPlugin } from './scripts/wtr-heap-plugin.mjs';
import { a11yPlugin } from './scripts/wtr-a11y-plugin.mjs';

export default {
  files: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // Vite-like JSON and TypeScript: esbuild reads this tsconfig verbatim (it holds the decorator flags).
  // The embed pages and the built site load as a static host serves them: with CORS, so that a sandboxed
  // iframe (opaque origin) or a page of another origin can load their module scripts, as from a CDN (jsDelivr
  // and GitHub Pages send this header too).
  middleware: [
    (context, next) => {
      if (context.path.startsWith('/docs/embed/') || context.path.startsWith('/site/')) context.set('Access-Control-Allow-Origin', '*');
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), heapPlugin(), a11yPlugin()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 900000,
  // Expected warnings of the bad-input tests (each is asserted through sino-error) would drown real ones.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode') && !String(args[0]).startsWith('<sino-'),
};
