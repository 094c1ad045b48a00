/**
 * A @web/test-runner plugin that lets a browser test read what assistive technology reads: Chromium's
 * accessibility tree, over the DevTools protocol (`Accessibility.getFullAXTree`), as a screen reader gets it.
 *
 * In a test:
 *   import { executeServerCommand } from '@web/test-runner-commands';
 *   const tree = await executeServerCommand('a11y-tree', { root: "document.querySelector('sino-province-map')" });
 *   // { role, name, value?, properties: { selected, focused, … }, children: [...] } — ignored nodes left out,
 *   // their children lifted; `root` (a JS expression, default `document.body`) picks the subtree.
 *
 * Works with the Playwright (Chromium) launcher only; same pattern as wtr-heap-plugin.mjs.
 */

/** One CDP session per Playwright page, opened on first use. */
const sessions = new WeakMap();

async function cdpFor(page) {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  return cdp;
}

const value = (v) => (v && 'value' in v ? v.value : undefined);

/**
 * The tree below `rootId`, with ignored nodes replaced by their children. A property that points at other
 * nodes (`activedescendant`, `describedby`, …) gives their accessible names.
 */
function prune(byId, id, nameOf) {
  const node = byId.get(id);
  if (!node) return [];
  const children = (node.childIds ?? []).flatMap((c) => prune(byId, c, nameOf));
  if (node.ignored) return children;
  const properties = {};
  for (const p of node.properties ?? []) {
    const related = p.value?.relatedNodes;
    properties[p.name] = related?.length ? related.map((r) => nameOf.get(r.backendDOMNodeId) ?? r.text ?? r.idref) : value(p.value);
  }
  const out = { role: value(node.role), name: value(node.name) ?? '', properties, children };
  // A slider's or text field's value (for a slider, its aria-valuetext when it has one).
  if (node.value) out.value = value(node.value);
  if (node.backendDOMNodeId !== undefined) out.backendId = node.backendDOMNodeId;
  return [out];
}

export function a11yPlugin() {
  return {
    name: 'sinocarte-a11y-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'a11y-tree') return undefined;
      if (session.browser.type !== 'playwright') throw new Error(`a11y-tree needs the Playwright launcher, not ${session.browser.type}`);
      const cdp = await cdpFor(await session.browser.getPage(session.id));
      await cdp.send('DOM.enable');
      await cdp.send('Accessibility.enable');
      const { result } = await cdp.send('Runtime.evaluate', { expression: payload?.root ?? 'document.body', objectGroup: 'a11y-plugin' });
      try {
        if (!result.objectId) throw new Error(`a11y-tree: ${payload?.root} is not a node`);
        const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
        const { nodes } = await cdp.send('Accessibility.getFullAXTree', {});
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        const nameOf = new Map(nodes.filter((n) => n.backendDOMNodeId !== undefined).map((n) => [n.backendDOMNodeId, value(n.name) ?? '']));
        const root = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
        if (!root) return { role: 'none', name: '', properties: {}, children: [] };
        const list = prune(byId, root.nodeId, nameOf);
        return root.ignored ? { role: 'none', name: '', properties: {}, children: list } : list[0];
      } finally {
        await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'a11y-plugin' });
      }
    },
  };
}
