/**
 * The script of the embed pages (`docs/embed/map.html`…): reads the options from the page's URL, creates the
 * element, and tells the page that frames it how tall the content is.
 *
 * The page names its element with `<body data-frame="map">` and loads the elements before this script
 * (`<script type="module" src="./sinocarte-embed.js">`). Nothing here is inline, so the pages run under
 * `default-src 'self'; script-src 'self'; style-src 'self'`.
 *
 * Why `postMessage(…, '*')`: the page cannot know who frames it (any site may paste the snippet), and what it
 * sends is a height and the id of a public record the reader clicked — nothing a third party could not read
 * from the page itself. What must be checked is on the receiving side: the host script only acts on messages
 * whose `event.source` is one of its own `iframe[data-sinocarte]` and whose origin is that iframe's.
 */
import { FRAME_ELEMENTS, frameTitle, isFrameKind, parseFrameOptions, type ContentLang } from './options.js';
import { HELLO, MESSAGE_VERSION, RESIZE, SELECT, parseHostMessage, type ResizeMessage, type SelectMessage } from './messages.js';
import type { SinoSelectDetail } from '../internal/events.js';

const NOT_LOADED: Record<ContentLang, string> = {
  fr: 'Le graphique n’a pas pu être chargé. Rechargez la page ou réessayez plus tard.',
  en: 'The chart could not be loaded. Reload the page or try again later.',
  zh: '图表无法加载。请刷新页面或稍后再试。',
};

/** How long the elements may take to register before the page says they failed to load. */
const LOAD_TIMEOUT = 10_000;

function start(): void {
  const root = document.documentElement;
  const kind = document.body.dataset.frame;
  const container = document.getElementById('frame') ?? document.body;
  if (!isFrameKind(kind)) {
    console.error(`sinocarte embed page: <body data-frame="${kind ?? ''}"> names no element (${Object.keys(FRAME_ELEMENTS).join(', ')}).`);
    return;
  }
  const options = parseFrameOptions(kind, location.search);
  for (const warning of options.warnings) console.warn(`sinocarte embed page: ${warning}`);

  const element = document.createElement(options.tag);
  for (const [name, value] of options.attributes) element.setAttribute(name, value);
  const lang = (element.getAttribute('lang') as ContentLang | null) ?? 'fr';
  root.lang = lang;
  root.dataset.theme = element.getAttribute('theme') ?? 'auto';
  document.title = `${frameTitle(kind, Object.fromEntries(options.attributes))} — Sinocarte`;
  container.replaceChildren(element);

  void Promise.race([
    customElements.whenDefined(options.tag).then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), LOAD_TIMEOUT)),
  ]).then((defined) => {
    if (defined) return;
    const note = document.createElement('p');
    note.className = 'frame-error';
    note.setAttribute('role', 'alert');
    note.textContent = NOT_LOADED[lang];
    container.prepend(note);
  });

  // Standalone (opened directly, not in an iframe): nobody to talk to.
  if (window.parent === window) return;
  const parent = window.parent;

  let lastHeight = -1;
  /** Posts the content's height when it changed, or always when `again` (the host asked, the page loaded). */
  const postHeight = (again = false): void => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === lastHeight && !again) return;
    lastHeight = height;
    const message: ResizeMessage = { type: RESIZE, version: MESSAGE_VERSION, id: options.id, height };
    parent.postMessage(message, '*');
  };
  new ResizeObserver(() => postHeight()).observe(document.body);
  postHeight(true);
  // Once the element has drawn (its views in tasks of their own, for the atlas): a frame out of view, whose
  // rendering the browser throttles, gets no ResizeObserver report until it comes into view.
  void customElements
    .whenDefined(options.tag)
    .then(() => (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete)
    .then(() => postHeight(true));
  // Sent again once everything has loaded: a host script that arrived in between has a height to apply.
  if (document.readyState === 'complete') postHeight(true);
  else window.addEventListener('load', () => postHeight(true), { once: true });

  element.addEventListener('sino-select', (event) => {
    const detail = (event as CustomEvent<SinoSelectDetail>).detail;
    const message: SelectMessage = { type: SELECT, version: MESSAGE_VERSION, id: options.id, kind: detail.kind, selected: detail.id };
    if (detail.regions) message.regions = [...detail.regions];
    parent.postMessage(message, '*');
  });

  window.addEventListener('message', (event) => {
    if (event.source !== parent) return;
    const message = parseHostMessage(event.data);
    // A host script arrived late, or asks again: it gets the height now, not at the next change.
    if (message?.type === HELLO) postHeight(true);
    // Once a host script sizes the frame, scrollbars would only flicker while the height catches up.
    else if (message && (message.id === options.id || message.id === '')) root.dataset.sized = '';
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
