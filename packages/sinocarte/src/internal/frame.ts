import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { documentCredits } from '@sinocarte/data/document-credits';
import { creditsOf, formatSourceLine } from '../lib/source-line.js';
import { asText, clip, MAX_LABEL } from '../lib/text.js';
import { frameMessages } from '../i18n/frame.js';
import type { SinoElement } from './sino-element.js';
import { FullscreenController, fullscreenStyles } from './fullscreen.js';

/** The editorial frame's slots, each with its attribute of the same name (on SinoElement). */
const SLOTS = ['heading', 'description', 'source', 'note'] as const;
type FrameSlot = (typeof SLOTS)[number];

/**
 * The editorial frame every element draws around its view, as an editor frames a chart in an article: a
 * heading and a description above, the source line and a note below. Each comes from the attribute or the
 * slot of the same name; the source line defaults to the publishers and years of the documents behind the
 * records shown. An element creates one (`private editorial = new EditorialFrame(this)`) and renders `editorial.header()`
 * before its view and `editorial.footer(records)` after it.
 */
export class EditorialFrame implements ReactiveController {
  /** The slots that have content of the page's (slotted elements or text). */
  private filled = new Set<FrameSlot>();

  /** The fullscreen button under the view (fullscreen.ts). */
  readonly fullscreen: FullscreenController;

  constructor(private readonly host: SinoElement) {
    host.addController(this);
    this.fullscreen = new FullscreenController(host);
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener('slotchange', this.onSlotChange);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('slotchange', this.onSlotChange);
  }

  private onSlotChange = (e: Event) => {
    const slot = e.target as HTMLSlotElement;
    const name = slot.name as FrameSlot;
    if (!SLOTS.includes(name)) return;
    const had = this.filled.has(name);
    const has = slot.assignedNodes().some((n) => n.nodeType === Node.ELEMENT_NODE || n.textContent!.trim() !== '');
    if (has) this.filled.add(name);
    else this.filled.delete(name);
    if (had !== has) this.host.requestUpdate();
  };

  /** The attribute's text, or empty. */
  private text(name: FrameSlot): string {
    return clip(asText(this.host[name]).trim(), MAX_LABEL);
  }

  private shown(name: FrameSlot, fallback = ''): boolean {
    return this.filled.has(name) || this.text(name) !== '' || fallback !== '';
  }

  private cached?: { records: Iterable<unknown>; lang: string; line: string };

  /**
   * The default source line of these records, in the element's language ("Source : …, 2004"). Kept while
   * the same list is passed again: a table re-renders on every scroll.
   */
  sourceLine(records: Iterable<unknown>): string {
    const lang = this.host.locale;
    if (this.cached?.records !== records || this.cached.lang !== lang) {
      this.cached = { records, lang, line: formatSourceLine(creditsOf(records, documentCredits), frameMessages[lang].source) };
    }
    return this.cached.line;
  }

  /** The source line shown: the page's `source` attribute, or the default one of these records. */
  shownSource(records: Iterable<unknown>): string {
    return this.text('source') || this.sourceLine(records);
  }

  /** The frame's texts as plain text (slotted content included), for an exported image. */
  texts(): Record<FrameSlot, string> {
    const read = (name: FrameSlot, fallback = '') => {
      if (this.filled.has(name)) {
        const slot = this.host.renderRoot.querySelector<HTMLSlotElement>(`slot[name="${name}"]`);
        return (slot?.assignedNodes() ?? []).map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim();
      }
      return this.text(name) || fallback;
    };
    return { heading: read('heading'), description: read('description'), source: read('source', this.cached?.line ?? ''), note: read('note') };
  }

  /** Heading and description. The slots are always there (a slot must exist to learn it got content). */
  /** Whether the page gave a heading (attribute or slot): an element with a title of its own then drops it. */
  get hasHeading(): boolean {
    return this.shown('heading');
  }

  header(): TemplateResult {
    const heading = this.shown('heading');
    const description = this.shown('description');
    return html`<div class="frame-header" part="frame-header" ?hidden=${!heading && !description}>
      <h2 class="frame-heading" id="frame-heading" part="frame-heading" ?hidden=${!heading}><slot name="heading">${this.text('heading')}</slot></h2>
      <p class="frame-description" part="frame-description" ?hidden=${!description}><slot name="description">${this.text('description')}</slot></p>
    </div>`;
  }

  /** Source line and note, the fullscreen button, and whatever the element adds there (its download menu). */
  footer(records: Iterable<unknown>, extra: unknown = nothing): TemplateResult {
    const source = this.shownSource(records);
    const sourceShown = this.shown('source', source);
    const note = this.shown('note');
    return html`<div class="frame-footer" part="frame-footer">
      <p class="frame-source" part="frame-source" ?hidden=${!sourceShown}><slot name="source">${source}</slot></p>
      <p class="frame-note" part="frame-note" ?hidden=${!note}><slot name="note">${this.text('note')}</slot></p>
      <div class="frame-actions">${this.fullscreen.render()}${extra}</div>
    </div>`;
  }
}

/**
 * The frame's look: the heading as a chart title, the source and note small and muted. A list (Lit flattens it
 * in `static styles`): a `css` literal without `${…}` is minified at build time (scripts/minify-css-literals.mjs).
 */
export const frameStyles = [
  fullscreenStyles,
  css`
  /* The footer's buttons: fullscreen, and the download menu's summary (internal/download.ts adds its arrow). */
  .fullscreen-button,
  .download-menu summary {
    min-height: 32px;
    padding: 4px 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-size: 1.0769em;
    cursor: pointer;
  }
  .fullscreen-button:focus-visible,
  .download-menu summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .frame-header {
    margin: 0 0 var(--_space);
  }
  .frame-header[hidden],
  .frame-footer[hidden],
  .frame-header [hidden],
  .frame-footer [hidden] {
    display: none;
  }
  .frame-heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: 650;
    line-height: 1.25;
    color: var(--_text);
  }
  .frame-description {
    margin: 4px 0 0;
    color: var(--_text);
  }
  .frame-footer {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 16px;
    margin: var(--_space) 0 0;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .frame-source,
  .frame-note {
    margin: 0;
    flex: 1 1 240px;
  }
  /* The buttons (fullscreen, downloads) stay together at the right, on the last line when the texts fill one. */
  .frame-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 4px 8px;
    flex: 0 0 auto;
    margin-inline-start: auto;
  }
  `,
];
