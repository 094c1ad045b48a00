import { adoptStyles, type CSSResult, type LitElement } from 'lit';

/**
 * Adds styles that arrive with a module fetched on first use (the typology's types view, the download menu's list)
 * to the element's class, so that an element created later, or moved to another document, has them
 * (internal/sino-element.ts adopts `elementStyles`), and to this element's shadow root when it lacks one of them.
 */
export function useLateStyles(host: LitElement, styles: CSSResult): void {
  const all = (host.constructor as typeof LitElement).elementStyles;
  if (!all.includes(styles)) all.push(styles);
  const root = host.renderRoot as ShadowRoot;
  if (root.adoptedStyleSheets.length < all.length) adoptStyles(root, all);
}
