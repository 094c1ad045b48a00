/**
 * A page whose scripts polluted `Object.prototype` (`Object.prototype.value = …`, from a vulnerable library or a
 * careless polyfill) breaks every property descriptor written as an object literal: it inherits `value`, and
 * `Object.defineProperty` then throws "Cannot both specify accessors and a value". lit's decorators and its
 * reactive properties build such descriptors while the classes are defined and registered, so one polluted
 * key stopped every tag from registering.
 *
 * Our own descriptors have a null prototype. For lit's, the embed file lifts the descriptor keys off
 * `Object.prototype` while its modules run (synchronously: no page script runs in between) and puts them back,
 * exactly as they were, right after (`shieldPrototype()` returns the function that does).
 */

const DESCRIPTOR_KEYS = ['value', 'writable', 'get', 'set', 'enumerable', 'configurable'] as const;

export function shieldPrototype(): () => void {
  const lifted: [string, PropertyDescriptor][] = [];
  for (const key of DESCRIPTOR_KEYS) {
    const descriptor = Object.getOwnPropertyDescriptor(Object.prototype, key);
    if (!descriptor?.configurable) continue;
    // Kept with a null prototype, so that putting one back does not read another that is still lifted.
    Object.setPrototypeOf(descriptor, null);
    delete (Object.prototype as Record<string, unknown>)[key];
    lifted.push([key, descriptor]);
  }
  return () => {
    for (const [key, descriptor] of lifted.splice(0)) Object.defineProperty(Object.prototype, key, descriptor);
  };
}
