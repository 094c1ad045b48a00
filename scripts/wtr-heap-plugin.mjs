/**
 * A @web/test-runner plugin that lets a browser test measure its own page through the DevTools protocol:
 * forced garbage collection, V8 heap usage, DOM counters (live nodes, detached ones included, and JS event
 * listeners) and the listeners registered on `window` and `document`.
 *
 * In a test:
 *   import { executeServerCommand } from '@web/test-runner-commands';
 *   const m = await executeServerCommand('heap-measure');
 *   // { heapUsed, heapTotal, nodes, documents, jsEventListeners, windowListeners, documentListeners }
 *
 * Works with the Playwright (Chromium) launcher only; with another browser the command says so.
 */

/** One CDP session per Playwright page, opened on first use. */
const sessions = new WeakMap();

async function cdpFor(page) {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  return cdp;
}

/** Listeners attached to the object a global expression evaluates to (`window`, `document`). */
async function listenersOf(cdp, expression) {
  const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'heap-plugin' });
  try {
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: 0 });
    return listeners.map((l) => `${l.type}${l.useCapture ? ' (capture)' : ''}`);
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'heap-plugin' });
  }
}

export function heapPlugin() {
  return {
    name: 'sinocarte-heap-measure',
    async executeCommand({ command, payload, session }) {
      if (command !== 'heap-measure') return undefined;
      if (session.browser.type !== 'playwright') throw new Error(`heap-measure needs the Playwright launcher, not ${session.browser.type}`);
      const cdp = await cdpFor(await session.browser.getPage(session.id));
      const collections = payload?.gc === false ? 0 : 3;
      // Several passes: objects freed by one collection (weak maps, finalizers) are reclaimed by the next.
      for (let i = 0; i < collections; i++) await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const counters = await cdp.send('Memory.getDOMCounters');
      const windowListeners = await listenersOf(cdp, 'window');
      const documentListeners = await listenersOf(cdp, 'document');
      return {
        heapUsed: heap.usedSize,
        heapTotal: heap.totalSize,
        nodes: counters.nodes,
        documents: counters.documents,
        jsEventListeners: counters.jsEventListeners,
        windowListeners,
        documentListeners,
      };
    },
  };
}
