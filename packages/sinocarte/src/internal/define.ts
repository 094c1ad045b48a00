import { emit } from './events.js';
import { pageRegistry } from './page.js';
import { VERSION } from '../version.js';

/** What a Sinocarte class carries so that another copy can tell which version defined a tag. */
interface Versioned {
  sinocarteVersion?: unknown;
}

/**
 * Registers a tag once, independently of the others. Loading the embed file twice, or two copies of the
 * library on one page, must not throw "already defined": the first definition wins. When the tag was defined
 * by a different version (or by something else), the console says so once per tag, since the page then
 * runs that version's element. A host whose registry refuses a tag (a policy, a scoped registry, a name
 * clash) keeps the other tags: the refusal is logged and fired as `sino-error` (`load-failed`) on `document`.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const mine = VERSION;
  (ctor as Versioned).sinocarteVersion = mine;
  try {
    const existing = customElements.get(tag) as (CustomElementConstructor & Versioned) | undefined;
    if (existing) {
      if (existing !== ctor && existing.sinocarteVersion !== mine) warnOnce(tag, existing.sinocarteVersion);
      return;
    }
    customElements.define(tag, ctor);
  } catch (error) {
    const message = `<${tag}> could not be registered: ${error instanceof Error ? error.message : String(error)}`;
    console.warn(message);
    if (typeof document !== 'undefined') emit(document, 'sino-error', { code: 'load-failed', message });
  }
}

function warnOnce(tag: string, theirs: unknown): void {
  const { warned } = pageRegistry();
  if (warned.has(tag)) return;
  warned.add(tag);
  const other = typeof theirs === 'string' ? `Sinocarte ${theirs}` : 'another script';
  console.warn(`<${tag}> was already defined by ${other}; this copy (Sinocarte ${VERSION}) leaves it be, so the page runs that one.`);
}
