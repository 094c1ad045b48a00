export default {
  globs: ['src/**/*.component.ts', 'src/internal/sino-element.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
