/**
 * The host-side script of the iframe snippet: sizes every `<iframe data-sinocarte>` of the page to the height
 * its content reports, and re-dispatches the reader's selections on the iframe element.
 *
 * ```html
 * <iframe data-sinocarte src="https://…/embed/map.html?metric=parks&lang=en" title="…" width="100%" height="640"></iframe>
 * <script src="https://cdn.jsdelivr.net/npm/sinocarte/dist/iframe-host.js" defer></script>
 * ```
 *
 * A message is acted on only when its `event.source` is the window of one of those iframes and its origin is
 * the origin of that iframe's `src` (or, for an iframe with a `sandbox` attribute, whose origin is opaque, the
 * origin `"null"`): another frame, the page itself or a page the iframe navigated to cannot resize anything.
 * On arrival it says hello to every such iframe, which answers with its height: a script that loads after the
 * frames (deferred, lazy-loaded by a CMS) still sizes them. The height is set through CSSOM as an inline
 * `!important` declaration (which a strict CSP allows), so a theme rule like `iframe { height: auto }` cannot
 * override it. Loading the script twice is harmless. It is a classic script (no `type="module"` needed) with
 * no globals.
 *
 * Events on the iframe element: `sino-select` with `detail: { kind, id, regions?, frame }` (`frame`: the `?id=`
 * of the embed page), like the element's own event; `sinocarte-resize` with `detail: { height, frame }`.
 */
import { ACK, HELLO, MESSAGE_VERSION, RESIZE, parseFrameMessage, type AckMessage, type HelloMessage } from './messages.js';

const INSTALLED = Symbol.for('sinocarte.iframe-host');

const FRAMES = 'iframe[data-sinocarte]';

/** The origin a frame's page must have: its `src`'s, or `"null"` (opaque) when the iframe is sandboxed. */
function expectedOrigin(frame: HTMLIFrameElement): string | null {
  if (frame.hasAttribute('sandbox')) return 'null';
  try {
    return new URL(frame.src, document.baseURI).origin;
  } catch {
    return null;
  }
}

/** Where to post to a frame: its origin, or anywhere for an opaque one (a hello or an ack carries nothing private). */
const targetOf = (origin: string): string => (origin === 'null' ? '*' : origin);

/** The iframe whose window posted the message, if it is one of ours and still shows a page of its origin. */
function frameOf(event: MessageEvent): HTMLIFrameElement | null {
  if (!event.source) return null;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>(FRAMES)) {
    if (frame.contentWindow !== event.source) continue;
    return expectedOrigin(frame) === event.origin ? frame : null;
  }
  return null;
}

/** Asks every frame for its height (they answer with a resize message). */
function hello(): void {
  const message: HelloMessage = { type: HELLO, version: MESSAGE_VERSION };
  for (const frame of document.querySelectorAll<HTMLIFrameElement>(FRAMES)) {
    const origin = expectedOrigin(frame);
    if (origin) frame.contentWindow?.postMessage(message, targetOf(origin));
  }
}

/** Extra pixels to add when the host's CSS sizes the iframe's border box rather than its content. */
function chrome(frame: HTMLIFrameElement): number {
  const style = getComputedStyle(frame);
  if (style.boxSizing !== 'border-box') return 0;
  return ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce(
    (sum, key) => sum + (parseFloat(style[key as 'borderTopWidth']) || 0),
    0,
  );
}

function onMessage(event: MessageEvent): void {
  const message = parseFrameMessage(event.data);
  if (!message) return;
  const frame = frameOf(event);
  if (!frame) return;
  if (message.type === RESIZE) {
    // The browser's default inset border only frames a chart with a bevel; a border the host chose stays.
    if (getComputedStyle(frame).borderTopStyle === 'inset') frame.style.border = '0';
    // Inline and !important: a theme's `iframe { height: auto }` (even !important) cannot undo it.
    frame.style.setProperty('height', `${message.height + chrome(frame)}px`, 'important');
    const ack: AckMessage = { type: ACK, version: MESSAGE_VERSION, id: message.id };
    (event.source as WindowProxy).postMessage(ack, targetOf(event.origin));
    frame.dispatchEvent(new CustomEvent('sinocarte-resize', { detail: { height: message.height, frame: message.id } }));
  } else {
    const detail: Record<string, unknown> = { kind: message.kind, id: message.selected, frame: message.id };
    if (message.regions) detail.regions = message.regions;
    frame.dispatchEvent(new CustomEvent('sino-select', { detail, bubbles: true, composed: true }));
  }
}

// On a server (SSR frameworks import modules there) there is no window: importing does nothing.
const scope = globalThis as unknown as Record<symbol, boolean>;
if (typeof window !== 'undefined' && !scope[INSTALLED]) {
  scope[INSTALLED] = true;
  window.addEventListener('message', onMessage);
  hello();
}
