import { css, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { asText, sharedCollator } from '../lib/text.js';
import { property, state } from 'lit/decorators.js';
import { events as bundledEvents } from '@sinocarte/data/base/events';
import { regionNames as regions } from '@sinocarte/data/base/region-names';
import { documents } from '@sinocarte/data/base/documents';
import type { Park, Partnership, TimelineEvent } from '@sinocarte/data';
import { controlStyles } from '../internal/controls.styles.js';
import { PointerGestures, capturePointer } from '../internal/pointer-gestures.js';
import { EditorialFrame, frameStyles } from '../internal/frame.js';
import { DownloadMenu, downloadStyles } from '../internal/download.js';
import { frameMessages } from '../i18n/frame.js';
import type { TextDataset } from '../internal/data-texts.js';
import { SinoElement } from '../internal/sino-element.js';
import { bundledParks, bundledPartnerships, type OnDemand } from '../internal/on-demand.js';
import { HoverContent } from '../internal/hover-content.js';
import { emit } from '../internal/events.js';
import type { GroupMessage } from '../internal/group.js';
import type { Reaction } from '../internal/links.js';
import { regionsOf, yearsOf } from '../lib/link-values.js';
import { formatNumber, interpolate, dataLabel, plural } from '../internal/i18n.js';
import { langIfOther, pickText } from '../lib/localized-text.js';
import { DAY, formatRange, formatSpan, parseRange, precisionOf, roundRange, utc } from '../lib/timeline-dates.js';
import { chooseTicks, clampView, isFullView, panView, zoomView, type Tick, type View } from '../lib/timeline-scale.js';
import { fitLabel, labelBand, packLane, placeLabel, type Mark, type Span } from '../lib/timeline-layout.js';
import { remembered, type Measure } from '../lib/text-spacing.js';
import { summarizeTimeline } from '../lib/summary-timeline.js';
import { TextMetrics, textProbeStyles } from '../internal/text-metrics.js';
import { OTHER_CATEGORY, validateEvents, type CheckedEvent, type Issue } from '../lib/timeline-validate.js';
import { placeTooltip } from '../lib/tooltip-position.js';
import { commonMessages } from '../i18n/common.js';
import { timelineMessages } from '../i18n/timeline.js';
import { LANES, type LaneId } from './timeline.strings.js';
import { styles } from './timeline.styles.js';

type Point = readonly [number, number];

const REGION_NAMES = new Map(regions.map((r) => [r.id, r.name]));
// The names a panel links to come with the parks' and partnerships' records, downloaded when a panel first shows
// one (a timeline page does not otherwise need them); until then the ids stand in.
const parkName = (p: Park) => p.name;
const partnershipName = (p: Partnership) => (p.chinese.name ? `${p.french.name} – ${p.chinese.name}` : p.french.name);
const nameMaps = new WeakMap<object, Map<string, string>>();
function namesOf<T extends { id: string }>(list: readonly T[], name: (record: T) => string): Map<string, string> {
  let names = nameMaps.get(list);
  if (!names) nameMaps.set(list, (names = new Map(list.map((r) => [r.id, name(r)]))));
  return names;
}
const DOCUMENT_TITLES = new Map(documents.map((d) => [d.id, d.title]));
const CATEGORIES = LANES.filter((l) => l !== OTHER_CATEGORY);
const LANE_RANK = Object.fromEntries(LANES.map((l, i) => [l, i])) as Record<string, number>;

/** Below this width the time axis runs down the page. */
const VERTICAL_BELOW = 600;
/** Height of the band of lane names above a vertical timeline, px. */
const VERTICAL_LABELS = 84;
/** Average width of a character of the lane names (12 px, semi-bold), px. */
const LABEL_CHAR = 7;
/** Room around a lane name in its band, px: 8 before it, 4 after it. */
const LANE_NAME_PADDING = 12;
const STEP_ZOOM = 1.6;
const MIN_SPAN = 60 * DAY;
/** Issues listed one by one before the rest is summed up. */
const MAX_LISTED_ISSUES = 10;
/**
 * Marks drawn in the first task of a new drawing (first drawing, new events); the other lanes follow, about as
 * many marks a frame, so that no task of the first drawing runs long (a zoom, pan or filter draws at once).
 */
const MARKS_PER_TASK = 120;
/** The period shown when there is no event at all. */
const EMPTY_EXTENT: View = { from: Date.UTC(1960, 0, 1), to: Date.UTC(2031, 0, 1) };

/** Height of the band under the lanes that holds the zoom buttons (horizontal layout), px. */
const CONTROLS_BAND = 36;

interface Geometry {
  vertical: boolean;
  width: number;
  height: number;
  /** Where the time axis starts and how long it is, px. */
  trackStart: number;
  trackLength: number;
  /** Lane thickness across the axis, and where lane 0 starts. */
  laneSize: number;
  lanesStart: number;
  rows: number;
  rowSize: number;
  markSize: number;
}

interface LaneLayout {
  lane: LaneId;
  /** Item indices (into `#items`) of the events drawn in this lane, in date order; marks index into it. */
  order: number[];
  marks: Mark[];
}

/** Linked views: the events linked to a selection elsewhere in the group stand out, the others fade. */
const linkStyles = css`
  .has-highlight .event:not(.is-linked),
  .has-highlight .cluster:not(.is-linked),
  .has-highlight .label:not(.is-linked) {
    opacity: 0.28;
  }
  .has-highlight .event.is-linked,
  .has-highlight .cluster.is-linked .cluster-box {
    stroke: var(--sino-timeline-linked, var(--_focus));
    stroke-width: 2;
  }
  @media (forced-colors: active) {
    .has-highlight .event.is-linked,
    .has-highlight .cluster.is-linked .cluster-box {
      stroke: Highlight;
    }
  }
`;

/**
 * A timeline of Franco-Chinese cooperation since 1954: bilateral relations, the TORCH programme and its
 * parks, decentralised cooperation, the five-year plans up to 2026–2030. One lane per category; events
 * that would overlap at the current zoom are grouped with their count and split as you zoom in.
 *
 * With `share`, the view (range, categories, region, selection) is kept in the page's URL hash (keys `sino-<id or tag>-…`), so that a link
 * reopens it; the fullscreen button under the view (or `Escape`) enters and leaves full screen.
 *
 * @tagname sino-timeline
 * @summary Zoomable timeline of Franco-Chinese cooperation, filterable by category and region.
 *
 * With a `group` attribute, the timeline is a linked view (see docs/linked-views.md): a region, park or programme
 * selected elsewhere in the group emphasises the events linked to its regions (`highlight`); the reader's zoom and
 * pan filter the group's tables by year and restrict its maps' parks; an event the reader opens outlines its
 * regions on the maps; a region picked in the filter is passed on as a selection.
 *
 * @fires sino-select - An event was opened or the selection cleared. `detail: { kind: 'event', id: string | null }`.
 * @fires sino-range - The user zoomed or panned. `detail: { from, to }` as partial dates (`1980`, `1980-03`, `1980-03-02`).
 * @fires sino-filter - The user changed the category or region filter. `detail: { filters: { categories, region }, count }`.
 * @fires sino-error - Input was set aside or corrected (bad date, duplicate id, unknown category, unreadable range…). `detail: { code, message }`.
 *
 * @cssprop --sino-color-background - Background of the timeline and controls.
 * @cssprop --sino-color-surface - Background of alternate lanes, the tooltip, panel and notes.
 * @cssprop --sino-color-text - Text colour.
 * @cssprop --sino-color-muted - Secondary text, ticks and the overview.
 * @cssprop --sino-color-border - Borders and grid lines.
 * @cssprop --sino-color-accent - Selected event outline and the note's mark.
 * @cssprop --sino-color-focus - Keyboard focus ring and the active event.
 * @cssprop --sino-font-family - Font of every label.
 * @cssprop --sino-font-size - Base font size.
 * @cssprop --sino-radius - Corner radius of controls, marks, tooltip and panel.
 * @cssprop --sino-space - Base spacing unit.
 * @cssprop --sino-timeline-linked - Outline of the events linked to a selection in another view of the group (default: the focus colour).
 * @cssprop --sino-timeline-height - Height of the timeline when the time axis is vertical (narrow containers; default 480px).
 * @cssprop --sino-timeline-color-relations - Colour of the "bilateral relations" lane.
 * @cssprop --sino-timeline-color-agreement - Colour of the "bilateral agreements" lane.
 * @cssprop --sino-timeline-color-china-policy - Colour of the "Chinese policy" lane.
 * @cssprop --sino-timeline-color-five-year-plan - Colour of the "five-year plans" lane.
 * @cssprop --sino-timeline-color-torch - Colour of the "TORCH programme" lane.
 * @cssprop --sino-timeline-color-park - Colour of the "park foundings" lane.
 * @cssprop --sino-timeline-color-law-france - Colour of the "French law" lane.
 * @cssprop --sino-timeline-color-institutions - Colour of the "cooperation institutions" lane.
 * @cssprop --sino-timeline-color-rencontres - Colour of the "decentralised-cooperation Rencontres" lane.
 * @cssprop --sino-timeline-color-comite-chine - Colour of the "CNCD China Committee" lane.
 * @cssprop --sino-timeline-color-partnership - Colour of the "partnerships" lane.
 * @cssprop --sino-timeline-color-research - Colour of the "research and innovation" lane.
 * @cssprop --sino-timeline-color-other - Colour of the "other events" lane.
 * @cssprop --sino-tooltip-background - Background of the tooltip (default: the surface colour).
 * @cssprop --sino-tooltip-color - Text colour of the tooltip (default: the text colour).
 *
 * @csspart base - The whole component.
 * @csspart toolbar - The filters above the timeline.
 * @csspart legend - The category legend, which is also the category filter.
 * @csspart region-filter - The region drop-down.
 * @csspart timeline - The SVG timeline (one tab stop).
 * @csspart lane-label - Each lane's name.
 * @csspart axis - Tick labels of the time axis.
 * @csspart event - Each event mark.
 * @csspart cluster - Each group of events drawn as one mark with a count.
 * @csspart controls - The zoom buttons.
 * @csspart overview - The overview strip with the range brush.
 * @csspart brush - The visible-range window of the overview.
 * @csspart tooltip - The tooltip.
 * @csspart panel - The detail panel of the selected event.
 * @csspart list - The ordered-list alternative.
 * @csspart message - The note that lists rejected or corrected input.
 * @csspart fullscreen-button - The fullscreen button under the view (`Escape` leaves full screen too).
 */
export class SinoTimeline extends SinoElement {
  /** The regions' names, the documents' titles and the events' texts (the linked names come on demand, with theirs). @internal */
  static override texts: readonly TextDataset[] = ['regions', 'documents', 'events'];

  /** What `share` keeps in the URL hash. */
  static override shared = ['range', 'categories', 'region', 'selected'] as const;

  static override styles = [SinoElement.baseStyles, frameStyles, downloadStyles, controlStyles, textProbeStyles, styles, linkStyles];

  /** The events to show (defaults to every event of the bundled data package). Bad records are set aside or corrected. */
  @property({ attribute: false }) events: readonly TimelineEvent[] = bundledEvents;

  /**
   * Visible period: two partial dates, `1980-2011`, `1980-03/2011-06`; both ends included. Reflects zoom and pan,
   * rounded to the year (to the month or day when zoomed in). Empty: the whole period.
   */
  @property({ reflect: true }) range = '';

  /** Categories shown, comma-separated (`torch,park`); empty shows all. Reflects the legend filter. */
  @property({ reflect: true }) categories = '';

  /** Region whose events are shown (`CN-HB`); empty shows all. Events linked to it through `provinceIds`. */
  @property({ reflect: true }) region = '';

  /** Id of the event whose details are open. Set by the user's click or Enter, or by the host. */
  @property({ reflect: true }) selected: string | null = null;

  /** Regions whose events are emphasised, the others fading (`CN-SD,CN-HB`); a linked map or table sets it. */
  @property({ reflect: true }) highlight = '';

  // Plain private members are `#private`, which the minifier shortens; reactive ones (@state) keep `private`,
  // as a decorator needs a named property.
  /** Its place in the link table of linked views (internal/links.ts). */
  static override linkAs = 'timeline' as const;
  protected readonly hoverContent = new HoverContent(this, () => !!this.hover, () => (this.hover = null));
  /** Ids of the events linked to `highlight`, or null when nothing is highlighted. */
  #linked: Set<string> | null = null;

  @state() private size = { width: 0, height: 0 };
  @state() private view: View | null = null;
  @state() private active: string | null = null;
  @state() private hover: { ids: string[]; at: Point } | null = null;
  @state() private clusterIds: string[] | null = null;
  @state() private listOpen = false;
  @state() private announcement = '';
  @state() private wheelHint = false;

  /** Valid events in date order. */
  #editorial = new EditorialFrame(this);
  #download = new DownloadMenu(this, this.#editorial, {
    name: () => 'sinocarte-timeline',
    drawing: () => {
      const svg = this.renderRoot.querySelector<SVGSVGElement>('svg.chart');
      return svg ? { svg } : null;
    },
    data: () => {
      const f = this.t.fields;
      const events = this.view ? this.#inView(this.view) : [];
      return {
        header: ['id', f.date, f.endDate, f.category, frameMessages[this.locale].download.titleColumn],
        rows: events.map(({ event: e }) => [e.id, e.date, e.endDate ?? null, this.#categoryLabel(e.category), this.#title(e)]),
      };
    },
  });
  #items: CheckedEvent[] = [];
  /** Position of each event in `#items`, by id (a null id, nothing selected or active, finds nothing). */
  #indexById = new Map<string | null, number>();
  #extent: View = EMPTY_EXTENT;
  /** Indices of the events passing the filters, in date order. */
  #filtered: number[] = [];
  #activeCategories: Set<string> = new Set(LANES);
  #activeRegion = '';
  #lanes: LaneId[] = [];
  #geometry: Geometry | null = null;
  /** Label widths as the reader sees them (font, text-spacing override): a change lays the chart out again. */
  #metrics = new TextMetrics(this);
  #metricsVersion = -1;
  /** Width of an event title (the chart's 11 px) and of a lane name (12 px, semibold). */
  #measureTitle: Measure = (s) => s.length * 6.4;
  #measureLane: Measure = (s) => s.length * LABEL_CHAR;
  /** What the two measures were made for. */
  #measurers: { version: number; lang: string; source: Element } | null = null;
  #layout: LaneLayout[] = [];
  /** Lanes whose marks are drawn (fewer while a first drawing is split over several frames). */
  #drawnLanes = Infinity;
  /** The events in view and the screen-reader summary, kept while the view and the filters are the same. */
  #inViewCache: { filtered: number[]; view: View; items: CheckedEvent[]; events: TimelineEvent[] } | null = null;
  #summaryCache: { filtered: number[]; view: View | null; lang: string; text: string } | null = null;
  /** The years and category of each event passing the filters, for the summary: a zoom step reads them again. */
  #yearSpans: { filtered: number[]; spans: { from: number; to: number; category: string }[] } | null = null;
  #ticks: Tick[] = [];
  #density = '';
  #densityYears = 1;
  /** Events per category once the region filter applies, for the legend. */
  #categoryCounts = new Map<string, number>();
  /** Regions named by at least one event, for the region filter. */
  #regionIds: string[] = [];
  /** The last range string written by the element, to tell a host's change from our own reflection. */
  #ownRange: string | null = null;
  #resizeObserver?: ResizeObserver;
  #gestures = new PointerGestures();
  #brushDrag: { mode: 'move' | 'start' | 'end' | 'new'; anchor: number; view: View } | null = null;
  #wheelHintTimer?: number;
  #rangeTimer?: number;
  /** The control that opened the detail panel: focus goes back to it when the panel closes. */
  #opener: HTMLElement | SVGElement | null = null;
  /** Whether the focus was inside the panel when this update began (the update may remove the panel). */
  #focusInPanel = false;

  /** The chart's frame: pointer and tooltip positions are taken relative to it. */
  get #frame(): HTMLDivElement {
    return this.renderRoot.querySelector('.frame')!;
  }

  /** The zero-height strip whose width the resize observer watches. */
  get #sizer(): HTMLDivElement {
    return this.renderRoot.querySelector('.sizer')!;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Observes a zero-height strip, not the frame: the frame's height follows what is drawn, and observing
    // it would loop. Below 600 px a container query gives the frame a fixed height, read here.
    this.#resizeObserver ??= new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1].contentRect.width);
      // No frame while an update that threw shows its note alone (SinoElement.performUpdate).
      const height = width < VERTICAL_BELOW ? (this.#frame?.clientHeight ?? 0) : 0;
      if (width !== this.size.width || height !== this.size.height) this.size = { width, height };
    });
    if (this.hasUpdated) this.#resizeObserver.observe(this.#sizer);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    clearTimeout(this.#wheelHintTimer);
    clearTimeout(this.#rangeTimer);
  }

  protected override firstUpdated(): void {
    this.#resizeObserver!.observe(this.#sizer);
  }

  private get t() {
    return timelineMessages[this.locale];
  }

  // ---- inputs -------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    const t = this.t;
    const has = (...keys: string[]) => keys.some((k) => changed.has(k));
    this.#focusInPanel = !!this.shadowRoot?.activeElement?.closest('.panel');
    let refilter = false;
    if (has('events')) {
      this.clearProblems('invalid-data');
      const { events, issues } = validateEvents(this.events, CATEGORIES);
      this.#reportIssues(issues);
      events.sort((a, b) => a.start - b.start || a.end - b.end || LANE_RANK[a.event.category] - LANE_RANK[b.event.category] || (a.event.id < b.event.id ? -1 : 1));
      this.#items = events;
      this.#indexById = new Map(events.map((e, i) => [e.event.id, i]));
      this.#extent = computeExtent(events);
      const regionIds = new Set<string>();
      for (const item of events) for (const id of item.event.provinceIds) if (REGION_NAMES.has(id)) regionIds.add(id);
      this.#regionIds = [...regionIds];
      refilter = true;
    }
    if (has('categories', 'region', 'events', 'lang')) {
      this.clearProblems('invalid-attribute');
      this.#activeCategories = this.#parseCategories();
      this.#activeRegion = '';
      if (this.region) {
        if (REGION_NAMES.has(this.region)) this.#activeRegion = this.region;
        else this.report('invalid-attribute', interpolate(t.errors.unknownRegion, { value: this.region }));
      }
      refilter = true;
    }
    if (refilter) this.#applyFilters();
    if (has('highlight', 'events')) {
      const regions = new Set(asText(this.highlight).split(',').map((r) => r.trim()).filter(Boolean));
      this.#linked = regions.size ? new Set(this.#items.filter((it) => it.event.provinceIds.some((r) => regions.has(r))).map((it) => it.event.id)) : null;
    }
    // A bad range's note goes with the next range set, the one the timeline writes back included.
    if (has('range')) this.clearProblems('range');
    if (has('range') && this.range !== this.#ownRange) {
      const parsed = this.range ? parseRange(this.range) : null;
      // A removed attribute (null) or an empty one means the whole period.
      if (this.range && !parsed) {
        this.report('invalid-attribute', interpolate(t.errors.badRange, { value: this.range }), 'range');
      } else {
        this.#setView(parsed ? clampView(parsed, this.#extent, MIN_SPAN) : this.#extent, null);
      }
    }
    if (!this.view || has('events')) this.#setView(clampView(this.view ?? this.#extent, this.#extent, MIN_SPAN), null);
    if (has('selected')) {
      this.clearProblems('unknown-selection');
      if (this.selected && !this.#indexById.has(this.selected)) {
        this.report('unknown-selection', interpolate(t.errors.unknownEvent, { value: this.selected }));
      }
      if (this.selected) this.clusterIds = null;
    }
    if (refilter || has('size', 'view', 'lang') || this.#metrics.version !== this.#metricsVersion) {
      const drawn = !!this.#geometry && !has('events');
      this.#computeLayout();
      this.#drawnLanes = drawn ? Infinity : this.#lanesUpTo(0);
      // Once there is a chart to draw (an element not yet sized, or removed at once, waits for nothing).
      if (!drawn && this.#geometry) this.drawing ??= this.#drawRest();
    }
  }

  /** How many lanes to draw to add about MARKS_PER_TASK marks to the first `from` (Infinity: all of them). */
  #lanesUpTo(from: number): number {
    let marks = 0;
    let l = from;
    while (l < this.#layout.length && marks < MARKS_PER_TASK) marks += this.#layout[l++].marks.length;
    return l >= this.#layout.length ? Infinity : l;
  }

  /**
   * The rest of a first drawing, each part in a task of its own after the frame that shows the parts before it
   * (or a moment, where frames are not drawn: a hidden page): the lanes left by a split drawing, a few at a
   * time, then the region filter's list, sorted by name (the page's first collator costs tens of ms).
   * `updateComplete` waits for them (`drawing`).
   */
  async #drawRest(): Promise<void> {
    for (;;) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve())));
      });
      if (this.#drawnLanes < this.#layout.length) this.#drawnLanes = this.#lanesUpTo(this.#drawnLanes);
      else if (!this.#regionsListed) this.#regionsListed = true;
      else break;
      this.requestUpdate();
    }
    this.drawing = undefined;
  }


  #parseCategories(): Set<string> {
    const requested = asText(this.categories).split(/[\s,]+/).filter(Boolean);
    if (!requested.length) return new Set(LANES);
    const known = requested.filter((c) => (LANES as readonly string[]).includes(c));
    for (const c of requested) if (!known.includes(c)) this.report('invalid-attribute', interpolate(this.t.errors.unknownCategoryFilter, { value: c }));
    return new Set(known.length ? known : LANES);
  }

  #reportIssues(issues: Issue[]): void {
    const e = this.t.errors;
    issues.slice(0, MAX_LISTED_ISSUES).forEach((issue) => {
      // The message of each kind is named after it in camelCase (`bad-end-date`: `badEndDate`), but for
      // `not-a-record` (`notRecord`); a non-list input, at index -1, has a message of its own.
      const key = issue.index < 0 ? 'notArray' : issue.kind === 'not-a-record' ? 'notRecord' : issue.kind.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      this.report('invalid-data', interpolate(e[key as keyof typeof e], { n: issue.index + 1, id: issue.id ?? '', value: issue.value ?? '', fixed: issue.fixed ?? '' }));
    });
    if (issues.length > MAX_LISTED_ISSUES) {
      for (const issue of issues.slice(MAX_LISTED_ISSUES)) console.warn(`<sino-timeline> ${issue.kind}`, issue);
      this.report('invalid-data', interpolate(e.more, { n: issues.length - MAX_LISTED_ISSUES }));
    }
  }

  #applyFilters(): void {
    const region = this.#activeRegion;
    const categories = this.#activeCategories;
    const items = this.#items;
    const filtered: number[] = [];
    const counts = new Map<string, number>();
    items.forEach((item, i) => {
      if (region && !item.event.provinceIds.includes(region)) return;
      counts.set(item.event.category, (counts.get(item.event.category) ?? 0) + 1);
      if (categories.has(item.event.category)) filtered.push(i);
    });
    this.#filtered = filtered;
    this.#categoryCounts = counts;
    this.#lanes = LANES.filter((l) => categories.has(l) && counts.has(l));
    // A year histogram of the filtered events for the overview strip, as one path in a 0–1 box.
    const first = new Date(this.#extent.from).getUTCFullYear();
    const years = Math.max(1, new Date(this.#extent.to).getUTCFullYear() - first);
    const perYear = new Array(years).fill(0);
    for (const i of filtered) perYear[Math.min(years - 1, new Date(items[i].start).getUTCFullYear() - first)]++;
    const max = Math.max(1, ...perYear);
    this.#density = perYear.map((c, y) => (c ? `M${y / years} 1V${1 - (0.15 + (0.85 * c) / max)}` : '')).join('');
    this.#densityYears = years;
  }

  // ---- layout -------------------------------------------------------------------------------

  #computeLayout(): void {
    const { width, height } = this.size;
    const view = this.view;
    if (!width || !view) {
      this.#geometry = null;
      return;
    }
    const vertical = width < VERTICAL_BELOW;
    this.#metricsVersion = this.#metrics.version;
    const source = this.renderRoot.querySelector('.base') ?? this;
    const measurers = this.#measurers;
    if (measurers?.version !== this.#metrics.version || measurers.lang !== this.locale || measurers.source !== source) {
      // New measures only when a width may change (font, spacing, language): zoom steps reuse the widths known.
      this.#measureTitle = remembered(this.#metrics.measurer(11, 400, source));
      this.#measureLane = remembered(this.#metrics.measurer(12, 600, source));
      this.#measurers = { version: this.#metrics.version, lang: this.locale, source };
    }
    const laneCount = Math.max(1, this.#lanes.length);
    let g: Geometry;
    if (vertical) {
      const axis = 52;
      const laneSize = Math.max(14, (width - axis - 6) / laneCount);
      const rows = laneSize >= 40 ? 2 : 1;
      const rowSize = (laneSize - 4) / rows;
      // A band on top for the lane names, written upwards: categories are not told apart by colour alone.
      const top = VERTICAL_LABELS + 8;
      g = { vertical, width, height: Math.max(200, height), trackStart: top, trackLength: Math.max(100, height - top - 10), laneSize, lanesStart: axis, rows, rowSize, markSize: rowSize - 3 };
    } else {
      // Room for the longest lane name (they are cut only when that would take more than a quarter of the width).
      // Measured names, from x = 8 to 4 px before the track.
      const labels = labelBand(this.#lanes.map((l) => this.t.categories[l].short), width, this.#measureLane, LANE_NAME_PADDING);
      const laneSize = 38;
      const axis = 26;
      // A band under the last lane for the zoom buttons (CONTROLS_BAND), where they cover no mark.
      g = { vertical, width, height: axis + laneCount * laneSize + 4 + CONTROLS_BAND, trackStart: labels, trackLength: width - labels - 10, laneSize, lanesStart: axis, rows: 2, rowSize: 16, markSize: 12 };
    }
    this.#geometry = g;
    const k = g.trackLength / (view.to - view.from);
    const lo = -4;
    const hi = g.trackLength + 4;
    const laneIndex = new Map(this.#lanes.map((l, i) => [l, i]));
    const spans: Span[][] = this.#lanes.map(() => []);
    const orders: number[][] = this.#lanes.map(() => []);
    for (const i of this.#filtered) {
      const item = this.#items[i];
      if (item.end <= view.from || item.start >= view.to) continue;
      const lane = laneIndex.get(item.event.category)!;
      spans[lane].push({ x0: Math.max(lo, (item.start - view.from) * k), x1: Math.min(hi, (item.end - view.from) * k) });
      orders[lane].push(i);
    }
    const options = { rows: g.rows, minSize: vertical ? 4 : 6, gap: vertical ? 2 : 3, clusterSize: vertical ? 14 : 22, clusterMax: vertical ? 30 : 44, length: g.trackLength };
    this.#layout = this.#lanes.map((lane, l) => ({ lane, order: orders[l], marks: packLane(spans[l], options) }));
    this.#ticks = chooseTicks(view, g.trackLength, vertical ? 44 : 74, this.locale);
  }

  /** The lane and mark that draw an event (by id), if it is in view. */
  #markOf(id: string | null): { lane: number; mark: Mark } | undefined {
    const index = this.#indexById.get(id);
    if (index === undefined) return undefined;
    const l = this.#lanes.indexOf(this.#items[index].event.category as LaneId);
    const lane = this.#layout[l];
    const at = lane ? lane.order.indexOf(index) : -1;
    const mark = lane?.marks.find((m) => m.items.includes(at));
    return mark && { lane: l, mark };
  }

  /** Screen rectangle of a stretch [p0, p1] of the time axis on a row of a lane. */
  #box(g: Geometry, lane: number, row: number, p0: number, p1: number, thickness: number) {
    const across = g.lanesStart + lane * g.laneSize + (g.vertical ? 2 : 5) + row * g.rowSize + (g.rowSize - thickness) / 2;
    const along = g.trackStart + p0;
    return g.vertical ? { x: across, y: along, w: thickness, h: p1 - p0 } : { x: along, y: across, w: p1 - p0, h: thickness };
  }

  // ---- view ---------------------------------------------------------------------------------

  /**
   * Changes the visible period. `source` says who did it: null (host or data: no event), 'step' (a button
   * or key: `sino-range` at once) or 'gesture' (wheel, drag, pinch: `sino-range` once the gesture pauses).
   */
  #setView(next: View, source: 'step' | 'gesture' | null): void {
    const prev = this.view;
    if (prev && prev.from === next.from && prev.to === next.to) return;
    this.view = next;
    const { from, to } = formatRange(next.from, next.to);
    const text = `${from}-${to}`;
    this.#ownRange = text;
    this.range = text;
    if (!source) return;
    clearTimeout(this.#rangeTimer);
    const whole = isFullView(next, this.#extent);
    const fire = () => {
      // Said politely once the view settles (a drag or pinch announces its end, not every frame).
      this.announcement = this.#rangeAnnouncement(next);
      emit(this, 'sino-range', { from, to });
      const years = yearsOf(from, to);
      if (years) this.shareWithGroup({ type: 'range', ...years, whole });
    };
    if (source === 'step') fire();
    else this.#rangeTimer = window.setTimeout(fire, 200);
  }

  #zoomBy(factor: number, anchor?: number, source: 'step' | 'gesture' = 'step'): void {
    const view = this.view;
    if (!view) return;
    this.#setView(zoomView(view, factor, anchor ?? (view.from + view.to) / 2, this.#extent, MIN_SPAN), source);
  }

  /** Pans a view by `px` pixels of the time axis (a drag, a pinch's shift, a sideways wheel). */
  #panBy(view: View, px: number, g: Geometry): void {
    this.#setView(panView(view, px * ((view.to - view.from) / g.trackLength), this.#extent), 'gesture');
  }

  #resetZoom(): void {
    this.#setView(this.#extent, 'step');
  }

  #timeAt(point: Point): number {
    const g = this.#geometry!;
    const view = this.view!;
    const along = (g.vertical ? point[1] : point[0]) - g.trackStart;
    return view.from + (along / g.trackLength) * (view.to - view.from);
  }

  /** Keyboard moves keep the active event in view: pan to it, keeping the zoom. */
  #ensureVisible(item: CheckedEvent): void {
    const view = this.view!;
    if (item.end > view.from && item.start < view.to) return;
    const span = view.to - view.from;
    const middle = (item.start + Math.min(item.end, item.start + span)) / 2;
    this.#setView(panView(view, middle - (view.from + view.to) / 2, this.#extent), 'step');
  }

  // ---- formatting ---------------------------------------------------------------------------

  /** An event's title in the reader's language (the validator guarantees `fr` and `en`). */
  #title(e: TimelineEvent): string {
    return dataLabel(e.title, this.locale)!;
  }

  #linkedName<T extends { id: string }>(records: OnDemand<readonly T[]>, name: (record: T) => string, id: string): string {
    const list = this.onDemand.get(records);
    return (list && namesOf(list, name).get(id)) ?? id;
  }

  /** The `lang` of an event's title when it is shown in another language than the reader's (else no attribute). */
  #titleLang(e: TimelineEvent) {
    return langIfOther(pickText(e.title, this.locale), this.locale) ?? nothing;
  }

  #dateText(item: CheckedEvent): string {
    return formatSpan(item.date, item.endDate, this.locale);
  }

  #categoryLabel(c: string): string {
    return this.t.categories[c as LaneId]?.label ?? c;
  }

  /**
   * What a screen reader hears first: how many events (after the filters), from which year to which, the
   * categories with their counts, and the period shown when zoomed. Not a live region: a zoom or a filter is
   * announced on its own, briefly (#rangeAnnouncement).
   */
  #summary(whole: boolean): string {
    const view = whole ? null : this.view;
    const cache = this.#summaryCache;
    if (cache?.filtered === this.#filtered && cache.view === view && cache.lang === this.locale) return cache.text;
    const text = this.#summaryText(view);
    this.#summaryCache = { filtered: this.#filtered, view, lang: this.locale, text };
    return text;
  }

  #summaryText(view: View | null): string {
    const t = this.t;
    const year = (ms: number) => new Date(ms).getUTCFullYear();
    const count = (forms: { one: string; other: string }, n: number, values: Record<string, string | number>) =>
      interpolate(plural(n, this.locale) === 'one' ? forms.one : forms.other, { n: formatNumber(n, this.locale), ...values });
    let events = this.#yearSpans?.filtered === this.#filtered ? this.#yearSpans.spans : null;
    if (!events) {
      events = this.#filtered.map((i) => {
        const item = this.#items[i];
        // An event's end is exclusive: one that ends on 1 January belongs to the year before.
        return { from: year(item.start), to: Math.max(year(item.start), year(item.end - 1)), category: item.event.category };
      });
      this.#yearSpans = { filtered: this.#filtered, spans: events };
    }
    return summarizeTimeline(events, (c) => this.#categoryLabel(c), view ? { period: this.#rangeLabel(view), events: this.#visibleCount() } : null, {
      intro: (n, from, to) => count(from === to ? { one: t.summaryIntro.one, other: t.summaryIntro.one } : t.summaryIntro, n, { from, to }),
      categories: (list, total) =>
        interpolate(
          list.length < total ? t.summaryCategories.some : plural(total, this.locale) === 'one' ? t.summaryCategories.one : t.summaryCategories.other,
          {
            n: formatNumber(total, this.locale),
            list: list.map((c) => interpolate(t.summaryCategory, { name: c.name, count: formatNumber(c.count, this.locale) })).join(this.locale === 'zh' ? '、' : ', '),
          },
          Infinity,
        ),
      shown: (period, n) => interpolate(t.summaryShown, { period, count: this.#countText(n) }),
      none: t.noEvents,
      gap: this.locale === 'zh' ? '' : ' ',
    });
  }

  #countText(n: number): string {
    const e = this.t.events;
    return interpolate(plural(n, this.locale) === 'one' ? e.one : e.other, { n: formatNumber(n, this.locale) });
  }

  /** "Period shown, 1990 – 2000, 52 events": what a zoom, a pan or the brush announces. */
  #rangeAnnouncement(view: View): string {
    // The events in view, which the footer's source line reads too in the update that follows.
    const n = this.#inViewCached(view).items.length;
    return `${this.t.visibleRange}, ${this.#rangeLabel(view)}, ${this.#countText(n)}`;
  }

  #rangeLabel(view: View): string {
    const { from, to } = roundRange(view.from, view.to);
    return formatSpan(from, to, this.locale);
  }

  /** Validated events by id, in the order given (a cluster's events). */
  #itemsOf(ids: string[]): CheckedEvent[] {
    return ids.map((id) => this.#items[this.#indexById.get(id)!]).filter(Boolean);
  }

  /** True when the chart has the keyboard focus. */
  get #chartFocused(): boolean {
    return this.shadowRoot?.activeElement?.localName === 'svg';
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.t;
    const g = this.#geometry;
    const view = this.view;
    const whole = !view || isFullView(view, this.#extent);
    const zoomButton = (className: string, label: string, disabled: boolean, onClick: () => void, text: string) =>
      html`<button type="button" class=${className} aria-label=${label} title=${label} ?disabled=${disabled} @click=${onClick}>${text}</button>`;
    return html`
      <div class="base ${g?.vertical ? 'vertical' : 'horizontal'}" part="base">
        ${this.#editorial.header()}${this.#metrics.probe()}
        <p class="visually-hidden summary">${this.#summary(whole)}</p>
        <div class="problems" part="message" role="status">${this.problems.map((p) => html`<p>${p.message}</p>`)}</div>
        ${this.#renderToolbar()}
        <div class="frame">
          <div class="sizer"></div>
          ${g && view ? this.#renderChart(g, view) : nothing}
          <div class="controls" part="controls">
            ${zoomButton('zoom-in', t.zoomIn, !view || view.to - view.from <= MIN_SPAN * 1.01, () => this.#zoomBy(STEP_ZOOM), '+')}
            ${zoomButton('zoom-out', t.zoomOut, whole, () => this.#zoomBy(1 / STEP_ZOOM), '−')}
            ${zoomButton('zoom-reset', t.zoomReset, whole, this.#resetZoom, '⤢')}
          </div>
          ${this.wheelHint ? html`<div class="wheel-hint" aria-hidden="true">${t.wheelHint}</div>` : nothing}
          ${this.#renderTooltip()}
        </div>
        ${view ? this.#renderOverview(view) : nothing}
        <p id="timeline-help" class="visually-hidden">${t.help}</p>
        ${this.#renderPanel()}
        <div class="list-actions">
          <button type="button" class="list-toggle" aria-expanded=${this.listOpen ? 'true' : 'false'} aria-controls="event-list" @click=${() => (this.listOpen = !this.listOpen)}>
            ${this.listOpen ? t.hideList : interpolate(t.showList, { n: formatNumber(this.#visibleCount(), this.locale) })}
          </button>
        </div>
        <div id="event-list" class="list" ?hidden=${!this.listOpen}>${this.listOpen && view ? this.#renderList(view) : nothing}</div>
        <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
        ${this.#editorial.footer(view ? this.#inViewCached(view).events : [], this.#download.render())}
      </div>
    `;
  }

  /** #inView, and its events, kept while the view and the filters are the same (the footer's sources line). */
  #inViewCached(view: View): { items: CheckedEvent[]; events: TimelineEvent[] } {
    const cache = this.#inViewCache;
    if (cache?.filtered === this.#filtered && cache.view === view) return cache;
    const items = this.#inView(view);
    const fresh = { filtered: this.#filtered, view, items, events: items.map((item) => item.event) };
    this.#inViewCache = fresh;
    return fresh;
  }

  /** The events that intersect the visible period and pass the filters. */
  #inView(view: View): CheckedEvent[] {
    return this.#filtered.map((i) => this.#items[i]).filter((item) => item.end > view.from && item.start < view.to);
  }

  /** The ordered-list alternative: the events that intersect the visible period and pass the filters. */
  #renderList(view: View) {
    const visible = this.#inView(view);
    return html`<p class="list-caption" id="list-caption">${interpolate(this.t.listCaption, { range: this.#rangeLabel(view) })}</p>
      ${visible.length
        ? html`<ol part="list" aria-labelledby="list-caption">
            ${visible.map((item) => html`<li class=${item.event.id === this.selected ? 'is-selected' : ''}>${this.#listItem(item, true)}</li>`)}
          </ol>`
        : html`<p>${this.t.noEvents}</p>`}`;
  }

  /** One event as a button that opens it, in the list alternative (with its category) and in a cluster's list. */
  #listItem(item: CheckedEvent, withCategory: boolean) {
    const e = item.event;
    return html`<button type="button" class="list-item" data-id=${e.id} @click=${() => this.#select(e.id)}>
      <span class="list-date">${this.#dateText(item)}</span> <span class="list-title" lang=${this.#titleLang(e)}>${this.#title(e)}</span>
      ${withCategory ? html`<span class="list-category">${this.#categoryLabel(e.category)}</span>` : nothing}
    </button>`;
  }

  #renderToolbar() {
    const t = this.t;
    const counts = this.#categoryCounts;
    return html`<div class="toolbar" part="toolbar">
      <div class="legend" part="legend" role="group" aria-label=${t.categoriesLabel}>
        ${LANES.filter((l) => counts.has(l)).map(
          (lane) => html`<button
            type="button"
            class="chip lane-${lane}"
            aria-pressed=${this.#activeCategories.has(lane) ? 'true' : 'false'}
            data-category=${lane}
            title=${t.categories[lane].label}
            @click=${() => this.#toggleCategory(lane)}
          >
            <span class="swatch" aria-hidden="true"></span>${t.categories[lane].short}<span class="chip-count">${formatNumber(counts.get(lane)!, this.locale)}</span>
          </button>`,
        )}
        ${asText(this.categories).trim() ? html`<button type="button" class="chip show-all" @click=${() => this.#setCategories(new Set(LANES))}>${t.showAll}</button>` : nothing}
      </div>
      <label class="region-filter"
        >${t.region}
        <select part="region-filter" @change=${(e: Event) => this.#setRegion((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.#activeRegion}>${t.allRegions}</option>
          ${this.#regionOptions().map(([id, name]) => html`<option value=${id} ?selected=${id === this.#activeRegion}>${name}</option>`)}
        </select>
      </label>
      ${this.view ? html`<p class="range-label"><span class="visually-hidden">${t.visibleRange} : </span>${this.#rangeLabel(this.view)} · ${this.#countText(this.#visibleCount())}</p>` : nothing}
    </div>`;
  }

  #sortedRegions: { lang: string; ids: string[]; options: [string, string][] } | null = null;
  /** False until the first drawing is done: the region filter lists only the region chosen, if any. */
  #regionsListed = false;

  /** Regions named by the events, sorted by name in the reader's language (cached: sorting is costly cold). */
  #regionOptions(): [string, string][] {
    if (!this.#regionsListed) return this.#activeRegion ? [[this.#activeRegion, this.#regionName(this.#activeRegion)]] : [];
    const cache = this.#sortedRegions;
    if (cache && cache.lang === this.locale && cache.ids === this.#regionIds) return cache.options;
    const names = this.#regionIds.map((id): [string, string] => [id, this.#regionName(id)]);
    const collator = sharedCollator(this.locale);
    names.sort((a, b) => collator.compare(a[1], b[1]));
    this.#sortedRegions = { lang: this.locale, ids: this.#regionIds, options: names };
    return names;
  }

  #visibleCount(): number {
    let n = 0;
    for (const l of this.#layout) n += l.order.length;
    return n;
  }

  #renderChart(g: Geometry, view: View) {
    const t = this.t;
    const linked = this.#linked;
    const activeMark = this.#markOf(this.active);
    const selectedMark = this.#markOf(this.selected);
    const lanesEnd = g.lanesStart + this.#lanes.length * g.laneSize;
    const k = g.trackLength / (view.to - view.from);
    return html`<svg
      part="timeline"
      class="chart ${linked ? 'has-highlight' : ''}"
      width=${g.width}
      height=${g.height}
      viewBox="0 0 ${g.width} ${g.height}"
      role="application"
      aria-roledescription=${t.roleDescription}
      aria-label=${`${t.title}, ${this.#rangeLabel(view)}, ${this.#countText(this.#visibleCount())}${linked ? `, ${commonMessages[this.locale].linkHighlighted.replace('{n}', formatNumber(this.#linkedCount(), this.locale))}` : ''}`}
      aria-describedby="timeline-help"
      tabindex="0"
      @keydown=${this.#onKeyDown}
      @focus=${this.#showActiveTooltip}
      @blur=${this.#onBlur}
      @pointerdown=${this.#onPointerDown}
      @pointermove=${this.#onPointerMove}
      @pointerup=${this.#onPointerUp}
      @pointercancel=${this.#onPointerUp}
      @pointerleave=${this.#onPointerLeave}
      @click=${this.#onClick}
      @wheel=${this.#onWheel}
    >
      <g aria-hidden="true">
        ${this.#lanes.map((lane, l) => {
          const r = g.vertical
            ? { x: g.lanesStart + l * g.laneSize, y: 0, w: g.laneSize, h: g.height }
            : { x: 0, y: g.lanesStart + l * g.laneSize, w: g.width, h: g.laneSize };
          return svg`<rect class="lane-bg ${l % 2 ? 'odd' : ''}" x=${r.x} y=${r.y} width=${r.w} height=${r.h}></rect>
            ${g.vertical
              ? svg`<text part="lane-label" class="lane-label lane-${lane}" x=${r.x + g.laneSize / 2} y=${VERTICAL_LABELS} transform="rotate(-90 ${r.x + g.laneSize / 2} ${VERTICAL_LABELS})">${fitLabel(t.categories[lane].short, VERTICAL_LABELS - 8, this.#measureLane)}<title>${t.categories[lane].label}</title></text>`
              : svg`<text part="lane-label" class="lane-label lane-${lane}" x="8" y=${r.y + g.laneSize / 2}>${fitLabel(t.categories[lane].short, g.trackStart - LANE_NAME_PADDING, this.#measureLane)}<title>${t.categories[lane].label}</title></text>`}`;
        })}
        <g class="axis" part="axis">
          ${this.#ticks.map((tick) => {
            const p = g.trackStart + (tick.at - view.from) * k;
            const top = g.lanesStart - 4;
            // Near the right edge a label goes to the left of its line, so it is not cut off.
            const end = !g.vertical && p > g.width - 48;
            return g.vertical
              ? svg`<line class="grid" x1=${top} x2=${g.width} y1=${p} y2=${p}></line><text class="tick" x=${g.lanesStart - 6} y=${p}>${tick.label}</text>`
              : svg`<line class="grid" x1=${p} x2=${p} y1=${top} y2=${lanesEnd}></line><text class=${end ? 'tick tick-end' : 'tick'} x=${end ? p - 3 : p + 3} y=${g.lanesStart - 9}>${tick.label}</text>`;
          })}
        </g>
        ${this.#layout.map(
          (lane, l) => svg`<g class="lane lane-${lane.lane}">${l < this.#drawnLanes ? this.#renderMarks(g, l, lane) : nothing}</g>`,
        )}
        ${selectedMark ? this.#renderRing(g, selectedMark, 'selected-ring') : nothing}
        ${activeMark ? this.#renderRing(g, activeMark, 'active-ring') : nothing}
        ${this.#filtered.length ? nothing : svg`<text class="empty" x=${g.width / 2} y=${g.lanesStart + 24}>${t.noEvents}</text>`}
      </g>
    </svg>`;
  }

  /**
   * A lane's marks in three lists, each in date order: its events' bars, their labels, its clusters. A zoom step
   * turns clusters into events and labelled events into unlabelled ones (and back) at the same places of a lane:
   * in one list the elements at those places would be replaced (removed, created, inserted, styled anew), in
   * three they keep their kind and a step only rewrites their attributes, adding or removing at the lists' ends.
   * Labels follow the bars (drawn over them) and clusters come last: marks of a row never overlap.
   */
  #renderMarks(g: Geometry, l: number, lane: LaneLayout) {
    const linked = this.#linked;
    const bars: TemplateResult[] = [];
    const labels: TemplateResult[] = [];
    const clusters: TemplateResult[] = [];
    lane.marks.forEach((mark, m) => {
      const p0 = Math.min(g.trackLength, Math.max(-2, mark.x0));
      const p1 = Math.max(p0 + 1, Math.min(g.trackLength + 2, mark.x1));
      const b = this.#box(g, l, mark.row, p0, p1, g.markSize);
      const events = mark.items.map((i) => this.#items[lane.order[i]].event);
      const isLinked = linked && events.some((e) => linked.has(e.id)) ? 'is-linked' : '';
      if (mark.cluster) {
        clusters.push(svg`<g class="cluster ${isLinked}" part="cluster" data-mark=${`${l}:${m}`}>
          <rect class="cluster-box" x=${b.x} y=${b.y} width=${b.w} height=${b.h} rx="3"></rect>
          <text class="count" x=${b.x + b.w / 2} y=${b.y + b.h / 2}>${events.length}</text>
        </g>`);
        return;
      }
      const id = events[0].id;
      const wide = (g.vertical ? b.h : b.w) >= 10;
      bars.push(svg`<rect part="event" class="event ${wide ? 'span' : 'point'} ${isLinked}" data-id=${id} x=${b.x} y=${b.y} width=${b.w} height=${b.h} rx="2"></rect>`);
      // Inside the bar when it fits, else after it up to the next mark of the row (or the axis end), else cut
      // (hovering the label or its mark shows the whole title in the tooltip).
      if (g.vertical || mark.room <= 30) return;
      const end = b.x - p0 + Math.min(mark.x0 + mark.room, g.trackLength);
      const label = placeLabel(this.#title(events[0]), b.x, b.w, end, this.#measureTitle);
      if (label) labels.push(svg`<text class="label ${isLinked}" x=${label.x} y=${b.y + b.h / 2} data-id=${id} lang=${this.#titleLang(events[0])}>${label.text}</text>`);
    });
    return svg`${bars}${labels}${clusters}`;
  }

  #renderRing(g: Geometry, at: { lane: number; mark: Mark }, className: string) {
    const { mark, lane } = at;
    const b = this.#box(g, lane, mark.row, Math.max(-2, mark.x0), Math.min(g.trackLength + 2, mark.x1), g.markSize);
    return svg`<rect class="ring ${className}" x=${b.x - 3} y=${b.y - 3} width=${b.w + 6} height=${b.h + 6} rx="4"></rect>`;
  }

  #renderOverview(view: View) {
    const extent = this.#extent;
    const full = extent.to - extent.from;
    const a = (view.from - extent.from) / full;
    const b = (view.to - extent.from) / full;
    const year = (t: number) => Number(formatRange(t, t).from.slice(0, 4));
    // The brush is a slider for the keyboard: arrows move the period, + and − (or up and down) resize it.
    return html`<svg
      class="overview"
      part="overview"
      role="slider"
      tabindex="0"
      aria-label=${this.t.visibleRange}
      aria-orientation="horizontal"
      aria-valuemin=${year(extent.from)}
      aria-valuemax=${year(extent.to)}
      aria-valuenow=${year(view.from)}
      aria-valuetext=${this.#rangeLabel(view)}
      @keydown=${this.#onBrushKey}
      viewBox="0 0 1 1"
      preserveAspectRatio="none"
      @pointerdown=${this.#onBrushDown}
      @pointermove=${this.#onBrushMove}
      @pointerup=${this.#onBrushUp}
      @pointercancel=${this.#onBrushUp}
    >
      <path class="density" d=${this.#density} stroke-width=${0.8 / this.#densityYears}></path>
      <rect class="shade" x="0" y="0" width=${a} height="1"></rect>
      <rect class="shade" x=${b} y="0" width=${Math.max(0, 1 - b)} height="1"></rect>
      <rect part="brush" class="brush" data-brush="move" x=${a} y="0" width=${Math.max(0.002, b - a)} height="1"></rect>
      <rect class="handle" data-brush="start" x=${a - 0.008} y="0" width="0.016" height="1"></rect>
      <rect class="handle" data-brush="end" x=${b - 0.008} y="0" width="0.016" height="1"></rect>
    </svg>`;
  }

  #renderTooltip() {
    const items = this.#itemsOf(this.hover?.ids ?? []);
    if (!items.length) return html`<div class="tooltip" part="tooltip" hidden></div>`;
    const [item] = items;
    if (items.length === 1) {
      const c = item.event.category;
      return html`<div class="tooltip" part="tooltip" aria-hidden="true" @pointerleave=${this.#onTooltipLeave}>
        <p class="tooltip-date">${this.#dateText(item)}</p>
        <p class="tooltip-title" lang=${this.#titleLang(item.event)}>${this.#title(item.event)}</p>
        <p class="tooltip-category"><span class="swatch lane-${c}"></span>${this.#categoryLabel(c)}</p>
      </div>`;
    }
    const last = items.reduce((m, it) => (it.end > m.end ? it : m), item);
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" @pointerleave=${this.#onTooltipLeave}>
      <p class="tooltip-title">${interpolate(this.t.clusterTitle, { n: formatNumber(items.length, this.locale), span: formatSpan(item.date, last.endDate ?? last.date, this.locale) })}</p>
      <ul class="tooltip-items">
        ${items.slice(0, 5).map((it) => html`<li lang=${this.#titleLang(it.event)}>${this.#title(it.event)}</li>`)}
        ${items.length > 5 ? html`<li>…</li>` : nothing}
      </ul>
    </div>`;
  }

  #renderPanel() {
    const t = this.t;
    const close = (onClick: () => void) => html`<button type="button" class="close" aria-label=${t.close} title=${t.close} @click=${onClick}>×</button>`;
    if (this.clusterIds?.length) {
      const items = this.#itemsOf(this.clusterIds);
      return html`<div class="panel" part="panel" @keydown=${this.#onPanelKeyDown}>
        <div class="panel-head">
          <p class="panel-title">${this.#countText(items.length)}</p>
          ${close(() => (this.clusterIds = null))}
        </div>
        <ol class="cluster-list">
          ${items.map((it) => html`<li>${this.#listItem(it, false)}</li>`)}
        </ol>
      </div>`;
    }
    const index = this.#indexById.get(this.selected);
    if (index === undefined) return nothing;
    const item = this.#items[index];
    const e = item.event;
    const { date, endDate } = item;
    const precision = precisionOf(date);
    const notes: string[] = [];
    if (precision !== 'day' && (!endDate || precisionOf(endDate) !== 'day')) notes.push(t.precision[precision === 'year' || (endDate && precisionOf(endDate) === 'year') ? 'year' : 'month']);
    for (const flag of e.flags ?? []) {
      if (flag.field !== 'date' && flag.field !== 'endDate') continue;
      if (flag.kind === 'inferred') notes.push(t.inferredDate);
      if (flag.kind === 'uncertain') notes.push(t.uncertainDate);
    }
    const description = pickText(e.description, this.locale);
    const linked = (label: string, ids: readonly string[] | undefined, names: (id: string) => string) =>
      ids?.length
        ? html`<div class="linked">
            <dt>${label}</dt>
            <dd>${ids.map(names).join(', ')}</dd>
          </div>`
        : nothing;
    return html`<div class="panel lane-${e.category}" part="panel" @keydown=${this.#onPanelKeyDown}>
      <div class="panel-head">
        <div>
          <p class="panel-category"><span class="swatch"></span>${this.#categoryLabel(e.category)}</p>
          <p class="panel-title" lang=${this.#titleLang(e)}>${this.#title(e)}</p>
          <p class="panel-date">${this.#dateText(item)}${notes.length ? html` <span class="panel-note">(${notes.join(', ')})</span>` : nothing}</p>
        </div>
        ${close(() => this.#select(null))}
      </div>
      ${description ? html`<p class="panel-description" lang=${langIfOther(description, this.locale) ?? nothing}>${description.text}</p>` : nothing}
      <dl>
        ${linked(t.regions, e.provinceIds, (id) => this.#regionName(id))}
        ${linked(t.parks, e.parkIds, (id) => this.#linkedName(bundledParks, parkName, id))}
        ${linked(t.partnerships, e.partnershipIds, (id) => this.#linkedName(bundledPartnerships, partnershipName, id))}
      </dl>
      ${e.sources?.length
        ? html`<div class="sources">
            <p class="sources-title">${t.sources}</p>
            <ul>
              ${e.sources.map((s) => {
                const [a, b] = Array.isArray(s.lines) ? s.lines : [];
                const lines = typeof a === 'number' ? interpolate(a === b || typeof b !== 'number' ? t.line : t.lines, { a, b: b ?? a }) : '';
                return html`<li><cite lang=${this.locale === 'fr' ? nothing : 'fr'}>${DOCUMENT_TITLES.get(s.document) ?? String(s.document)}</cite>${s.ref ? `, ${s.ref}` : ''}${lines ? `, ${lines}` : ''}</li>`;
              })}
            </ul>
          </div>`
        : nothing}
      ${item.corrected.length ? html`<p class="panel-corrected">${interpolate(t.correctedNote, { fields: item.corrected.map((f) => t.fields[f]).join(', ') })}</p>` : nothing}
    </div>`;
  }

  /** Escape anywhere in the panel closes it (focus then goes back to what opened it). */
  #onPanelKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    if (this.clusterIds) this.clusterIds = null;
    else this.#select(null);
  }

  #regionName(id: string): string {
    return dataLabel(REGION_NAMES.get(id), this.locale) ?? id;
  }

  /** Remembers the control that is opening the panel (not one inside the panel: that keeps the first opener). */
  #rememberOpener(): void {
    const active = this.shadowRoot?.activeElement as HTMLElement | SVGElement | null;
    if (active && !active.closest('.panel')) this.#opener = active;
  }

  /**
   * The panel (or its content) went away with the focus inside it: focus goes to the panel's new content if it
   * is still open, else back to what opened it, else the chart; never to the page's <body>.
   */
  #restoreFocus(): void {
    const root = this.renderRoot as ShadowRoot;
    if (!this.#focusInPanel || root.activeElement) return;
    const opener = this.#opener;
    const id = opener?.getAttribute('data-id');
    const target =
      root.querySelector<HTMLElement>('.panel .close') ??
      (opener?.isConnected ? opener : id ? root.querySelector<HTMLElement>(`.list-item[data-id="${CSS.escape(id)}"]`) : null) ??
      root.querySelector<SVGSVGElement>('svg.chart') ??
      root.querySelector<HTMLElement>('.list-toggle');
    // After this update: focusing the chart shows its tooltip, which is an update of its own.
    if (target) queueMicrotask(() => target.focus());
  }

  protected override updated(): void {
    this.#restoreFocus();
    const tip = this.hover;
    const el = this.renderRoot.querySelector<HTMLDivElement>('.tooltip');
    if (tip && el && !el.hidden) {
      const box = this.#frame.getBoundingClientRect();
      // Never over the lane names: on the left of a horizontal chart, in the band above a vertical one.
      const g = this.#geometry;
      const bounds = {
        left: Math.max(g && !g.vertical ? g.trackStart : 0, -box.left) + 4,
        top: Math.max(g?.vertical ? VERTICAL_LABELS : 0, -box.top) + 4,
        right: Math.min(box.width, window.innerWidth - box.left) - 4,
        bottom: Math.min(box.height, window.innerHeight - box.top) - 4,
      };
      const { x, y } = placeTooltip(tip.at, el.offsetWidth, el.offsetHeight, bounds);
      el.style.transform = `translate(${x}px, ${y}px)`;
    }
  }

  // ---- selection and filters ----------------------------------------------------------------

  #select(id: string | null): void {
    if (id) this.#rememberOpener();
    this.clusterIds = null;
    if (id === this.selected) return;
    this.selected = id;
    if (id) this.active = id;
    const index = this.#indexById.get(id);
    const event = index === undefined ? undefined : this.#items[index].event;
    this.announcement = event ? interpolate(this.t.opened, { title: this.#title(event) }) : this.t.closed;
    emit(this, 'sino-select', { kind: 'event', id });
    this.shareWithGroup({ type: 'select', kind: 'event', id, regions: event ? [...event.provinceIds] : [] });
  }

  // ---- linked views ---------------------------------------------------------------------------

  /**
   * Carries out a reaction of the link table (internal/links.ts): sets properties, posts nothing.
   * @internal
   */
  applyLink(reaction: Reaction, message: GroupMessage): void {
    if (reaction === 'highlight-regions') this.highlight = regionsOf(message).join(',');
  }

  /** How many of the events shown are linked to `highlight`. */
  #linkedCount(): number {
    return this.#filtered.filter((i) => this.#linked?.has(this.#items[i].event.id)).length;
  }

  #toggleCategory(lane: LaneId): void {
    const next = new Set(this.#activeCategories);
    if (next.has(lane)) next.delete(lane);
    else next.add(lane);
    this.#setCategories(next.size ? next : new Set(LANES));
  }

  #setCategories(next: Set<string>): void {
    const all = LANES.every((l) => next.has(l));
    this.categories = all ? '' : LANES.filter((l) => next.has(l)).join(',');
    this.#activeCategories = next;
    this.#filtersChanged();
  }

  #setRegion(id: string): void {
    this.region = id;
    this.#activeRegion = id;
    this.#filtersChanged();
    this.shareWithGroup({ type: 'select', kind: 'province', id: id || null, regions: id ? [id] : [] });
  }

  /** After the reader changed a filter: filters again and says so with `sino-filter`. */
  #filtersChanged(): void {
    this.#applyFilters();
    if (this.view) this.announcement = this.#rangeAnnouncement(this.view);
    const filters: Record<string, unknown> = {};
    const categories = asText(this.categories);
    if (categories) filters.categories = categories.split(',');
    if (this.#activeRegion) filters.region = this.#activeRegion;
    emit(this, 'sino-filter', { filters, count: this.#filtered.length });
  }

  // ---- keyboard -----------------------------------------------------------------------------
  // Event handlers are plain methods: Lit calls a listener with the element as `this`.

  #setActive(index: number): void {
    const item = this.#items[index];
    const e = item.event;
    this.active = e.id;
    this.#ensureVisible(item);
    const position = this.#filtered.indexOf(index) + 1;
    this.announcement = `${this.#dateText(item)}, ${this.#title(e)}, ${this.#categoryLabel(e.category)}. ${interpolate(this.t.position, {
      i: formatNumber(position, this.locale),
      n: formatNumber(this.#filtered.length, this.locale),
    })}`;
    this.hover = null;
    this.requestUpdate();
    void this.updateComplete.then(() => this.#showActiveTooltip());
  }

  #showActiveTooltip(): void {
    const g = this.#geometry;
    const at = this.#markOf(this.active);
    if (!g || !at || !this.#chartFocused) return;
    const b = this.#box(g, at.lane, at.mark.row, Math.max(0, at.mark.x0), Math.min(g.trackLength, at.mark.x1), g.markSize);
    this.hover = { ids: [this.active!], at: [b.x + Math.min(b.w / 2, 40), b.y + b.h / 2] };
  }

  #onBlur(): void {
    this.hover = null;
  }

  #onKeyDown(e: KeyboardEvent): void {
    const list = this.#filtered;
    const current = list.indexOf(this.#indexById.get(this.active) ?? -1);
    const view = this.view;
    const firstInView = () => Math.max(0, list.findIndex((i) => view && this.#items[i].end > view.from));
    const key = e.key;
    let target = -1;
    switch (key) {
      case 'ArrowRight':
      case 'ArrowDown':
      case 'ArrowLeft':
      case 'ArrowUp':
        // Next for right and down, previous for left and up; from the first event in view when none is active.
        target = current < 0 ? firstInView() : Math.max(0, Math.min(list.length - 1, current + (key === 'ArrowRight' || key === 'ArrowDown' ? 1 : -1)));
        break;
      case 'Home':
        target = 0;
        break;
      case 'End':
        target = list.length - 1;
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        if (current >= 0) this.#select(this.#items[list[current]].event.id);
        else if (list.length) this.#setActive(list[firstInView()]);
        return;
      case 'Escape':
        if (this.selected || this.clusterIds || this.hover) e.preventDefault();
        this.hover = null;
        if (this.clusterIds) this.clusterIds = null;
        else this.#select(null);
        return;
      case '+':
      case '=':
      case '-':
      case '_':
        e.preventDefault();
        this.#zoomBy(key === '+' || key === '=' ? STEP_ZOOM : 1 / STEP_ZOOM, this.#activeAnchor());
        return;
      case '0':
        e.preventDefault();
        this.#resetZoom();
        return;
      case 'PageUp':
      case 'PageDown':
        if (view) {
          e.preventDefault();
          this.#setView(panView(view, ((key === 'PageDown' ? 1 : -1) * (view.to - view.from)) / 2, this.#extent), 'step');
        }
        return;
      default:
        return;
    }
    e.preventDefault();
    if (list.length && target >= 0) this.#setActive(list[target]);
  }

  /** Zooming from the keyboard keeps the active event in place, if it is in view. */
  #activeAnchor(): number | undefined {
    const index = this.#indexById.get(this.active);
    const view = this.view;
    if (index === undefined || !view) return undefined;
    const item = this.#items[index];
    const middle = (Math.max(item.start, view.from) + Math.min(item.end, view.to)) / 2;
    return middle >= view.from && middle <= view.to ? middle : undefined;
  }

  // ---- pointer, touch, wheel ------------------------------------------------------------------

  #localPoint(e: { clientX: number; clientY: number }): Point {
    const box = this.#frame.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top];
  }

  #onPointerDown(e: PointerEvent): void {
    this.#gestures.down(e.pointerId, this.#localPoint(e));
  }

  #onPointerMove(e: PointerEvent): void {
    const point = this.#localPoint(e);
    const g = this.#geometry;
    const view = this.view;
    const step = g && view ? this.#gestures.move(e.pointerId, point) : ({ kind: 'none' } as const);
    // Along the time axis only: x when horizontal, y when vertical.
    const along = g?.vertical ? 1 : 0;
    if (g && view && step.kind === 'pinch') {
      const next = zoomView(view, step.scale, this.#timeAt(step.center), this.#extent, MIN_SPAN);
      this.#panBy(next, -step.shift[along], g);
    } else if (g && view && step.kind === 'drag') {
      if (step.first) capturePointer(e);
      this.hover = null;
      this.#panBy(view, -step.delta[along], g);
    } else if (e.pointerType === 'mouse' && !this.#gestures.moving) {
      const ids = this.#idsAt(e);
      this.hover = ids.length ? { ids, at: point } : null;
    }
  }

  #onPointerUp(e: PointerEvent): void {
    this.#gestures.up(e.pointerId);
  }

  /** Off the tooltip and not back onto the chart: it goes (back onto the chart, pointer moves take over). */
  #onTooltipLeave(e: PointerEvent): void {
    const to = e.relatedTarget;
    if (e.pointerType === 'mouse' && !(to instanceof Element && to.closest('svg.chart')) && !this.#chartFocused) this.hover = null;
  }

  #onPointerLeave(e: PointerEvent): void {
    if (HoverContent.intoTooltip(e)) return;
    if (e.pointerType === 'mouse' && !this.#gestures.pressed && !this.#chartFocused) this.hover = null;
  }

  /** The events under a pointer: one event, or every event of a cluster. */
  #idsAt(e: Event): string[] {
    const target = e.composedPath()[0] as Element;
    const id = target.getAttribute?.('data-id');
    if (id) return [id];
    const key = target.closest?.('[data-mark]')?.getAttribute('data-mark');
    if (!key) return [];
    const [l, m] = key.split(':').map(Number);
    const lane = this.#layout[l];
    const mark = lane?.marks[m];
    return mark ? mark.items.map((j) => this.#items[lane.order[j]].event.id) : [];
  }

  #onClick(e: MouseEvent): void {
    if (this.#gestures.takeClickSuppression()) return;
    const ids = this.#idsAt(e);
    if (ids.length === 1) {
      this.#select(ids[0]);
      return;
    }
    if (ids.length > 1) this.#openCluster(ids);
  }

  /** A cluster opens by zooming on it; if zooming cannot split it (same dates), its events are listed. */
  #openCluster(ids: string[]): void {
    const view = this.view!;
    const items = this.#itemsOf(ids);
    const from = Math.min(...items.map((i) => i.start));
    const to = Math.max(...items.map((i) => i.end));
    const pad = (to - from) * 0.15;
    const target = clampView({ from: from - pad, to: to + pad }, this.#extent, MIN_SPAN);
    this.hover = null;
    if (target.to - target.from < (view.to - view.from) * 0.8) {
      this.#setView(target, 'step');
    } else {
      this.#rememberOpener();
      this.clusterIds = ids;
      this.announcement = this.#countText(ids.length);
    }
  }

  #onWheel(e: WheelEvent): void {
    const g = this.#geometry;
    const view = this.view;
    if (!g || !view) return;
    if (!g.vertical && Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      e.preventDefault();
      this.#panBy(view, e.deltaX, g);
      return;
    }
    if (!e.ctrlKey && !e.metaKey && !this.#chartFocused) {
      // The page keeps scrolling: say how to zoom instead.
      this.wheelHint = true;
      clearTimeout(this.#wheelHintTimer);
      this.#wheelHintTimer = window.setTimeout(() => (this.wheelHint = false), 1500);
      return;
    }
    e.preventDefault();
    this.#zoomBy(Math.exp(-e.deltaY * 0.002), this.#timeAt(this.#localPoint(e)), 'gesture');
  }

  // ---- overview brush ----------------------------------------------------------------------------

  #overviewTime(e: PointerEvent): number {
    const box = this.renderRoot.querySelector('.overview')!.getBoundingClientRect();
    const f = Math.min(1, Math.max(0, (e.clientX - box.left) / box.width));
    return this.#extent.from + f * (this.#extent.to - this.#extent.from);
  }

  #onBrushKey(e: KeyboardEvent): void {
    const view = this.view;
    if (!view) return;
    const span = view.to - view.from;
    const extent = this.#extent;
    const key = e.key;
    if (key === 'ArrowLeft' || key === 'ArrowRight') this.#setView(panView(view, (key === 'ArrowRight' ? 1 : -1) * span * 0.1, extent), 'step');
    else if (key === 'Home' || key === 'End') this.#setView(panView(view, key === 'Home' ? extent.from - view.from : extent.to - view.to, extent), 'step');
    else if (key === '+' || key === '=' || key === 'ArrowUp') this.#zoomBy(STEP_ZOOM);
    else if (key === '-' || key === '_' || key === 'ArrowDown') this.#zoomBy(1 / STEP_ZOOM);
    else return;
    e.preventDefault();
  }

  #onBrushDown(e: PointerEvent): void {
    if (!this.view) return;
    const mode = ((e.target as Element).getAttribute('data-brush') ?? 'new') as 'move' | 'start' | 'end' | 'new';
    this.#brushDrag = { mode, anchor: this.#overviewTime(e), view: this.view };
    capturePointer(e);
    e.preventDefault();
  }

  #onBrushMove(e: PointerEvent): void {
    const drag = this.#brushDrag;
    if (!drag) return;
    const time = this.#overviewTime(e);
    const { view, mode, anchor } = drag;
    const next: View =
      mode === 'move'
        ? panView(view, time - anchor, this.#extent)
        : mode === 'start'
          ? { from: Math.min(time, view.to - MIN_SPAN), to: view.to }
          : mode === 'end'
            ? { from: view.from, to: Math.max(time, view.from + MIN_SPAN) }
            : { from: Math.min(time, anchor), to: Math.max(time, anchor) };
    if (next.to - next.from < MIN_SPAN && mode === 'new') return;
    this.#setView(clampView(next, this.#extent, MIN_SPAN), 'gesture');
  }

  #onBrushUp(e: PointerEvent): void {
    const drag = this.#brushDrag;
    const view = this.view;
    this.#brushDrag = null;
    if (drag?.mode === 'new' && view === drag.view) {
      // A click on the strip (no drag) centres the view there.
      const span = view.to - view.from;
      this.#setView(panView(view, this.#overviewTime(e) - span / 2 - view.from, this.#extent), 'step');
    }
  }
}

/** Whole years around the events, and at least two of them, so the extent reads as a period. */
function computeExtent(items: readonly CheckedEvent[]): View {
  if (!items.length) return EMPTY_EXTENT;
  let min = Infinity;
  let max = -Infinity;
  for (const item of items) {
    if (item.start < min) min = item.start;
    if (item.end > max) max = item.end;
  }
  const from = new Date(min).getUTCFullYear();
  const to = Math.max(from + 2, new Date(max - 1).getUTCFullYear() + 1);
  return { from: utc(from, 0, 1), to: utc(to, 0, 1) };
}
