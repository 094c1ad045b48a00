/**
 * Two copies of Sinocarte under Trusted Types. lit-html creates a policy named `lit-html` when it loads; a
 * second copy of lit on the page (the embed file twice, the lazy loader beside the embed file, a host's own
 * lit) then throws "Policy with name lit-html already exists" unless the CSP says 'allow-duplicates'.
 *
 * While a copy of Sinocarte evaluates its lit, `trustedTypes.createPolicy('lit-html')` hands out the policy
 * the first copy made, kept on `globalThis` under a registered symbol. It is the same policy in every copy
 * (lit-html's identity `createHTML`: its templates are developer-authored constants, never data). When the
 * name was taken by a lit that is not Sinocarte's, this copy's policy is named `sinocarte` instead. The CSP
 * line for a page with Sinocarte (docs/getting-started.md):
 *
 *     require-trusted-types-for 'script'; trusted-types lit-html sinocarte
 *
 * Any other name, and every other time, `createPolicy` is the browser's own: the wrapper is removed as soon
 * as the copy's modules have run (`release`).
 */

const KEY = Symbol.for('sinocarte.lit-html-policy');
/** The name used when `lit-html` belongs to a lit that is not Sinocarte's. */
export const FALLBACK_POLICY = 'sinocarte';

type Factory = { createPolicy: (name: string, rules?: object) => unknown };

let holders = 0;
let restore: (() => void) | null = null;

/**
 * Makes `createPolicy('lit-html')` share one policy until the returned function is called (calls nest: the
 * browser's own `createPolicy` is back once every caller has released it). Does nothing without Trusted Types.
 */
export function shareLitPolicy(): () => void {
  const factory = (globalThis as { trustedTypes?: Factory }).trustedTypes;
  if (!factory || typeof factory.createPolicy !== 'function') return () => undefined;
  if (holders++ === 0) restore = install(factory);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0) {
      restore?.();
      restore = null;
    }
  };
}

function install(factory: Factory): (() => void) | null {
  const global = globalThis as unknown as Record<symbol, unknown>;
  const hadOwn = Object.prototype.hasOwnProperty.call(factory, 'createPolicy');
  const original = factory.createPolicy;
  const shared = function (this: unknown, name: string, rules?: object): unknown {
    if (name !== 'lit-html') return original.call(this, name, rules);
    if (global[KEY]) return global[KEY];
    let policy: unknown;
    try {
      policy = original.call(this, name, rules);
    } catch {
      // `lit-html` was created by a lit that is not ours: this copy gets its own name.
      policy = original.call(this, FALLBACK_POLICY, rules);
    }
    try {
      Object.defineProperty(globalThis, KEY, { __proto__: null, value: policy, configurable: true } as PropertyDescriptor);
    } catch {
      // A frozen global: the next copy will fall back to its own name.
    }
    return policy;
  };
  try {
    factory.createPolicy = shared;
  } catch {
    return null;
  }
  return () => {
    if (factory.createPolicy !== shared) return;
    if (hadOwn) factory.createPolicy = original;
    else delete (factory as Partial<Factory>).createPolicy;
  };
}
