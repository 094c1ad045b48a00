/**
 * The lazy loader: registers each element the first time its tag appears in the page, and only then downloads
 * its code and data. A page with only `<sino-park-table>` never downloads the map, its geometry or the timeline.
 *
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/sinocarte/dist/lazy/loader.js"></script>
 * <sino-park-table region="CN-GD"></sino-park-table>
 * ```
 *
 * It scans the document once, then watches it (a `MutationObserver` on the whole document), so tags added later
 * by a CMS, a framework or `innerHTML` are loaded too. It does not see into shadow roots (nobody can, unasked):
 * code that renders the tags inside its own shadow root calls `observe(shadowRoot)` or `load(tag)`.
 * Tags that are already defined (the full embed on the same page, say) are left alone. While its code downloads,
 * an element keeps its space and says "Loading…" in the page's language (internal/lazy-placeholder.ts). A chunk
 * that fails to download is tried once more after a second; if it fails again, each element of that tag shows a
 * short note with a "Try again" button and fires `sino-error` (`code: 'load-failed'`), and the tag is tried
 * again the next time one is added.
 */

import { shareLitPolicy } from './internal/trusted-types.js';
import { clearFailure, placeholderStyles, showFailure } from './internal/lazy-placeholder.js';

const modules = {
  'sino-province-map': () => import('./province-map.js'),
  'sino-park-table': () => import('./park-table.js'),
  'sino-timeline': () => import('./timeline.js'),
  'sino-typology': () => import('./typology.js'),
  'sino-atlas': () => import('./atlas.js'),
} satisfies Record<string, () => Promise<unknown>>;

/** The tags this loader knows. */
export type LazyTag = keyof typeof modules;

export const lazyTags = Object.keys(modules) as LazyTag[];

const isLazyTag = (tag: string): tag is LazyTag => Object.hasOwn(modules, tag);
const selector = lazyTags.join(',');
const pending = new Map<LazyTag, Promise<void>>();

/**
 * Downloads and registers the element of this tag, once (later calls return the same promise). Resolves when
 * the tag is defined; rejects, after firing `sino-error` on the elements of that tag, when its code cannot load.
 */
export function load(tag: LazyTag): Promise<void> {
  if (customElements.get(tag)) return Promise.resolve();
  let started = pending.get(tag);
  if (!started) {
    // One automatic retry, after a pause (a flaky network, a CDN hiccup); then a note with a button in the page.
    started = attempt(tag)
      .catch(() => new Promise((resolve) => setTimeout(resolve, RETRY_DELAY)).then(() => attempt(tag)))
      .then(
        () => clearFailure(document, tag),
        (error: unknown) => {
          pending.delete(tag);
          const message = `<${tag}>: its code could not be downloaded (${error instanceof Error ? error.message : String(error)})`;
          console.error(message);
          showFailure(document, tag, () => void load(tag).catch(() => undefined));
          for (const el of document.querySelectorAll(tag)) {
            el.dispatchEvent(new CustomEvent('sino-error', { detail: { code: 'load-failed', message }, bubbles: true, composed: true }));
          }
          throw error;
        },
      );
    pending.set(tag, started);
  }
  return started;
}

/** How long the loader waits before its one automatic retry of a chunk that failed. */
const RETRY_DELAY = 1000;

function attempt(tag: LazyTag): Promise<unknown> {
  // A second copy of lit (this chunk's, beside the embed file's) shares lit-html's Trusted Types policy.
  const release = shareLitPolicy();
  return modules[tag]().finally(release);
}

/** Loads every undefined Sinocarte tag in (and at) `node`. */
function scan(node: ParentNode | Element): void {
  const found = new Set<LazyTag>();
  if (node instanceof Element) {
    const tag = node.localName;
    if (isLazyTag(tag)) found.add(tag);
  }
  for (const el of node.querySelectorAll(selector)) found.add(el.localName as LazyTag);
  for (const tag of found) {
    if (!customElements.get(tag)) load(tag).catch(() => undefined);
  }
}

const observed = new WeakSet<Node>();
const allDefined = () => lazyTags.every((tag) => customElements.get(tag));

/**
 * Loads the Sinocarte tags found in `root` now, and those added to it later. The loader does this for
 * `document` by itself; call it for a shadow root of your own in which you render the tags.
 */
export function observe(root: Document | ShadowRoot | Element = document): void {
  if (observed.has(root)) return;
  observed.add(root);
  scan(root);
  const observer = new MutationObserver((records) => {
    // Once every element is registered there is nothing left to watch for.
    if (allDefined()) return observer.disconnect();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) scan(node);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
}

// Not on a server (SSR frameworks import modules there): there is no document to watch.
if (typeof document !== 'undefined') {
  placeholderStyles(document, lazyTags);
  observe(document);
}
