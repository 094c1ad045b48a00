/**
 * Rolldown's runtime builds a module namespace object (when a module is imported both statically and with
 * `import()`, as the bundled parks are) with `for (var name in all) defineProperty(target, name, { get, … })`.
 * On a page whose scripts polluted `Object.prototype` (`value`, `get`, `set`…), `for…in` walks the polluted
 * keys and each descriptor literal inherits them: the chunk throws as it loads and the element never registers.
 * This plugin rewrites that helper, in every chunk that holds it, to walk own keys only with prototype-less
 * descriptors. A build whose helper changed shape fails here rather than shipping the hazard.
 */
const HELPER = /for \(var name in all\) \{\n\t\t__defProp\(target, name, \{\n\t\t\tget: all\[name\],\n\t\t\tenumerable: true\n\t\t\}\);\n\t\}/;
const TAG = '__defProp(target, Symbol.toStringTag, { value: "Module" });';

export function prototypeSafeExports() {
  return {
    name: 'sinocarte:prototype-safe-exports',
    renderChunk(code) {
      if (!code.includes('var __exportAll = ')) return null;
      if (!HELPER.test(code) || !code.includes(TAG)) {
        throw new Error('prototype-safe-exports: rolldown’s __exportAll helper changed shape; update scripts/prototype-safe-exports.mjs');
      }
      return {
        code: code
          .replace(HELPER, 'for (var name of Object.keys(all)) {\n\t\t__defProp(target, name, { __proto__: null, get: all[name], enumerable: true });\n\t}')
          .replace(TAG, '__defProp(target, Symbol.toStringTag, { __proto__: null, value: "Module" });'),
        map: null,
      };
    },
  };
}
