/**
 * What every copy of Sinocarte on a page shares. A page may hold several copies: the npm build bundled by
 * the host, the embed file, the lazy loader's chunks, each with its own modules. Linked views and the
 * "already defined" warning must work across them, so their state lives in one object found on
 * `globalThis` under a registered symbol, versioned by `PROTOCOL`: a copy that finds a registry of another
 * protocol keeps its own rather than misread it.
 */
import type { GroupMember } from './group.js';
import { VERSION } from '../version.js';

/** Bump when the shape of `PageRegistry` or of a group message changes incompatibly. */
export const PROTOCOL = 1;

export interface PageRegistry {
  readonly protocol: typeof PROTOCOL;
  /** The first copy's version, for diagnostics. */
  readonly version: string;
  /** Linked-view groups, per document (a WeakMap: a removed iframe's document takes its groups with it). */
  readonly groups: WeakMap<Document, Map<string, Set<GroupMember>>>;
  /** Tags already warned about (a second, different copy met them): each is warned about once. */
  readonly warned: Set<string>;
}

const KEY = Symbol.for('sinocarte.page-registry');
let own: PageRegistry | undefined;

/** The page's registry, created by the first copy that asks. */
export function pageRegistry(): PageRegistry {
  const global = globalThis as unknown as Record<symbol, unknown>;
  const found = global[KEY] as Partial<PageRegistry> | undefined;
  if (found && found.protocol === PROTOCOL && found.groups instanceof WeakMap && found.warned instanceof Set) return found as PageRegistry;
  own ??= { protocol: PROTOCOL, version: VERSION, groups: new WeakMap(), warned: new Set() };
  if (found === undefined) {
    try {
      // A descriptor that inherits nothing: a polluted Object.prototype (`get`, `value`) must not change it.
      Object.defineProperty(globalThis, KEY, { __proto__: null, value: own, configurable: true } as PropertyDescriptor);
    } catch {
      // A frozen global: this copy keeps its registry to itself.
    }
  }
  return own;
}
