import { LitElement, css, defaultConverter } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CSSResultOrNative, PropertyDeclaration, PropertyValues } from 'lit';
import { emit, type SinoErrorCode } from './events.js';
import { interpolate, normalizeLang, type Lang } from './i18n.js';
import { commonMessages } from '../i18n/common.js';
import { textsReady, type TextDataset } from './data-texts.js';
import { OnDemandController } from './on-demand.js';
import { unreadableCount } from '../lib/read.js';
import { frameMessages } from '../i18n/frame.js';
import { loaderMessages } from '../i18n/loader.js';
import { stringsReady } from '../i18n/load.js';
import { asText } from '../lib/text.js';
import type { GroupLink, GroupMessage, LinkableHost } from './group.js';
import type { Receiver } from './links.js';

export type Theme = 'auto' | 'light' | 'dark';
/** A problem with the input: its code, the note shown, and the key that clears it. */
export interface Problem {
  code: SinoErrorCode;
  message: string;
  key: string;
}
const THEMES: readonly unknown[] = ['auto', 'light', 'dark'];
/** The share machinery, once fetched (one download per page). */
let shareModule: Promise<typeof import('./share.js').ShareController> | undefined;
/** The group machinery (the bus and the link table), once fetched (one download per page). */
let groupModule: Promise<GroupBus> | undefined;
/** What the elements use of the group machinery. */
export type GroupBus = typeof import('./group.js').groupBus;

/**
 * The group machinery, fetched once per page: by the first element that has a `group` (see
 * `SinoElement.scheduleUpdate`), or by a container that posts to its views (the atlas).
 */
export function groupMachinery(): Promise<GroupBus> {
  return (groupModule ??= import('./group.js').then((m) => m.groupBus));
}
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
/** The key of the note left by an update that threw. */
const UNREADABLE_KEY = 'unreadable';

/** What an attribute can hold of a converter's result: text, or null (no attribute) when it cannot be text. */
function attributeText(convert: () => unknown): string | null {
  try {
    const value = convert();
    if (value === null || value === undefined) return null;
    return typeof value === 'string' ? value : String(value);
  } catch {
    return null;
  }
}

/** Each document's copies of the elements' style sheets, made when an element is first moved there. */
const sheetsByDocument = new WeakMap<Document, WeakMap<CSSStyleSheet, CSSStyleSheet>>();

function adoptStylesIn(root: ShadowRoot, doc: Document, styles: readonly CSSResultOrNative[]): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return;
  let copies = sheetsByDocument.get(doc);
  if (!copies) sheetsByDocument.set(doc, (copies = new WeakMap()));
  const sheets: CSSStyleSheet[] = [];
  for (const style of styles) {
    const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet;
    if (!sheet) continue;
    let copy = copies.get(sheet);
    if (!copy) {
      copy = new view.CSSStyleSheet();
      copy.replaceSync([...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
      copies.set(sheet, copy);
    }
    sheets.push(copy);
  }
  try {
    root.adoptedStyleSheets = sheets;
  } catch {
    // A document that takes no constructed sheets: nothing better to do than keep the element alive.
  }
}

/**
 * What every Sinocarte element shares: the `lang`, `theme` and `group` attributes, the design tokens,
 * the editorial frame's attributes (internal/frame.ts draws it), and the way problems are reported (a short
 * visible note, a `sino-error` event, nothing thrown).
 *
 * @slot heading - Title above the view, instead of the `heading` attribute.
 * @slot description - What the view shows, instead of the `description` attribute.
 * @slot source - Source line under the view, instead of the `source` attribute or the default one.
 * @slot note - A note under the view, instead of the `note` attribute.
 *
 * @csspart frame-header - The heading and description above the view.
 * @csspart frame-heading - The heading.
 * @csspart frame-description - The description.
 * @csspart frame-footer - The source line, the note, the fullscreen button and the download menu under the view.
 * @csspart frame-source - The source line.
 * @csspart frame-note - The note.
 */
export class SinoElement extends LitElement {
  /**
   * The bundled datasets whose texts the element draws, besides those it asks for on demand (on-demand.ts): their
   * tables in the element's language are fetched before it draws (data-texts.ts).
   * @internal
   */
  static texts: readonly TextDataset[] = [];

  static baseStyles = css`
    :host {
      /* Design tokens: every element reads these; a host overrides them on the element or any ancestor. */
      --_bg: var(--sino-color-background, #ffffff);
      --_surface: var(--sino-color-surface, #f5f6f8);
      --_text: var(--sino-color-text, #1b1f24);
      --_muted: var(--sino-color-muted, #59636e);
      --_border: var(--sino-color-border, #c9ced6);
      --_accent: var(--sino-color-accent, #b3261e);
      --_focus: var(--sino-color-focus, #0b57d0);
      /* Common Chinese fonts of macOS, Windows and Linux/Android after the Latin ones: Chinese text finds its glyphs
         (one line: a custom property keeps its value's whitespace, which the CSS minifier would change). */
      --_font: var(--sino-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif);
      --_font-size: var(--sino-font-size, 15px);
      --_radius: var(--sino-radius, 6px);
      --_space: var(--sino-space, 8px);
      display: block;
      box-sizing: border-box;
      color: var(--_text);
      font-family: var(--_font);
      font-size: var(--_font-size);
      line-height: 1.4;
      text-align: start;
      direction: ltr;
      color-scheme: light;
    }
    :host([hidden]) {
      display: none;
    }
    /* On a Chinese page the Chinese fonts come first, so that punctuation and digits match the characters. */
    :host(:lang(zh)) {
      --_font: var(--sino-font-family, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    }
    :host([theme='dark']) {
      --_bg: var(--sino-color-background, #15181d);
      --_surface: var(--sino-color-surface, #22272e);
      --_text: var(--sino-color-text, #e8eaed);
      --_muted: var(--sino-color-muted, #a6adb6);
      --_border: var(--sino-color-border, #48505a);
      --_accent: var(--sino-color-accent, #ff8a80);
      --_focus: var(--sino-color-focus, #8ab4f8);
      color-scheme: dark;
    }
    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light']):not([theme='dark'])) {
        --_bg: var(--sino-color-background, #15181d);
        --_surface: var(--sino-color-surface, #22272e);
        --_text: var(--sino-color-text, #e8eaed);
        --_muted: var(--sino-color-muted, #a6adb6);
        --_border: var(--sino-color-border, #48505a);
        --_accent: var(--sino-color-accent, #ff8a80);
        --_focus: var(--sino-color-focus, #8ab4f8);
        color-scheme: dark;
      }
    }
    /* Forced colours (Windows high contrast): the system palette wins over \`theme\` and the host's tokens, or a
       light theme on a dark palette draws white on white where an SVG keeps its own colours. */
    @media (forced-colors: active) {
      :host,
      :host([theme]) {
        --_bg: Canvas;
        --_surface: Canvas;
        --_text: CanvasText;
        --_muted: CanvasText;
        --_border: CanvasText;
        --_accent: Highlight;
        --_focus: Highlight;
        color-scheme: light dark;
      }
    }
    /* A page rule on the host itself (even \`* { all: unset }\`) beats :host, and inherited text
       properties then flow into the shadow root: set them again on the wrapper every element renders. */
    .base {
      color: var(--_text);
      font-family: var(--_font);
      font-size: var(--_font-size);
      font-style: normal;
      font-variant: normal;
      font-weight: normal;
      font-stretch: normal;
      letter-spacing: normal;
      word-spacing: normal;
      line-height: 1.4;
      text-align: start;
      text-indent: 0;
      text-transform: none;
      text-shadow: none;
      white-space: normal;
      direction: ltr;
      writing-mode: horizontal-tb;
      cursor: auto;
      box-sizing: border-box;
      visibility: visible;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      padding: 0;
      margin: -1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
    /* Shared by every element that shows a tooltip: it sits in the shadow root, positioned through CSSOM. */
    .tooltip {
      position: absolute;
      top: 0;
      left: 0;
      z-index: 2;
      padding: 8px 10px;
      background: var(--sino-tooltip-background, var(--_surface));
      color: var(--sino-tooltip-color, var(--_text));
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      box-shadow: 0 2px 10px rgb(0 0 0 / 0.18);
      font-size: 0.875em;
      pointer-events: none;
    }
    .tooltip[hidden] {
      display: none;
    }
    .tooltip p {
      margin: 0;
    }
    /* Paper is not the screen the drawing was sized for: scale every drawing to the printed width. */
    @media print {
      svg[viewBox] {
        max-width: 100%;
        height: auto;
      }
    }
    .problems {
      margin: 0 0 var(--_space);
      padding: 6px 10px;
      border-inline-start: 3px solid var(--_accent);
      background: var(--_surface);
      color: var(--_text);
      font-size: 0.875em;
    }
    .problems:empty {
      display: none;
    }
    .problems p {
      margin: 0;
    }
  `;

  /** Interface language: `fr` (default), `en` or `zh`. When unset, the closest `[lang]` ancestor decides. */
  // Reflected, but never as \`lang=""\`: an empty lang marks the content as of no language and breaks :lang().
  @property({ reflect: true, converter: { fromAttribute: (value) => value ?? '', toAttribute: (value: string) => value || null } })
  override lang: Lang | '' = '';

  /** Colour theme: `auto` (follows `prefers-color-scheme`), `light` or `dark`. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** Name of a group of linked views: elements with the same group share selection and filters. */
  @property({ reflect: true }) group?: string;

  /** Title shown above the view (or the `heading` slot), as an editor titles a chart. */
  @property() heading = '';

  /** A sentence under the title saying what the view shows (or the `description` slot). */
  @property() description = '';

  /**
   * Source line under the view (or the `source` slot). Empty: the publishers and years of the documents
   * behind the records shown ("Source : Ambassade de France en Chine, 2004"), in the element's language.
   */
  @property() source = '';

  /** A note under the view (or the `note` slot): a caveat, a definition, the date of the data. */
  @property() note = '';

  /**
   * Shareable view: the element keeps its state (its static `shared` properties: selection, metric, filters,
   * range…) in the page's URL hash, under keys `sino-<id or tag>-<property>`, and a link with that hash opens
   * the same view. Values of a hash written by hand that cannot be used are ignored with a note.
   */
  @property({ type: Boolean, reflect: true }) share = false;

  /** The properties an element writes into the URL hash when `share` is set (each element lists its own). */
  static shared: readonly string[] = [];

  /**
   * The machinery of `share` (internal/share.ts), fetched the first time an element of the page has `share`
   * (see scheduleUpdate): a page without it never downloads it.
   */
  private shareStarted = false;

  private startShare(): Promise<void> | undefined {
    if (this.shareStarted || !this.share) return undefined;
    this.shareStarted = true;
    return (shareModule ??= import('./share.js').then((m) => m.ShareController)).then(
      (ShareController) => {
        // Added to a connected element, it reads the hash at once: its values join this update.
        new ShareController(
          this,
          () => (this.constructor as typeof SinoElement).shared,
          (problems) => {
            this.clearProblems('share');
            for (const { key, value } of problems) this.report('invalid-attribute', interpolate(frameMessages[this.locale].share.invalid, { key, value }), 'share');
          },
          () => this.problems.length === 0,
        );
      },
      (error: unknown) => {
        shareModule = undefined;
        this.shareStarted = false;
        this.reportLoadFailed(error, 'share-load');
      },
    );
  }

  /** Which view of the link table the element is (internal/links.ts); none: it takes no part in groups. */
  static linkAs?: Receiver;

  /**
   * The element's part in its group (internal/group.ts), created with the machinery fetched the first time an
   * element of the page has a `group` (see scheduleUpdate): it joins before that update, so a message posted
   * once the element is drawn reaches it; a page without groups never downloads it. It then follows `group`.
   */
  private groupLink?: GroupLink;
  private groupLoading?: Promise<void>;

  private startGroup(): Promise<void> | undefined {
    if (this.groupLink) return undefined;
    if (this.groupLoading) return this.groupLoading;
    const receiver = (this.constructor as typeof SinoElement).linkAs;
    if (!receiver || !asText(this.group).trim()) return undefined;
    return (this.groupLoading = groupMachinery().then(
      ({ GroupLink }) => {
        // Added to a connected element, it joins the group at once.
        this.groupLink = new GroupLink(this as unknown as LinkableHost, receiver, () => asText(this.group));
      },
      (error: unknown) => {
        groupModule = undefined;
        this.groupLoading = undefined;
        this.reportLoadFailed(error, 'group-load');
      },
    ));
  }

  /** Posts what the reader just did to the rest of the element's group (nothing when it has none). */
  protected shareWithGroup(message: GroupMessage): void {
    this.groupLink?.share(message);
  }

  /** Problems found in the input, shown as a short note; each was also reported with `sino-error`. */
  @state() protected problems: Problem[] = [];

  /** The theme last checked, so that a bad `theme` is reported once and its note goes when it is fixed. */
  private checkedTheme?: unknown;

  constructor() {
    super();
    // A controller rather than willUpdate: subclasses override willUpdate without calling super.
    this.addController({
      hostUpdate: () => {
        if (this.theme === this.checkedTheme) return;
        this.checkedTheme = this.theme;
        this.clearProblems('theme');
        if (this.theme && !THEMES.includes(this.theme)) {
          this.report('invalid-attribute', interpolate(commonMessages[this.locale].unknownTheme, { value: this.theme }), 'theme');
        }
      },
    });
  }

  /** The note box of an update that threw (see `performUpdate`), plain DOM that Lit does not manage. */
  private fallbackBox: HTMLElement | null = null;
  /** The element's own note box, hidden while the one above shows. */
  private hiddenNote: HTMLElement | null = null;

  /** Whether a problem was reported during the update under way (see `performUpdate`). */
  private reportedInUpdate = false;

  /** The properties of the update under way (see `performUpdate`). */
  private updating: readonly PropertyKey[] = [];

  protected override shouldUpdate(changed: PropertyValues): boolean {
    this.updating = [...changed.keys()];
    return super.shouldUpdate(changed);
  }

  /**
   * The last line of defence: whatever an update throws (host data that defeats every reader) becomes a
   * note and a `sino-error`, never an exception in the page, and the element keeps what it last drew. The
   * note goes with the next update that succeeds on new input.
   */
  protected override performUpdate(): void {
    const skipped = unreadableCount();
    this.reportedInUpdate = false;
    try {
      super.performUpdate();
    } catch (error) {
      console.warn(`<${this.localName}>`, error);
      this.report('invalid-data', commonMessages[this.locale].unreadable, UNREADABLE_KEY);
      // The element's own template cannot be drawn with this input: the note goes into a box of its own, plain
      // DOM at the top of what the element last drew (the rest stays as it was), and the element's own note box,
      // whose content Lit owns and may replace at any time, is hidden meanwhile.
      try {
        const doc = this.ownerDocument;
        const box = (this.fallbackBox ??= doc.createElement('div'));
        box.className = 'problems';
        box.setAttribute('part', 'message');
        box.setAttribute('role', 'status');
        box.replaceChildren(
          ...this.problems.map((p) => {
            const line = doc.createElement('p');
            line.textContent = p.message;
            return line;
          }),
        );
        const own = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="message"]')].find((el) => el !== box);
        if (own && !own.hidden) (this.hiddenNote = own).hidden = true;
        if (!box.isConnected || box.getRootNode() !== this.renderRoot) (this.renderRoot.querySelector('.base') ?? this.renderRoot).prepend(box);
      } catch {
        // Nothing more can be shown; the element stays alive.
      }
      return;
    }
    // Drawn again: the element's own note replaces the one written above.
    if (this.fallbackBox) {
      this.fallbackBox.remove();
      this.fallbackBox = null;
    }
    if (this.hiddenNote) {
      this.hiddenNote.hidden = false;
      this.hiddenNote = null;
    }
    if (this.updating.some((key) => key !== 'problems')) this.clearProblems(UNREADABLE_KEY);
    // A reader skipped host data it could not read (a getter or a Proxy trap threw) and nothing said so: say it.
    if (unreadableCount() > skipped && !this.reportedInUpdate) this.report('invalid-data', commonMessages[this.locale].unreadable, UNREADABLE_KEY);
  }

  /**
   * An update waits for the interface strings of the element's language and for the bundled records' texts in
   * it (each fetched once per page, see i18n/load.ts and data-texts.ts), so that nothing is drawn in French
   * first or with a missing string; if they cannot be fetched, the element draws in French and says so (in its
   * language: those notes are in the first download).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const held = this.hasUpdated ? undefined : this.firstDrawing;
    // A view held until it comes into view joins its group now: a linked message draws it at once (group.ts).
    if (held) void this.startGroup();
    return held ? held.then(() => this.scheduleAfterLoads()) : this.scheduleAfterLoads();
  }

  /** Waits for the strings, the texts, the share state and the group machinery (see scheduleUpdate). */
  private scheduleAfterLoads(): void | Promise<unknown> {
    const lang = this.locale;
    const strings = stringsReady(lang);
    const texts = textsReady(lang, [...(this.constructor as typeof SinoElement).texts, ...this.onDemand.datasets]);
    const share = this.startShare();
    const group = this.startGroup();
    if (!strings) this.clearProblems('strings');
    if (!texts) this.clearProblems('texts');
    if (!strings && !texts && !share && !group) return super.scheduleUpdate();
    // The records' texts that failed are said once the strings have settled: in the reader's language then.
    let textsFailed: { error: unknown } | undefined;
    return Promise.all([
      share,
      group,
      strings?.then(
        () => this.clearProblems('strings'),
        (error: unknown) => this.report('load-failed', interpolate(loaderMessages[lang].stringsFailed, { error: errorText(error) }), 'strings'),
      ),
      texts?.then(
        () => this.clearProblems('texts'),
        (error: unknown) => (textsFailed = { error }),
      ),
    ]).then(() => {
      if (textsFailed) this.reportLoadFailed(textsFailed.error, 'texts');
      return super.scheduleUpdate();
    });
  }

  /**
   * Bundled records an element shows only when asked (a table's partnerships preset, a map's offices metric, the
   * names a timeline's panel links to): downloaded the first time, once per page (on-demand.ts).
   */
  protected readonly onDemand = new OnDemandController(this, (error) => this.reportLoadFailed(error));

  /**
   * Set by a container before the element's first update (the atlas, for its views below the fold, with
   * internal/draw-later.ts): the first drawing waits for it.
   * @internal
   */
  firstDrawing?: Promise<void>;
  /** Set while the first drawing is held: draws the element now (a linked message, a selection elsewhere). @internal */
  drawNow?: () => void;

  /**
   * Awaiting `updateComplete` also awaits the records downloaded on demand and the update they bring. An element
   * held until it comes into view (`firstDrawing`) is not waited for: it answers false at once.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    if (this.drawNow && !this.hasUpdated) return false;
    let done = await super.getUpdateComplete();
    for (let more; (more = this.drawing ?? (this.onDemand.pending && this.onDemand.settled())); ) {
      await more;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * Work of a drawing still under way in tasks of its own (a first layout, the views of a container), cleared
   * when done: `updateComplete` waits for it and the update it brings.
   * @internal
   */
  protected drawing?: Promise<unknown>;

  private reportLoadFailed(error: unknown, key?: string): void {
    this.report('load-failed', interpolate(commonMessages[this.locale].dataLoadFailed, { error: errorText(error) }), key);
  }

  /**
   * Moved into another document (`adoptNode` into a same-origin iframe): constructed style sheets belong to the
   * document that made them, and the browser drops them from the shadow root. The element's styles are made
   * again in the new document (once per document, shared by its elements) and adopted.
   */
  adoptedCallback(): void {
    const root = this.shadowRoot;
    if (root) adoptStylesIn(root, this.ownerDocument, (this.constructor as typeof LitElement).elementStyles);
    // An update lets controllers move what they hold to the new document (text-metrics.ts: its size observer).
    this.requestUpdate();
  }

  /**
   * A reflected property takes whatever a host sets: a value that cannot become an attribute (a Symbol, a
   * null-prototype object, an object whose `toString` throws) removes the attribute instead of throwing in the
   * middle of an update; the element's own checks then report the value.
   */
  static override createProperty(name: PropertyKey, options?: PropertyDeclaration): void {
    if (options?.reflect) {
      const given = typeof options.converter === 'object' ? options.converter : undefined;
      const toAttribute = given?.toAttribute ?? defaultConverter.toAttribute!;
      options = {
        ...options,
        converter: {
          fromAttribute: typeof options.converter === 'function' ? options.converter : (given?.fromAttribute ?? defaultConverter.fromAttribute),
          toAttribute: (value: unknown, type?: unknown) => attributeText(() => toAttribute(value, type)),
        },
      };
    }
    super.createProperty(name, options);
  }

  /**
   * The accessor Lit defines for each reactive property, as a descriptor without a prototype: on a page whose
   * scripts polluted `Object.prototype` (`value`, `writable`, `get`, `set`), a descriptor written as an object
   * literal inherits those keys and `Object.defineProperty` refuses it, which stopped every tag of the npm and
   * lazy builds from registering (the embed file also lifts the keys while it runs: internal/prototype-shield.ts).
   */
  static override getPropertyDescriptor(name: PropertyKey, key: string | symbol, options: PropertyDeclaration): PropertyDescriptor | undefined {
    const descriptor = super.getPropertyDescriptor(name, key, options);
    return descriptor && (Object.setPrototypeOf(descriptor, null) as PropertyDescriptor);
  }

  /** The effective language: own `lang`, else the closest ancestor's (across shadow roots), else French. */
  get locale(): Lang {
    if (this.lang) return normalizeLang(this.lang);
    let node: Node | null = this.parentNode;
    while (node) {
      if (node instanceof Element && node.getAttribute('lang')) return normalizeLang(node.getAttribute('lang'));
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return 'fr';
  }

  /**
   * Records a problem: visible note, `sino-error` event, console warning. Never throws. `key` groups the
   * problems that `clearProblems` removes together once their input is fixed (by default, the code).
   */
  protected report(code: SinoErrorCode, message: string, key: string = code): void {
    this.reportedInUpdate = true;
    if (!this.problems.some((p) => p.key === key && p.message === message)) {
      this.problems = [...this.problems, { code, message, key }];
    }
    console.warn(`<${this.localName}> ${code}: ${message}`);
    emit(this, 'sino-error', { code, message });
  }

  /** For elements that rebuild their whole list of problems: the base class's own (theme) are kept. */
  protected setProblems(list: Problem[]): void {
    this.problems = [...this.problems.filter((p) => p.key === 'theme' || p.key === 'share'), ...list];
  }

  /** Forgets the problems of one kind (their key, by default their code) once their input has been replaced. */
  protected clearProblems(...keys: string[]): void {
    const kept = this.problems.filter((p) => !keys.includes(p.key));
    if (kept.length !== this.problems.length) this.problems = kept;
  }
}

/**
 * `@query(selector)`: a getter for the first element of the element's render root that matches, as lit's
 * `@query` without cache, but defined with a prototype-less descriptor. lit's descriptor is an object literal:
 * on a page whose scripts polluted `Object.prototype.set` (or `value`, `writable`), it inherits the key and
 * `Object.defineProperty` refuses it, which stopped the npm and lazy builds from registering the element.
 */
export function query(selector: string) {
  return (proto: object, name: PropertyKey): void => {
    Object.defineProperty(proto, name, {
      __proto__: null,
      configurable: true,
      enumerable: true,
      get(this: { renderRoot?: ParentNode }) {
        return this.renderRoot?.querySelector(selector) ?? null;
      },
    } as PropertyDescriptor);
  };
}
