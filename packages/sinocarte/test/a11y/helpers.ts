import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { until } from '../fixtures/hostile-helpers.js';

export { until };

/** A node of Chromium's accessibility tree, as a screen reader gets it (ignored nodes left out). */
export interface AXNode {
  role: string;
  name: string;
  properties: Record<string, unknown>;
  children: AXNode[];
}

let marks = 0;

/**
 * The accessibility tree below an element, read over CDP (scripts/wtr-a11y-plugin.mjs). The element is found
 * by a mark set on it for the occasion, as the plugin evaluates an expression in the page.
 */
export async function axTree(el: Element): Promise<AXNode> {
  const mark = `ax-${++marks}`;
  el.setAttribute('data-ax-mark', mark);
  // Let Chromium update its tree after the last render.
  await nextFrame();
  await nextFrame();
  try {
    return await executeServerCommand<AXNode, { root: string }>('a11y-tree', {
      root: `(function find(root) { const hit = root.querySelector('[data-ax-mark="${mark}"]'); if (hit) return hit;
        for (const e of root.querySelectorAll('*')) if (e.shadowRoot) { const h = find(e.shadowRoot); if (h) return h; } return null; })(document)`,
    });
  } finally {
    el.removeAttribute('data-ax-mark');
  }
}

/** Every node of a tree, depth first. */
export function flatten(node: AXNode): AXNode[] {
  return [node, ...node.children.flatMap(flatten)];
}

/** The nodes of a tree with a role (and, optionally, whose name matches). */
export function findAll(node: AXNode, role: string, name?: RegExp): AXNode[] {
  return flatten(node).filter((n) => n.role === role && (!name || name.test(n.name)));
}

/** The element that has the focus, through shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Renders a template in a container of a given width and waits until `drawn` holds on the first element. */
export async function render<T extends HTMLElement>(template: TemplateResult, tag: string, drawn: (el: T) => unknown, width = 900): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = wrapper.querySelector(tag) as T;
  await until(() => drawn(el), `${tag} drawn`);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  expect(el, `${tag} rendered`).to.be.instanceOf(HTMLElement);
  return el;
}

export const shadow = (el: Element) => el.shadowRoot!;

/**
 * A short text for an element (`button.close`, `input[type=search]`), to compare in assertions: a failing
 * equality between two DOM nodes makes the runner serialise both, which can hang it.
 */
export function label(el: Element | null | undefined): string {
  if (!el) return 'nothing';
  const id = el.getAttribute('data-id');
  return `${el.localName}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}${id ? `[data-id=${id}]` : ''}`;
}
