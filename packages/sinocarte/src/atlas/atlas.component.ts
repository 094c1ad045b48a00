import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { asText } from '../lib/text.js';
import { property, state } from 'lit/decorators.js';
import { drawInTurn, drawWhenVisible, nextTask, type Turns } from '../internal/draw-later.js';
import { parks } from '@sinocarte/data/base/parks';
import { events } from '@sinocarte/data/base/events';
import { typologyPlanes as typology } from '@sinocarte/data/base/typology-planes';
import { EditorialFrame, frameStyles } from '../internal/frame.js';
import { SinoElement, groupMachinery, type GroupBus, type Theme } from '../internal/sino-element.js';
import type { GroupMessage } from '../internal/group.js';
import { LANGS, type Lang } from '../internal/i18n.js';
import type { MapMetric } from '../province-map/province-map.component.js';
import type { SinoFilterDetail, SinoSelectDetail } from '../internal/events.js';
import { isMetric } from '../lib/metrics.js';
import type { PresetName } from '../park-table/park-table.presets.js';
import { atlasMessages } from '../i18n/atlas.js';
import { LANG_INFO } from '../i18n/langs.js';
import type { PartMessages } from '../i18n/messages.js';

type AtlasStrings = PartMessages<'atlas'>;
import { styles } from './atlas.styles.js';

const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
const LINKED_TAGS = ['sino-province-map', 'sino-park-table', 'sino-timeline', 'sino-typology'] as const;
let instances = 0;
/** What the four views show, for the atlas's source line. */
const ATLAS_RECORDS = [...parks, ...typology.programmes, ...events];

/** The metric as the map's attribute: a value that cannot be text (a null-prototype object) reaches it as `?`, which it reports. */
const metricText = (metric: unknown): string => asText(metric) || (metric == null || metric === '' ? '' : '?');

/** The table's preset for a metric of the map: the parks for parks and revenue, else the records the map counts. */
const tablePreset = (metric: string): PresetName => (metric === 'partnerships' || metric === 'offices' ? metric : 'parks');

/** The level of the atlas's heading (`<h1>`…`<h6>`); its panels' titles are one level below. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The four Sinocarte views in one element, linked: the map of the regions, the typology of the programmes, the
 * timeline and the table of the TORCH parks. Selecting a region filters the table to its parks and highlights its
 * events and programmes; selecting a park selects its region; zooming the timeline filters the parks by founding
 * year. One language switch (fr, en, zh) and one theme switch (auto, light, dark) apply to all four.
 *
 * The timeline and the table are drawn when they come into view (their height kept meanwhile), when the page is
 * printed, or as soon as the reader selects or filters something in another view. The atlas draws its own title,
 * switches and panels in a task of its own, makes the four views in the next two, and the views draw one after the
 * other, each in a task of its own (the map's outlines and the typology's layout in more), so that no single long
 * task keeps the page from answering while the atlas opens. The atlas's `updateComplete` resolves once its views
 * are made, each view's once it is drawn.
 *
 * Side by side on wide containers (map and typology, then the timeline and the table across), stacked on phones:
 * the layout follows the width of the atlas itself (container queries), not the window's.
 *
 * The atlas shows its own title above the switches; a `heading` (attribute or slot) replaces it, and whichever is
 * shown names the atlas for assistive technology.
 *
 * The views form a group of their own. Give the atlas a `group` and they join that group instead, so that
 * elements outside the atlas link with them too. Every `sino-select`, `sino-filter` and `sino-range` of the four
 * views bubbles out of the atlas: hosts listen on the atlas as they would on each element.
 *
 * With `share`, the view (region, metric) is kept in the page's URL hash (keys `sino-<id or tag>-…`), so that a link
 * reopens it; the fullscreen button under the view (or `Escape`) enters and leaves full screen.
 *
 * @tagname sino-atlas
 * @summary The map, typology, timeline and table of the parks in one responsive, linked layout.
 *
 * @fires sino-select - Bubbled from the views: a region, park, event or programme was selected. `detail: { kind, id, regions }`.
 * @fires sino-filter - Bubbled from the table, the timeline and the map: their filters (the map: its metric) changed. `detail: { filters, count }`.
 * @fires sino-range - Bubbled from the timeline: the reader zoomed or panned. `detail: { from, to }`.
 * @fires sino-error - Bubbled from the views: an input was rejected. `detail: { code, message }`.
 *
 * @cssprop --sino-color-background - Background of the atlas and its views.
 * @cssprop --sino-color-surface - Background of the toolbar and notes.
 * @cssprop --sino-color-text - Text colour.
 * @cssprop --sino-color-muted - Secondary text colour.
 * @cssprop --sino-color-border - Borders of the panels and controls.
 * @cssprop --sino-color-accent - Selected option of the switches.
 * @cssprop --sino-color-focus - Keyboard focus ring.
 * @cssprop --sino-font-family - Font of every label.
 * @cssprop --sino-font-size - Base font size.
 * @cssprop --sino-radius - Corner radius of panels and controls.
 * @cssprop --sino-space - Base spacing unit.
 * @cssprop --sino-atlas-gap - Space between the panels (default 16px).
 * @cssprop --sino-atlas-table-height - Height of the table's scrolling area (default min(512px, 80vh)).
 * @cssprop --sino-tooltip-background - Background of the views' tooltips (default: the surface colour).
 * @cssprop --sino-tooltip-color - Text colour of the views' tooltips (default: the text colour).
 *
 * @csspart base - The whole component.
 * @csspart toolbar - The title, help and switches above the views.
 * @csspart switches - The language and theme switches and the reset button.
 * @csspart panel - Each of the four panels.
 * @csspart panel-title - The title of each panel.
 * @csspart map - The `<sino-province-map>`.
 * @csspart typology - The `<sino-typology>`.
 * @csspart timeline - The `<sino-timeline>`.
 * @csspart table - The `<sino-park-table>`.
 * @csspart fullscreen-button - The fullscreen button under the view (`Escape` leaves full screen too).
 */
export class SinoAtlas extends SinoElement {
  /** What `share` keeps in the URL hash. */
  static override shared = ['region', 'metric'] as const;

  static override styles = [SinoElement.baseStyles, frameStyles, styles];

  /** Region selected when the atlas opens (`CN-HB`); follows the reader's selection on the map. */
  @property({ reflect: true }) region = '';

  /**
   * Metric of the map: `parks` (default), `revenue`, `partnerships` or `offices`; follows the reader's choice on the
   * map's metric switch. The table follows it: the parks for `parks` and `revenue`, else the partnerships or the offices.
   */
  @property({ reflect: true }) metric: MapMetric = 'parks';

  /** `on` (default): the map's metric switch lets the reader choose what the map counts; `off` hides it. */
  @property({ attribute: 'metric-switch', reflect: true }) metricSwitch: 'on' | 'off' = 'on';

  /** Level of the panel titles, 1 to 6 (default 2), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: HeadingLevel = 2;

  @state() private announcement = '';
  /**
   * The views are made after the atlas's own first drawing, in two tasks (see firstUpdated): 1, the map and the
   * typology; 2, the timeline and the table too.
   */
  @state() private viewsMade = 0;
  /** The views' turns to draw (internal/draw-later.ts), across the two tasks that make them. */
  private turns: Turns = { last: Promise.resolve() };
  private editorial = new EditorialFrame(this);

  private readonly ownGroup = `sino-atlas-${++instances}`;
  /** The region last taken from the map, so that reflecting it does not post it again. */
  private regionFromMap: string | null = null;

  /**
   * The group of the four views: the atlas's own `group`, or one of its own.
   * @internal
   */
  get linkGroup(): string {
    return asText(this.group).trim() || this.ownGroup;
  }

  private get t(): AtlasStrings {
    return atlasMessages[this.locale];
  }

  private get level(): number {
    const level: unknown = this.headingLevel;
    const n = typeof level === 'number' || typeof level === 'string' ? Math.round(Number(level)) : NaN;
    return n >= 1 && n <= 6 ? n : 2;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const lang = this.locale;
    const theme = THEMES.includes(this.theme) ? this.theme : 'auto';
    const group = this.linkGroup;
    const preset = tablePreset(this.metric);
    const title = (key: keyof AtlasStrings['panels'] | 'table') =>
      html`<div class="panel-title" part="panel-title" role="heading" aria-level=${this.level} id="title-${key}">${key === 'table' ? t.tables[preset] : t.panels[key]}</div>`;
    // One title: the editor's heading replaces the atlas's own, and names the atlas for assistive technology.
    const headed = this.editorial.hasHeading;
    const made = this.viewsMade >= 1;
    const below = this.viewsMade >= 2;
    return html`<div
      class="base"
      part="base"
      role="group"
      aria-labelledby=${headed ? 'frame-heading' : 'atlas-title'}
      @sino-select=${this.onSelect}
      @sino-filter=${this.onFilter}
    >
      ${this.editorial.header()}
      <div class="problems" part="message" role="status">${this.problems.map((p) => html`<p>${p.message}</p>`)}</div>
      <div class="toolbar" part="toolbar">
        <div class="intro">
          ${headed ? nothing : html`<p class="title" id="atlas-title">${t.title}</p>`}
          <p class="help">${t.help}</p>
        </div>
        <div class="switches" part="switches">
          <fieldset class="switch">
            <legend>${t.language}</legend>
            ${LANGS.map(
              (l) => html`<label lang=${l}
                ><input type="radio" name="lang" value=${l} .checked=${l === lang} @change=${() => this.setLanguage(l)} /><span>${LANG_INFO[l].name}</span></label
              >`,
            )}
          </fieldset>
          <fieldset class="switch">
            <legend>${t.theme}</legend>
            ${THEMES.map(
              (th) => html`<label
                ><input type="radio" name="theme" value=${th} .checked=${th === theme} @change=${() => this.setTheme(th)} /><span>${t.themes[th]}</span></label
              >`,
            )}
          </fieldset>
          <button type="button" class="reset" @click=${this.reset}>${t.reset}</button>
        </div>
      </div>
      <div class="grid">
        <section class="panel panel-map" part="panel" aria-labelledby="title-map">
          ${title('map')}
          ${made ? html`<sino-province-map part="map" group=${group} lang=${lang} theme=${theme} metric=${metricText(this.metric)} metric-switch=${this.metricSwitch === 'off' ? 'off' : 'on'}></sino-province-map>` : html`<div class="pending-map"></div>`}
        </section>
        <section class="panel panel-typology" part="panel" aria-labelledby="title-typology">
          ${title('typology')}
          ${made ? html`<sino-typology part="typology" group=${group} lang=${lang} theme=${theme}></sino-typology>` : html`<div class="pending-typology"></div>`}
        </section>
        <section class="panel panel-timeline" part="panel" aria-labelledby="title-timeline">
          ${title('timeline')}
          ${below ? html`<sino-timeline part="timeline" group=${group} lang=${lang} theme=${theme}></sino-timeline>` : html`<div class="pending-timeline"></div>`}
        </section>
        <section class="panel panel-table" part="panel" aria-labelledby="title-table">
          ${title('table')}
          ${below ? html`<sino-park-table part="table" group=${group} lang=${lang} theme=${theme} preset=${preset}></sino-park-table>` : html`<div class="pending-table"></div>`}
        </section>
      </div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      ${this.editorial.footer(ATLAS_RECORDS)}
    </div>`;
  }

  protected override firstUpdated(): void {
    // The views (their elements made, connected, styled) in tasks after the atlas's own first drawing: none is long.
    this.makeViews(1);
  }

  /** Makes the next views in a task of its own; `updateComplete` waits for it (their own drawing: their `updateComplete`). */
  private makeViews(step: number): void {
    this.drawing = nextTask().then(() => {
      this.viewsMade = step;
      this.drawing = undefined;
    });
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('viewsMade') && this.viewsMade) {
      // Just made, not yet drawn (their first update waits for a microtask): the views below the fold wait until
      // they come into view. Each view then draws in a task of its own, one after the other (the map, the
      // typology, then the timeline and the table): no single long task draws them all.
      const below = this.viewsMade >= 2;
      const tags = below ? (['sino-timeline', 'sino-park-table'] as const) : (['sino-province-map', 'sino-typology'] as const);
      if (below) for (const tag of tags) drawWhenVisible(this.renderRoot.querySelector(tag) ?? undefined);
      drawInTurn(tags.map((tag) => this.renderRoot.querySelector(tag)), this.turns);
      if (!below) this.makeViews(2);
    }
    // Post what the host set (clearing included); a region that came from the map's own selection is already known.
    // An atlas that opens on no region has nothing to clear (and posting it would draw the views still out of view).
    const opening = changed.get('region') === undefined && !this.region;
    if (changed.has('region') && !opening && (this.regionFromMap === null || (this.region || '') !== this.regionFromMap)) {
      // Posted once the views have rendered, so that each can check the message against its data.
      const region = this.region || null;
      void this.viewsReady().then(() => {
        if (this.region === (region ?? '')) this.post({ type: 'select', kind: 'province', id: region, regions: region ? [region] : [] });
      });
    }
    this.regionFromMap = null;
  }

  /** Resolves once the four views have rendered. */
  private async viewsReady(): Promise<void> {
    await this.updateComplete;
    const views = LINKED_TAGS.map((tag) => this.renderRoot.querySelector(tag) as (Element & { updateComplete?: Promise<unknown> }) | null);
    await Promise.all(views.map((v) => v?.updateComplete));
  }

  /** The bus of the views' group (internal/group.ts), fetched before the atlas's first drawing. */
  private bus?: GroupBus;

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.bus) return super.scheduleUpdate();
    // Its views fetch it too (they have a group): one download, and the atlas then posts synchronously. If it
    // cannot be fetched, the views say so. The first drawing also waits for a task of its own: not the one that
    // made the atlas (a host's script, or the evaluation of the module that defines the element).
    return Promise.all([
      groupMachinery().then(
        (bus) => void (this.bus = bus),
        () => undefined,
      ),
      this.hasUpdated ? undefined : nextTask(),
    ]).then(() => super.scheduleUpdate());
  }

  /** Tells the four views what happened, as if a view had: each answers according to the link table. */
  private post(message: GroupMessage): void {
    if (this.isConnected) this.bus?.postToGroup(this.ownerDocument, this.linkGroup, message, this);
  }

  /** A reader's selection or filter in one view changes the others: the views still waiting to be drawn are drawn now. */
  private drawAll(): void {
    for (const tag of LINKED_TAGS) this.renderRoot.querySelector<HTMLElement & { drawNow?: () => void }>(tag)?.drawNow?.();
  }

  private onSelect = (e: CustomEvent<SinoSelectDetail>) => {
    this.drawAll();
    const map = this.renderRoot.querySelector('sino-province-map');
    if (e.composedPath()[0] !== map || e.detail.kind !== 'province') return;
    this.regionFromMap = e.detail.id ?? '';
    this.region = e.detail.id ?? '';
  };

  /** The map's metric switch: the atlas takes the metric, and its table the matching preset. */
  private onFilter = (e: CustomEvent<SinoFilterDetail>) => {
    this.drawAll();
    const map = this.renderRoot.querySelector('sino-province-map');
    const metric = e.detail.filters.metric;
    if (e.composedPath()[0] === map && typeof metric === 'string' && isMetric(metric)) this.metric = metric;
  };

  private setLanguage(lang: Lang): void {
    this.lang = lang;
  }

  private setTheme(theme: Theme): void {
    this.theme = theme;
  }

  private reset = () => {
    const root = this.renderRoot;
    for (const tag of ['sino-park-table', 'sino-timeline', 'sino-typology']) {
      const view = root.querySelector<HTMLElement & { selected: string | null }>(tag);
      if (view) view.selected = null;
    }
    const timeline = root.querySelector<HTMLElement & { range: string }>('sino-timeline');
    if (timeline) timeline.range = '';
    this.region = '';
    this.regionFromMap = '';
    this.post({ type: 'select', kind: 'province', id: null, regions: [] });
    this.post({ type: 'range', from: 0, to: 0, whole: true });
    this.announcement = this.t.resetDone;
  };
}
