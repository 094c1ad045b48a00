import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { until } from '../fixtures/hostile-helpers.js';

export { until };

/** A node of Chromium's accessibility tree, as a screen reader gets it (ignored nodes left out). */
export interface AXNode {
  role: string;
  name: string;
  /** A slider's or field's value (a slider's aria-valuetext when it has one). */
  value?: string | number;
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

/** Relative luminance of a computed CSS colour (`rgb(…)`, `rgba(…)`), per WCAG 2. */
export function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two computed colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The system colours of the page as they are now (forced or not): what `Canvas` and `CanvasText` resolve to. */
export function systemColors(): { canvas: string; canvasText: string } {
  const probe = document.createElement('div');
  probe.style.cssText = 'color: CanvasText; background-color: Canvas; forced-color-adjust: none';
  document.body.append(probe);
  const style = getComputedStyle(probe);
  const colors = { canvas: style.backgroundColor, canvasText: style.color };
  probe.remove();
  return colors;
}

/** Whether two boxes overlap by more than `slack` px both ways. */
export function overlaps(a: DOMRect, b: DOMRect, slack = 0.5): boolean {
  return a.left + slack < b.right && b.left + slack < a.right && a.top + slack < b.bottom && b.top + slack < a.bottom;
}

/** The text-spacing override of WCAG 1.4.12 (the bookmarklet auditors use), as a reader's style sheet applies it. */
export const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/**
 * Applies the text-spacing override to the document and to every shadow root below `root`, as a user style
 * sheet would (a page's own style sheet does not reach into shadow roots). Returns what takes it away again.
 */
export function overrideTextSpacing(root: Element): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  const roots: (Document | ShadowRoot)[] = [document];
  const visit = (node: Element | ShadowRoot) => {
    for (const e of [node, ...node.querySelectorAll('*')]) {
      if (e instanceof Element && e.shadowRoot) {
        roots.push(e.shadowRoot);
        visit(e.shadowRoot);
      }
    }
  };
  visit(root);
  for (const r of roots) r.adoptedStyleSheets = [...r.adoptedStyleSheets, sheet];
  return () => {
    for (const r of roots) r.adoptedStyleSheets = r.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
