/**
 * `@query(selector)`: a getter for the first element of the element's render root that matches, as lit's
 * `@query` without cache, but defined with a prototype-less descriptor. lit's descriptor is an object literal:
 * on a page whose scripts polluted `Object.prototype.set` (or `value`, `writable`), it inherits the key and
 * `Object.defineProperty` refuses it, which stopped the npm and lazy builds from registering the element.
 */
export function query(selector: string) {
  return (proto: object, name: PropertyKey): void => {
    Object.defineProperty(proto, name, {
      __proto__: null,
      configurable: true,
      enumerable: true,
      get(this: { renderRoot?: ParentNode }) {
        return this.renderRoot?.querySelector(selector) ?? null;
      },
    } as PropertyDescriptor);
  };
}
