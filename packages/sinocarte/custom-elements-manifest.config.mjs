import { sinocartePlugin } from './cem-plugins.mjs';

export default {
  globs: ['src/**/*.component.ts', 'src/internal/sino-element.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  // Public API only, typed events, CSS defaults, tarball paths, definition exports: see cem-plugins.mjs.
  plugins: [sinocartePlugin()],
};
