import { css, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { chinaTopology } from '@sinocarte/data/china-topology';
import { parks as bundledParks } from '@sinocarte/data/base/parks';
import type { ProvinceInnovation, RegionProperties } from '@sinocarte/data';
import { controlStyles } from '../internal/controls.styles.js';
import { PointerGestures, capturePointer } from '../internal/pointer-gestures.js';
import type { TextDataset } from '../internal/data-texts.js';
import { SinoElement, query } from '../internal/sino-element.js';
import { nextTask } from '../internal/draw-later.js';
import { HoverContent } from '../internal/hover-content.js';
import { bundledOffices, bundledPartnerships, bundledProvinceInnovation, type OnDemand } from '../internal/on-demand.js';
import { EditorialFrame, frameStyles } from '../internal/frame.js';
import { DownloadMenu, downloadStyles } from '../internal/download.js';
import { emit } from '../internal/events.js';
import type { GroupMessage } from '../internal/group.js';
import type { Reaction } from '../internal/links.js';
import { regionsOf, yearsFilter } from '../lib/link-values.js';
import { formatYears, parseList, parseYears, type YearRange } from '../lib/years.js';
import { formatNumber, interpolate, dataLabel, plural } from '../internal/i18n.js';
import { buildClasses, classify, rampStep, type ClassKey, type ColorClass } from '../lib/color-classes.js';
import { forEachReadable, readField, readList, UNREADABLE } from '../lib/read.js';
import { computeMetric, isMetric, isParkLike, type MetricId, type ParkLike, type RegionValue } from '../lib/metrics.js';
import { nearestTo, neighbourInDirection, type Direction, type Point } from '../lib/neighbours.js';
import { extent, fit, mainCentroid, pathData, project, topologyShapes, type Fit, type Shape } from '../lib/projection.js';
import { placeCallouts } from '../lib/callouts.js';
import { summarizeMap } from '../lib/summary.js';
import { keepApart } from '../lib/text-spacing.js';
import { TextMetrics, textProbeStyles } from '../internal/text-metrics.js';
import { placeTooltip } from '../lib/tooltip-position.js';
import { IDENTITY, clampTransform, panBy, zoomAround, type ZoomTransform } from '../lib/zoom.js';
import { mapMessages } from '../i18n/map.js';
import { styles } from './province-map.styles.js';

/** What `metric` accepts: the metrics of the bundled data that can colour the regions. */
export type MapMetric = MetricId;

type Tooltip = { kind: 'region'; id: string; at: Point } | { kind: 'park'; park: ParkLike; at: Point };

/** The regions' ids and properties (their outlines are projected from the topology's arcs when a map is first drawn). */
const REGIONS: readonly { id: string; properties: RegionProperties }[] = chinaTopology.objects.provinces.geometries;
const ISLAND_IDS = chinaTopology.objects.islands.geometries.map((g) => g.id);
const REGION_IDS = REGIONS.map((f) => f.id);
const REGION_BY_ID = new Map(REGIONS.map((f) => [f.id, f]));
/**
 * Every outline projected once from the topology's arcs, the first time a map is drawn (not when the module loads:
 * the embed file evaluates it on pages that show no map); a resize only rescales them (lib/projection.ts).
 */
let shapes: Map<string, Shape> | undefined;
/** Whether a connected map has asked for them in a task of its own (once per page). */
let shapesAsked = false;
const projectedShapes = () => {
  if (!shapes) {
    shapes = topologyShapes(chinaTopology, ['provinces', 'islands']);
    // Each shape's box is kept once computed (lib/projection.ts): computed here, with the points.
    fit([...shapes.values()], 1, 1);
  }
  return shapes;
};
/** The 2026 provincial strengths, by region: downloaded the first time the map's table or a region's tooltip shows them. */
let innovationByRegion: ReadonlyMap<string, ProvinceInnovation> | undefined;
const KEY_ZOOM = 1.5;
/** The metrics of the switch, in its order. */
const METRICS: readonly MetricId[] = ['parks', 'revenue', 'partnerships', 'offices'];
/** The smallest target, in CSS px (WCAG 2.5.8): small regions get a marker this wide. */
const TARGET_SIZE = 24;
/** Radius of the visible mark of a small region, inside its 24 px target, in CSS px. */
const MARK_RADIUS = 7;
/** How far from a park's centre a tap still reaches it, in CSS px (half a target). */
const TOUCH_REACH = TARGET_SIZE / 2;
/** Font size of the value labels (`labels="values"`), in CSS px whatever the zoom. */
const VALUE_LABEL_SIZE = 11;

/**
 * `patterns`: one pattern per class, over the class's colour, in ink that stands out from it (the text colour on
 * the light end of the ramp, the background's on the dark end). Shapes, not colours, tell the classes apart:
 * none for zero, then sparse dots, lines, a grid, diagonals (the other way from no data's hatch), a cross-hatch
 * as the values grow. Class names only (no style attribute): allowed under a strict Content-Security-Policy.
 */
const CLASS_PATTERNS = svg`
  <pattern id="pattern-zero" width="8" height="8" patternUnits="userSpaceOnUse"><rect class="pattern-bg zero" width="8" height="8"></rect></pattern>
  <pattern id="pattern-q0" width="8" height="8" patternUnits="userSpaceOnUse"><rect class="pattern-bg q0" width="8" height="8"></rect><circle class="pattern-ink" cx="4" cy="4" r="1.1"></circle></pattern>
  <pattern id="pattern-q1" width="6" height="6" patternUnits="userSpaceOnUse"><rect class="pattern-bg q1" width="6" height="6"></rect><line class="pattern-ink" x1="0" y1="3" x2="6" y2="3"></line></pattern>
  <pattern id="pattern-q2" width="6" height="6" patternUnits="userSpaceOnUse"><rect class="pattern-bg q2" width="6" height="6"></rect><path class="pattern-ink on-dark" d="M0 3H6M3 0V6"></path></pattern>
  <pattern id="pattern-q3" width="5" height="5" patternUnits="userSpaceOnUse"><rect class="pattern-bg q3" width="5" height="5"></rect><path class="pattern-ink on-dark" d="M0 0L5 5M-1 4L1 6M4-1L6 1"></path></pattern>
  <pattern id="pattern-q4" width="6" height="6" patternUnits="userSpaceOnUse"><rect class="pattern-bg q4" width="6" height="6"></rect><path class="pattern-ink on-dark" d="M0 0L6 6M6 0L0 6"></path></pattern>
`;

/**
 * Up to this many park points, each is an SVG circle and an option of the map's listbox (a screen reader can
 * browse them). Above, the points are painted on a canvas over the map (an SVG path of 10,000 dots cost more to
 * rasterise than the whole map) and found under the pointer by distance (lib/neighbours.ts: 10,000 points in
 * well under a millisecond), one dot drawn once and copied to each point; the downloaded image has them as SVG
 * paths made for it (dotPaths); the park the keyboard steps into (P) is then the one option drawn.
 */
const PARK_OPTIONS_MAX = 300;
/** One decimal for the dots' coordinates in the points path. */
const tenth = (v: number) => Math.round(v * 10) / 10;

/** Outline of the regions a selection elsewhere in the group is linked to. */
const linkStyles = css`
  .linked-outline {
    stroke: var(--sino-map-linked, var(--_focus));
    stroke-width: 2.5;
    stroke-dasharray: 6 3;
  }
  @media (forced-colors: active) {
    .linked-outline {
      stroke: Highlight;
    }
  }
`;

const showParksConverter = {
  fromAttribute: (value: string | null) => value !== 'false',
  toAttribute: (value: boolean) => (value ? '' : 'false'),
};

/**
 * A map of the 34 regions of China (the 31 mainland provinces, municipalities and autonomous
 * regions, Hong Kong, Macao and Taiwan), coloured by a metric, with the TORCH hi-tech parks as points.
 *
 * With `share`, the view (metric, selection, years, highlight) is kept in the page's URL hash (keys `sino-<id or tag>-…`), so that a link
 * reopens it; the fullscreen button under the view (or `Escape`) enters and leaves full screen.
 *
 * @tagname sino-province-map
 * @summary Choropleth map of China's regions with the TORCH hi-tech parks.
 *
 * With a `group` attribute, the map is a linked view (see docs/linked-views.md): a region the reader selects
 * filters the tables of the group and highlights the events and programmes linked to it; a park, partnership or
 * office selected elsewhere selects its region here, a programme or event outlines its regions (`highlight`),
 * and a timeline's period restricts the parks to those founded then (`years`).
 *
 * @fires sino-select - A region was selected or the selection cleared. `detail: { kind: 'province', id: string | null }`.
 * @fires sino-filter - The reader chose another metric with the metric switch. `detail: { filters: { metric }, count }` (count: the regions drawn).
 * @fires sino-error - An input was rejected (unknown metric or region, malformed data). `detail: { code, message }`.
 *
 * @cssprop --sino-color-background - Background of the map area and controls.
 * @cssprop --sino-color-surface - Background of the legend, tooltip and notes.
 * @cssprop --sino-color-text - Text colour.
 * @cssprop --sino-color-muted - Secondary text colour.
 * @cssprop --sino-color-border - Borders of controls and the table.
 * @cssprop --sino-color-accent - Selected region outline and the note's mark.
 * @cssprop --sino-color-focus - Keyboard focus ring.
 * @cssprop --sino-font-family - Font of every label.
 * @cssprop --sino-font-size - Base font size.
 * @cssprop --sino-radius - Corner radius of controls, legend and tooltip.
 * @cssprop --sino-space - Base spacing unit.
 * @cssprop --sino-map-ramp-0 - Lightest colour of the ramp (smallest class).
 * @cssprop --sino-map-ramp-1 - Second colour of the ramp.
 * @cssprop --sino-map-ramp-2 - Middle colour of the ramp.
 * @cssprop --sino-map-ramp-3 - Fourth colour of the ramp.
 * @cssprop --sino-map-ramp-4 - Darkest colour of the ramp (largest class).
 * @cssprop --sino-map-zero - Fill of regions whose value is zero.
 * @cssprop --sino-map-nodata - Fill of regions without data (drawn hatched).
 * @cssprop --sino-map-stroke - Colour of region borders.
 * @cssprop --sino-map-stroke-width - Width of region borders, in px.
 * @cssprop --sino-map-park-fill - Fill of the park points.
 * @cssprop --sino-map-park-stroke - Outline of the park points.
 * @cssprop [--sino-map-park-radius=3.5] - Radius of the park points, in px.
 * @cssprop --sino-map-linked - Outline of the regions linked to a selection in another view of the group (default: the focus colour).
 * @cssprop --sino-map-aspect-ratio - Aspect ratio of the map when the host gives it no height (default 4 / 3).
 * @cssprop --sino-tooltip-background - Background of the tooltip (default: the surface colour).
 * @cssprop --sino-tooltip-color - Text colour of the tooltip (default: the text colour).
 *
 * @csspart base - The whole component.
 * @csspart map - The SVG map (one tab stop).
 * @csspart region - Each region path.
 * @csspart park - Each park point.
 * @csspart value-label - Each region's value written on it (`labels="values"`).
 * @csspart legend - The legend below the map.
 * @csspart metric-switch - The metric switch above the map (one button per metric).
 * @csspart controls - The zoom buttons.
 * @csspart tooltip - The tooltip.
 * @csspart table - The table alternative.
 * @csspart message - The note that lists rejected input.
 * @csspart download - The download menu (PNG, SVG, CSV) under the map.
 * @csspart download-button - The button that opens the download menu.
 * @csspart fullscreen-button - The fullscreen button under the view (`Escape` leaves full screen too).
 */
export class SinoProvinceMap extends SinoElement {
  /** The regions' and parks' texts (the metrics' records come on demand, with theirs). @internal */
  static override texts: readonly TextDataset[] = ['regions', 'parks'];

  /** What `share` keeps in the URL hash. */
  static override shared = ['metric', 'selected', 'years', 'highlight'] as const;

  static override styles = [SinoElement.baseStyles, frameStyles, downloadStyles, controlStyles, textProbeStyles, styles, linkStyles];

  /**
   * What colours the regions: `parks` (number of TORCH hi-tech parks, 2004 list; default), `revenue` (their
   * 2002 revenue), `partnerships` (French decentralised-cooperation partnerships, 2011 evaluation) or
   * `offices` (French collectivities' offices open in China, 2011 evaluation). Ignored when `values` is set.
   */
  @property({ reflect: true }) metric: MapMetric = 'parks';

  /**
   * `on` (default): a switch above the map lets the reader choose the metric (parks, revenue, partnerships,
   * offices); `off` hides it, for a page that fixes the metric. Never shown with `values`.
   */
  @property({ attribute: 'metric-switch', reflect: true }) metricSwitch: 'on' | 'off' = 'on';

  /** Id of the selected region (`CN-HB`, `HK`…), or empty. Set by the user's click or keyboard, or by the host. */
  @property({ reflect: true }) selected: string | null = null;

  /** Show the park points. `show-parks="false"` hides them. */
  @property({ attribute: 'show-parks', reflect: true, converter: showParksConverter }) showParks = true;

  /** Own values per region id (`{ 'CN-HB': 12 }`), replacing the metric. Null means "no data". */
  @property({ attribute: false }) values: Record<string, number | null> | null = null;

  /** Legend title for `values`. */
  @property({ attribute: 'value-label' }) valueLabel = '';

  /**
   * The parks drawn as points (defaults to the 53 TORCH parks of the bundled data package). Up to 300, each point
   * is an option of the map that the keyboard reaches from its region (P); above, the points are painted on a
   * canvas (hover and tap still find each one), P still steps through a region's parks, and the downloaded SVG
   * has every point.
   */
  @property({ attribute: false }) parks: readonly ParkLike[] = bundledParks;

  /**
   * Founding years of the parks shown: `1988-1991`, `1990-`, `-1991`. Restricts the points and the `parks`
   * and `revenue` metrics; a linked timeline sets it. Empty: every park.
   */
  @property({ reflect: true }) years = '';

  /**
   * `values` writes each region's value on it, so that classes can be told apart without colour (print,
   * colour-blind readers); `none` (default) does not. Regions too small for a label have theirs in the table.
   */
  @property({ reflect: true }) labels: 'none' | 'values' = 'none';

  /**
   * Fills each class with its own pattern over its colour (dots, lines, a grid, a cross-hatch, denser as the
   * values grow), in the regions and in the legend alike, so that classes are told apart without colour: in
   * print, under forced colours (where the patterns are drawn in the system colours) and by colour-blind readers.
   */
  @property({ type: Boolean, reflect: true }) patterns = false;

  /** Regions outlined as linked to a selection elsewhere (`CN-SD,CN-HB`); a linked programme or event sets it. */
  @property({ reflect: true }) highlight = '';

  /** Its place in the link table of linked views (internal/links.ts). */
  static override linkAs = 'map' as const;
  protected readonly hoverContent = new HoverContent(this, () => !!this.tooltip, () => (this.tooltip = null));
  private editorial = new EditorialFrame(this);
  private download = new DownloadMenu(this, this.editorial, {
    name: () => `sinocarte-map-${this.effectiveMetric === 'custom' ? 'values' : this.effectiveMetric}`,
    drawing: () => {
      const svg = this.renderRoot.querySelector<SVGSVGElement>('svg.map');
      if (!svg) return null;
      // The canvas's dots are in the file as SVG paths, made for the copy taken right after this returns (not kept
      // in the map: parsing 10,000 dots' path data cost the first frame more than painting them).
      const dots = this.dotPaths();
      svg.classList.add('exporting');
      queueMicrotask(() => {
        svg.classList.remove('exporting');
        for (const path of dots) path.remove();
      });
      // The legend as drawn: each swatch's colour and label (no data: the map's own hatch pattern).
      const legend = [...this.renderRoot.querySelectorAll('.swatches li')].map((li) => {
        const swatch = li.querySelector('.swatch')!;
        const pattern = swatch.querySelector('.pattern-fill');
        return { label: li.textContent!.trim(), fill: swatch.classList.contains('nodata') ? 'url(#hatch)' : pattern ? getComputedStyle(pattern).fill : getComputedStyle(swatch).backgroundColor };
      });
      return { svg, legendTitle: this.metricLabel(), legend };
    },
    data: () => {
      const t = this.t;
      const metric = this.effectiveMetric;
      const items = metric === 'custom' ? null : t.itemsColumn[metric === 'revenue' ? 'parks' : metric];
      const header = [t.region, 'id', this.metricLabel(), ...(items ? [items] : [])];
      const rows = [...REGION_IDS]
        .sort((a, b) => this.regionName(a).localeCompare(this.regionName(b), this.locale))
        .map((id) => {
          const v = this.regionValues.get(id);
          return [this.regionName(id), id, v?.value ?? null, ...(items ? [(v?.items ?? []).join(' | ')] : [])];
        });
      return { header, rows };
    },
  });
  private yearRange: YearRange | null = null;

  @state() private size: { width: number; height: number } = { width: 0, height: 0 };
  @state() private zoom: ZoomTransform = IDENTITY;
  @state() private active: string | null = null;
  /** The park the keyboard stepped into, within the active region (P), or null. */
  @state() private activePark: string | null = null;
  @state() private tooltip: Tooltip | null = null;
  @state() private tableOpen = false;
  @state() private announcement = '';
  @state() private wheelHint = false;

  @query('.frame') private frame!: HTMLDivElement;
  @query('.zoom-layer') private zoomLayer?: SVGGElement;
  @query('.tooltip') private tooltipEl?: HTMLDivElement;
  @query('.park-canvas') private parkCanvas?: HTMLCanvasElement;
  /** What the park canvas was last painted for: it is repainted only when one of these changes. */
  private canvasKey: readonly unknown[] = [];

  private fit?: Fit;
  /** The parks' points at this fit (unzoomed; keyed by their index in `parks` once the pointer looks for one), the dots' path once asked for, and the parks they were made from. */
  private parkPoints: { parks: readonly ParkLike[]; fit: Fit; xy: Point[]; byIndex?: Map<string, Point>; dots?: string } | null = null;
  /** `--sino-map-park-radius`, read when the size or the parks change (not at every update: it forces a style). */
  private parkBaseRadius = 3.5;
  /** The park layer as last rendered, and what it was made from (see renderParks). */
  private parksLayer?: { key: readonly unknown[]; layer: unknown };
  /** The records of the source line, kept while what they are made of stays the same (the frame caches by identity). */
  private shownCache?: { key: readonly unknown[]; records: unknown[] };
  private pathData = new Map<string, string>();
  private centroids = new Map<string, Point>();
  /** Regions narrower or lower than a 24 px target at this size (Hong Kong, Macao): drawn with a marker too. */
  private smallRegions: string[] = [];
  /** The regions from the largest to the smallest on screen: where two value labels would overlap, the larger region keeps its own. */
  private bySize: string[] = [];
  /** Value-label widths as the reader sees them (font, text-spacing override): a change draws them again. */
  private metrics = new TextMetrics(this);
  private regionValues = new Map<string, Partial<RegionValue> & { value: number | null }>();
  private classes: ColorClass[] = [];
  private validParks: ParkLike[] = [];
  private effectiveMetric: MetricId | 'custom' = 'parks';
  private resizeObserver?: ResizeObserver;
  private gestures = new PointerGestures();
  private lastPointerType = 'mouse';
  private wheelHintTimer?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      // The first size is measured in a task of its own (see firstUpdated): not drawn inside the observer's delivery.
      if (this.drawing) return;
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      if (width !== this.size.width || height !== this.size.height) this.size = { width, height };
    });
    document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
    // The outlines depend on neither the size nor the language: projected in a task of their own as soon as a map
    // is on the page, while its strings and texts download (a French map, which waits for none, has them made
    // in its first drawing, and this task then finds them done).
    if (!shapesAsked) {
      shapesAsked = true;
      setTimeout(projectedShapes);
    }
    // Reconnected after a move in the page: observe again (the first time, firstUpdated does).
    if (this.hasUpdated) this.resizeObserver.observe(this.frame);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    clearTimeout(this.wheelHintTimer);
  }

  protected override firstUpdated(): void {
    this.resizeObserver!.observe(this.frame);
    // Draw in the first frame rather than after the observer's first report: measure now (the update
    // this schedules runs before the browser paints). Relying on the observer alone saves this forced layout,
    // but draws the map from inside the observer's delivery (a "ResizeObserver loop" error when the drawing
    // changes a size) and after an `updateComplete` that hosts and tests await: not done yet.
    const measure = () => {
      const box = this.frame.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) this.size = { width: Math.round(box.width), height: Math.round(box.height) };
    };
    if (!this.firstDrawing) return measure();
    // A container that held the first drawing (the atlas, drawing its views in turn): the outlines are drawn in a
    // task after the one that drew the rest, so that neither is long; `updateComplete` waits for both (`drawing`).
    this.drawing = nextTask().then(() => {
      this.drawing = undefined;
      if (this.isConnected) measure();
    });
  }

  // ---- inputs -------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    const t = this.t;
    if (changed.has('labels')) {
      this.clearProblems('labels');
      if (this.labels && this.labels !== 'none' && this.labels !== 'values') {
        this.report('invalid-attribute', interpolate(t.errors.invalidValue, { region: 'labels', value: this.labels }), 'labels');
      }
    }
    if (changed.has('years')) {
      this.clearProblems('invalid-attribute');
      const range = parseYears(this.years);
      if (range === 'invalid') this.report('invalid-attribute', interpolate(t.errors.invalidValue, { region: 'years', value: this.years }));
      this.yearRange = range === 'invalid' ? null : range;
    }
    const arrived = this.onDemand.version !== this.#computedVersion;
    if (arrived || changed.has('metric') || changed.has('values') || changed.has('parks') || changed.has('lang') || changed.has('years')) {
      this.#computedVersion = this.onDemand.version;
      this.clearProblems('unknown-metric', 'invalid-data', 'invalid-value');
      if (changed.has('parks') || changed.has('years')) this.validParks = this.inYears(this.validateParks(this.parks));
      if (this.values != null) {
        this.effectiveMetric = 'custom';
        this.regionValues = this.validateValues(this.values);
      } else {
        // A removed attribute (null) or an empty one means the default metric, not an error.
        const metric = this.metric || 'parks';
        if (!isMetric(metric)) this.report('unknown-metric', interpolate(t.errors.unknownMetric, { value: metric }));
        this.effectiveMetric = isMetric(metric) ? metric : 'parks';
        // The partnerships and offices are downloaded the first time a map shows them; until then no region has a value.
        const needs: OnDemand<readonly unknown[]> | null = this.effectiveMetric === 'partnerships' ? bundledPartnerships : this.effectiveMetric === 'offices' ? bundledOffices : null;
        const records = needs ? this.onDemand.get(needs) : [];
        this.regionValues = records
          ? computeMetric(this.effectiveMetric, REGION_IDS, {
              parks: this.validParks,
              partnerships: bundledPartnerships.value ?? [],
              offices: bundledOffices.value ?? [],
            })
          : new Map();
      }
      this.classes = buildClasses([...this.regionValues.values()].map((v) => v.value));
    }
    if (changed.has('selected')) {
      this.clearProblems('unknown-selection');
      if (this.selected && !REGION_BY_ID.has(this.selected)) {
        this.report('unknown-selection', interpolate(t.errors.unknownSelection, { value: this.selected }));
      }
    }
    if (changed.has('size') && this.size.width > 0 && this.size.height > 0) {
      const all = projectedShapes();
      const fitted = (this.fit = fit([...all.values()], this.size.width, this.size.height));
      this.pathData.clear();
      this.centroids.clear();
      for (const [id, s] of all) this.pathData.set(id, pathData(s, fitted));
      // The centroid of the region's largest polygon keeps arrow keys intuitive for archipelagos.
      for (const id of REGION_IDS) this.centroids.set(id, mainCentroid(all.get(id)!, fitted));
      const area = new Map(REGION_IDS.map((id) => {
        const box = extent(all.get(id)!, fitted);
        return [id, box.width * box.height];
      }));
      this.bySize = [...REGION_IDS].sort((a, b) => area.get(b)! - area.get(a)!);
      this.smallRegions = REGION_IDS.filter((id) => {
        const box = extent(all.get(id)!, fitted);
        // Too small to hit either way; a long thin region can still be hit along its length (and every
        // region has its button in the table alternative).
        return box.width < TARGET_SIZE && box.height < TARGET_SIZE;
      });
      this.zoom = clampTransform(this.zoom, this.size.width, this.size.height);
    }
    if (this.fit && (changed.has('size') || changed.has('parks') || changed.has('years') || changed.has('showParks'))) {
      this.parkBaseRadius = parseFloat(getComputedStyle(this).getPropertyValue('--sino-map-park-radius')) || 3.5;
    }
    if (this.fit && (this.parkPoints?.parks !== this.validParks || this.parkPoints.fit !== this.fit)) {
      const fitted = this.fit;
      const xy = this.validParks.map((p) => project(fitted, p.lon, p.lat));
      this.parkPoints = { parks: this.validParks, fit: fitted, xy };
    }
  }

  private validateValues(input: unknown): Map<string, { value: number | null }> {
    const t = this.t;
    const result = new Map<string, { value: number | null }>(REGION_IDS.map((id) => [id, { value: null }]));
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      this.report('invalid-data', t.errors.invalidValues);
      return result;
    }
    // A Proxy whose traps throw, or getters that throw: what can be read is kept, the rest reported.
    let keys: string[];
    try {
      keys = Object.keys(input);
    } catch {
      this.report('invalid-data', t.errors.invalidValues);
      return result;
    }
    for (const key of keys) {
      const raw = readField(input, key);
      if (raw === UNREADABLE) {
        this.report('invalid-value', interpolate(t.errors.invalidValue, { region: key, value: '' }));
        continue;
      }
      if (!REGION_BY_ID.has(key)) {
        this.report('invalid-data', interpolate(t.errors.unknownRegion, { value: key }));
      } else if (raw === null) {
        result.set(key, { value: null });
      } else if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0) {
        result.set(key, { value: raw });
      } else {
        this.report('invalid-value', interpolate(t.errors.invalidValue, { region: key, value: raw }));
      }
    }
    return result;
  }

  private validateParks(input: unknown): ParkLike[] {
    const list = readList(input);
    if (list === null || list === UNREADABLE) {
      this.report('invalid-data', interpolate(this.t.errors.invalidParks, { n: 1 }));
      return [];
    }
    const valid: ParkLike[] = [];
    let invalid = 0;
    // A park that cannot be read (a getter, a Proxy that throws) is one more invalid entry, not the end of the map.
    forEachReadable(list, (p) => (isParkLike(p, (id) => typeof id === 'string' && REGION_BY_ID.has(id)) ? valid.push(p) : (invalid += 1)), () => (invalid += 1));
    if (invalid > 0) this.report('invalid-data', interpolate(this.t.errors.invalidParks, { n: invalid }));
    return valid;
  }

  #computedVersion = 0;

  private get t() {
    return mapMessages[this.locale];
  }

  /** The parks founded in `years` (all of them when it is empty; a park without a year is then left out). */
  private inYears(parks: ParkLike[]): ParkLike[] {
    const range = this.yearRange;
    return range ? parks.filter((p) => p.year !== null && p.year >= range.from && p.year <= range.to) : parks;
  }

  // ---- linked views -------------------------------------------------------------------------

  /**
   * Carries out a reaction of the link table (internal/links.ts): sets properties, posts nothing.
   * @internal
   */
  applyLink(reaction: Reaction, message: GroupMessage): void {
    const regions = regionsOf(message).filter((id) => REGION_BY_ID.has(id));
    if (reaction === 'select-region') {
      this.selected = regions[0] ?? null;
      this.highlight = '';
    } else if (reaction === 'highlight-regions') {
      this.highlight = regions.join(',');
    } else if (reaction === 'restrict-years') {
      this.years = yearsFilter(message);
    }
  }

  // ---- formatting ---------------------------------------------------------------------------

  private regionName(id: string): string {
    return dataLabel(REGION_BY_ID.get(id)?.properties.name, this.locale) ?? id;
  }

  private formatValue(value: number | null): string {
    const t = this.t;
    if (value === null) return t.noData;
    const metric = this.effectiveMetric;
    if (metric === 'revenue') return `${formatNumber(value, this.locale, { maximumFractionDigits: 1 })} ${t.revenueUnit}`;
    if (metric === 'custom') return formatNumber(value, this.locale, { maximumFractionDigits: 2 });
    const counts = { parks: t.parksCount, partnerships: t.partnershipsCount, offices: t.officesCount }[metric];
    return interpolate(counts[plural(value, this.locale) === 'one' ? 'one' : 'other'], { n: formatNumber(value, this.locale) });
  }

  private metricLabel(): string {
    const t = this.t;
    const labels = { custom: this.valueLabel || t.metricCustom, parks: t.metricParks, revenue: t.metricRevenue, partnerships: t.metricPartnerships, offices: t.metricOffices };
    const restricted = this.yearRange && (this.effectiveMetric === 'parks' || this.effectiveMetric === 'revenue');
    return restricted ? `${labels[this.effectiveMetric]} · ${formatYears(this.yearRange).replace('-', '–')}` : labels[this.effectiveMetric];
  }

  private classLabel(c: ColorClass): string {
    const f = (v: number) => formatNumber(v, this.locale, { maximumFractionDigits: this.effectiveMetric === 'revenue' || this.effectiveMetric === 'custom' ? 1 : 0 });
    return c.min === c.max ? f(c.min) : `${f(c.min)}–${f(c.max)}`;
  }

  private fillClass(key: ClassKey): string {
    if (key === 'nodata' || key === 'zero') return key;
    return `q${rampStep(key, this.classes.length)}`;
  }

  /** What a screen reader hears first: how many regions, the highest and who has it, zeros, missing data. */
  private summary(): string {
    const t = this.t;
    const count = (forms: { one: string; other: string }, n: number) =>
      interpolate(forms[plural(n, this.locale) === 'one' ? 'one' : 'other'], { n: formatNumber(n, this.locale) });
    const separator = this.locale === 'zh' ? '、' : ', ';
    const rows = REGION_IDS.map((id) => ({ name: this.regionName(id), value: this.regionValues.get(id)?.value ?? null }));
    return summarizeMap(rows, {
      intro: (n) => interpolate(t.summaryIntro, { n: formatNumber(n, this.locale), metric: this.metricLabel() }),
      highest: (names, value) => interpolate(t.summaryHighest, { names: names.join(separator), value: this.formatValue(value) }),
      zero: (n) => count(t.summaryZero, n),
      noData: (n) => count(t.summaryNoData, n),
      gap: this.locale === 'zh' ? '' : ' ',
    });
  }

  /** The summary, made again only when the values, the language or the metric's label change (not at each hover). */
  private cachedSummary(): string {
    const key = [this.regionValues, this.locale, this.metricLabel()];
    if (!this.summaryCache || this.summaryCache.key.some((k, i) => k !== key[i])) this.summaryCache = { key, text: this.summary() };
    return this.summaryCache.text;
  }

  private summaryCache?: { key: readonly unknown[]; text: string };

  /** Accessible name of a region: name, then its value. */
  private regionLabel(id: string): string {
    // Made again when the values or the language change, not at each hover or focus (34 labels an update).
    if (this.labelCache?.values !== this.regionValues || this.labelCache.locale !== this.locale) this.labelCache = { values: this.regionValues, locale: this.locale, labels: new Map() };
    let label = this.labelCache.labels.get(id);
    if (label === undefined) this.labelCache.labels.set(id, (label = `${this.regionName(id)}, ${this.formatValue(this.regionValues.get(id)?.value ?? null)}`));
    return label;
  }

  private labelCache?: { values: unknown; locale: string; labels: Map<string, string> };

  // ---- rendering ----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.t;
    const { width, height } = this.size;
    const selected = this.selected && REGION_BY_ID.has(this.selected) ? this.selected : null;
    return html`
      <div class="base ${this.patterns ? 'patterns' : ''}" part="base">
        ${this.editorial.header()}${this.metrics.probe()}
        <p class="visually-hidden summary" id="map-summary">${this.cachedSummary()}</p>
        <div class="problems" part="message" role="status">${this.problems.map((p) => html`<p>${p.message}</p>`)}</div>
        ${this.renderMetricSwitch()}
        <div class="frame">
          ${width > 0 && height > 0
            ? html`<svg
                part="map"
                class="map ${this.zoom.k > 1 ? 'zoomed' : ''}"
                width=${width}
                height=${height}
                viewBox="0 0 ${width} ${height}"
                role="listbox"
                tabindex="0"
                aria-label=${`${t.title} — ${this.metricLabel()}`}
                aria-describedby="map-help"
                aria-activedescendant=${this.activePark ? `park-${this.activePark}` : this.active ? `region-${this.active}` : nothing}
                @keydown=${this.onKeyDown}
                @focus=${this.onFocus}
                @blur=${this.onBlur}
                @pointerdown=${this.onPointerDown}
                @pointermove=${this.onPointerMove}
                @pointerup=${this.onPointerUp}
                @pointercancel=${this.onPointerUp}
                @pointerleave=${this.onPointerLeave}
                @click=${this.onClick}
                @wheel=${this.onWheel}
              >
                <defs>
                  <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect class="hatch-bg" width="6" height="6"></rect>
                    <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
                  </pattern>
                  ${this.patterns ? CLASS_PATTERNS : nothing}
                </defs>
                <!-- role="none" on the groups between the listbox and its options: without it Chromium exposes
                     each region as a bare graphics-symbol and the listbox as having no options. -->
                <g class="zoom-layer" role="none">
                  ${ISLAND_IDS.map((id) => svg`<path class="island" aria-hidden="true" d=${this.pathData.get(id) ?? ''}></path>`)}
                  <g class="regions" role="none">
                    ${REGIONS.map((f) => {
                      const value = this.regionValues.get(f.id)?.value ?? null;
                      const key = classify(value, this.classes);
                      return svg`<path
                        id="region-${f.id}"
                        part="region"
                        class="region ${this.fillClass(key)}"
                        data-id=${f.id}
                        role="option"
                        aria-selected=${f.id === selected ? 'true' : 'false'}
                        aria-label=${this.regionLabel(f.id)}
                        d=${this.pathData.get(f.id) ?? ''}
                      ></path>`;
                    })}
                  </g>
                  ${parseList(this.highlight)
                    .filter((id) => REGION_BY_ID.has(id) && id !== selected)
                    .map((id) => svg`<path class="outline linked-outline" aria-hidden="true" d=${this.pathData.get(id) ?? ''}></path>`)}
                  ${selected
                    ? // Two lines, a halo of the background under the accent: one of them stands out 3:1 from any class colour.
                      svg`<path class="outline selected-halo" aria-hidden="true" d=${this.pathData.get(selected) ?? ''}></path>
                        <path class="outline selected-outline" aria-hidden="true" d=${this.pathData.get(selected) ?? ''}></path>`
                    : nothing}
                  ${this.active && !this.activePark ? svg`<path class="outline active-outline" aria-hidden="true" d=${this.pathData.get(this.active) ?? ''}></path>` : nothing}
                  ${this.renderValueLabels()}
                  ${this.showParks ? this.renderParks() : nothing}
                  ${this.renderSmallRegionMarkers()}
                  ${this.renderActivePark()}
                </g>
              </svg>`
            : nothing}
          <div class="controls" part="controls">
            <button type="button" class="zoom-in" aria-label=${t.zoomIn} title=${t.zoomIn} @click=${() => this.zoomBy(KEY_ZOOM)}>+</button>
            <button type="button" class="zoom-out" aria-label=${t.zoomOut} title=${t.zoomOut} ?disabled=${this.zoom.k <= 1} @click=${() => this.zoomBy(1 / KEY_ZOOM)}>−</button>
            <button type="button" class="zoom-reset" aria-label=${t.zoomReset} title=${t.zoomReset} ?disabled=${this.zoom.k <= 1} @click=${this.resetZoom}>⤢</button>
          </div>
          ${this.showParks && this.validParks.length > PARK_OPTIONS_MAX && width > 0 ? html`<canvas class="park-canvas" aria-hidden="true"></canvas>` : nothing}
          ${this.wheelHint ? html`<div class="wheel-hint" aria-hidden="true">${t.wheelHint}</div>` : nothing}
          ${this.renderTooltip()}
        </div>
        <p id="map-help" class="visually-hidden">${t.description}</p>
        ${this.renderLegend()}
        <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
        ${this.tableOpen ? this.renderTable() : nothing}
        ${this.editorial.footer(this.shownRecords(), this.download.render())}
      </div>
    `;
  }

  /** The records the map shows, for its source line: those its metric counts, and the park points. */
  private shownRecords(): unknown[] {
    const metric = this.effectiveMetric;
    const counted = metric === 'partnerships' ? (bundledPartnerships.value ?? []) : metric === 'offices' ? (bundledOffices.value ?? []) : metric === 'custom' ? [] : this.validParks;
    const key = [counted, this.showParks, this.validParks];
    // The same array while its sources stay the same: the frame's source line is then read from its cache.
    if (!this.shownCache || this.shownCache.key.some((k, i) => k !== key[i])) {
      this.shownCache = { key, records: this.showParks && counted !== this.validParks ? [...counted, ...this.validParks] : [...counted] };
    }
    return this.shownCache.records;
  }

  /**
   * The current view as an SVG file: the map as drawn, with its heading, legend and source line (empty before
   * the map is drawn). Asynchronous: the file writers are fetched the first time they are needed.
   */
  toSVG(): Promise<string> {
    return this.download.image().then((image) => image?.svg ?? '');
  }

  /** The current view as a PNG, at `scale` (2 for high-resolution screens and print); null before the map is drawn. */
  toPNG(scale = 1): Promise<Blob | null> {
    return this.download.png(scale);
  }

  /** The region values of the current view as CSV (BOM, CRLF; `;` and decimal comma in French). Asynchronous, as `toSVG`. */
  toCSV(): Promise<string> {
    return this.download.csv();
  }

  /**
   * A 24 px marker per small region, off its coast with a leader line, drawn over the parks so that it wins
   * a click or a tap (Zhuhai's park sits on Macao). The region's own option stays the accessible one.
   */
  private renderSmallRegionMarkers() {
    // Placed again only when the size, the zoom or the classes change (not for a tooltip or a focus ring).
    const key = [this.fit, this.zoom, this.regionValues, this.classes, this.size];
    if (this.markersLayer?.key.every((k, i) => k === key[i])) return this.markersLayer.layer;
    const layer = this.placeSmallRegionMarkers();
    this.markersLayer = { key, layer };
    return layer;
  }

  private markersLayer?: { key: readonly unknown[]; layer: unknown };

  private placeSmallRegionMarkers() {
    const { k, x, y } = this.zoom;
    const anchors = this.smallRegions.map((id) => ({ id, at: this.centroids.get(id) ?? ([0, 0] as const) }));
    // Kept inside the visible map (in map units at this zoom): a marker cut at the edge is neither seen nor hit.
    const { width, height } = this.size;
    const bounds = [
      [-x / k, -y / k],
      [(width - x) / k, (height - y) / k],
    ] as const;
    return svg`<g class="region-dots" aria-hidden="true">${placeCallouts(anchors, TARGET_SIZE / k, undefined, bounds).map(({ id, anchor, marker }) => {
      const key = classify(this.regionValues.get(id)?.value ?? null, this.classes);
      // A 24 px target (transparent) around a smaller visible mark: a dozen regions are small on a phone.
      return svg`<line class="region-callout" x1=${anchor[0]} y1=${anchor[1]} x2=${marker[0]} y2=${marker[1]}></line>
        <circle class="region-mark ${this.fillClass(key)}" cx=${marker[0]} cy=${marker[1]} r=${MARK_RADIUS / k}></circle>
        <circle class="region-dot" data-id=${id} cx=${marker[0]} cy=${marker[1]} r=${TARGET_SIZE / 2 / k}></circle>`;
    })}</g>`;
  }

  private renderParks() {
    const points = this.parkPoints;
    if (!points) return nothing;
    const radius = this.parkRadius();
    const many = points.parks.length > PARK_OPTIONS_MAX;
    // Made again only when the parks, their places, their size or language change (not for a tooltip or a focus
    // ring): given the same template results, Lit compares their values and writes nothing.
    const key = [points, radius, this.locale, this.onDemand.version, many ? this.activePark : null];
    if (this.parksLayer?.key.every((k, i) => k === key[i])) return this.parksLayer.layer;
    const layer = (() => {
      const option = (p: ParkLike, [x, y]: Point) =>
        svg`<circle part="park" class="park" id="park-${p.id}" role="option" aria-selected="false" aria-label=${this.parkLabel(p)} data-park=${p.id} cx=${x} cy=${y} r=${radius}></circle>`;
      if (!many) {
        // Options of the map's listbox too, in a group: the keyboard reaches them from their region (P).
        return svg`<g class="parks" role="group" aria-label=${this.t.parkLayer}>${points.parks.map((p, i) => option(p, points.xy[i]))}</g>`;
      }
      // The canvas paints the dots (the downloaded image has them as paths: dotPaths). The keyboard's park is the one option drawn.
      const i = this.activePark ? points.parks.findIndex((p) => p.id === this.activePark) : -1;
      return svg`<g class="parks" role="group" aria-label=${this.t.parkLayer}>${i >= 0 ? option(points.parks[i], points.xy[i]) : nothing}</g>`;
    })();
    this.parksLayer = { key, layer };
    return layer;
  }

  /**
   * The canvas's dots as two SVG paths (outline, fill) put in the map under the small regions' markers, for the
   * downloaded image; the caller removes them. None when the points are not on a canvas.
   */
  private dotPaths(): SVGPathElement[] {
    const points = this.parkPoints;
    const layer = this.zoomLayer;
    if (!points || !layer || !this.showParks || points.parks.length <= PARK_OPTIONS_MAX) return [];
    // Dots as zero-length lines with round caps: their width is the dot's diameter.
    points.dots ??= points.xy.map(([x, y]) => `M${tenth(x)},${tenth(y)}h0`).join('');
    const radius = this.parkRadius();
    return [
      ['park-points-outline', 2 * radius + 2 / this.zoom.k],
      ['park-points', 2 * radius],
    ].map(([name, width]) => {
      const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      path.setAttribute('class', String(name));
      path.setAttribute('stroke-width', String(width));
      path.setAttribute('d', points.dots!);
      layer.insertBefore(path, layer.querySelector('.region-dots'));
      return path;
    });
  }

  /** The park drawn at a point of the frame (within its dot, or `reach` px for a finger), or null. */
  private parkAt([x, y]: Point, reach: number): ParkLike | null {
    const points = this.parkPoints;
    if (!points || !this.showParks) return null;
    const { k, x: dx, y: dy } = this.zoom;
    const at: Point = [(x - dx) / k, (y - dy) / k];
    points.byIndex ??= new Map(points.xy.map((p, i) => [String(i), p]));
    const i = Number(nearestTo(at, points.byIndex));
    const p = points.xy[i];
    return p && Math.hypot(p[0] - at[0], p[1] - at[1]) <= reach / k ? points.parks[i] : null;
  }

  /**
   * `labels="values"`: each region's value at its centre, over a halo of the background (not on small regions).
   * Labels are measured as the reader sees them (text spacing included); where two would overlap, the larger
   * region keeps its own and the other's value is in the table.
   */
  private renderValueLabels() {
    if (this.labels !== 'values') return nothing;
    const k = this.zoom.k;
    const digits = this.effectiveMetric === 'revenue' || this.effectiveMetric === 'custom' ? 1 : 0;
    const measure = this.metrics.measurer(VALUE_LABEL_SIZE, 600, this.renderRoot.querySelector('.base') ?? this);
    // Boxes in screen px (the text keeps its size whatever the zoom), with room for the halo.
    const boxes = this.bySize.flatMap((id) => {
      const value = this.regionValues.get(id)?.value ?? null;
      if (value === null || this.smallRegions.includes(id)) return [];
      const text = formatNumber(value, this.locale, { maximumFractionDigits: digits });
      const [x, y] = this.centroids.get(id) ?? [0, 0];
      const half = measure(text) / 2 + 2;
      const h = VALUE_LABEL_SIZE * 0.7;
      return [{ id, text, x, y, left: x * k - half, right: x * k + half, top: y * k - h, bottom: y * k + h }];
    });
    return svg`<g class="value-labels" aria-hidden="true">${keepApart(boxes).map(
      ({ id, text, x, y }) => svg`<text part="value-label" class="value-label" data-id=${id} x=${x} y=${y} font-size=${VALUE_LABEL_SIZE / k}>${text}</text>`,
    )}</g>`;
  }

  /** The keyboard's ring around the park it stepped into. */
  private renderActivePark() {
    const park = this.activePark && this.fit ? this.validParks.find((p) => p.id === this.activePark) : undefined;
    if (!park || !this.showParks) return nothing;
    const [x, y] = project(this.fit!, park.lon, park.lat);
    return svg`<circle class="outline active-outline" aria-hidden="true" cx=${x} cy=${y} r=${8 / this.zoom.k}></circle>`;
  }

  /** A park's revenue as the tooltip and the table say it (`1.2 bn yuan (2002)`), or '' when unknown. */
  private parkRevenue(p: ParkLike): string {
    return p.revenue ? `${formatNumber(p.revenue.value, this.locale, { maximumFractionDigits: 2 })} ${this.t.revenueUnit} (${p.revenue.year})` : '';
  }

  /** What a park's tooltip shows, as one line: name, city, year founded, revenue. */
  private parkLabel(p: ParkLike): string {
    return [p.name, p.city, p.year ? interpolate(this.t.founded, { year: p.year }) : '', this.parkRevenue(p)].filter(Boolean).join(', ');
  }

  /** The parks of a region, in the order they are listed. */
  private parksOf(region: string | null): ParkLike[] {
    return region && this.showParks ? this.validParks.filter((p) => p.provinceId === region) : [];
  }

  /** Screen position of a park, after zoom. */
  private parkPoint(p: ParkLike): Point {
    const [x, y] = project(this.fit!, p.lon, p.lat);
    return [x * this.zoom.k + this.zoom.x, y * this.zoom.k + this.zoom.y];
  }

  /** Park points keep their size on screen whatever the zoom, and shrink a little on small maps. */
  private parkRadius(): number {
    const base = this.parkBaseRadius;
    const small = Math.min(1, Math.max(0.6, this.size.width / 900));
    return (base * small) / this.zoom.k;
  }

  /** One button per metric (`aria-pressed`), unless the host fixed the metric or gave its own values. */
  private renderMetricSwitch() {
    if (this.metricSwitch === 'off' || this.values != null) return nothing;
    const t = this.t;
    return html`<div class="metric-switch" part="metric-switch" role="group" aria-labelledby="metric-switch-label">
      <span class="metric-switch-label" id="metric-switch-label">${t.metricSwitch}</span>
      ${METRICS.map(
        (m) => html`<button type="button" data-metric=${m} aria-pressed=${m === this.effectiveMetric ? 'true' : 'false'} @click=${() => this.chooseMetric(m)}>
          ${t.metricShort[m]}
        </button>`,
      )}
    </div>`;
  }

  /** The reader's choice on the metric switch: the map recolours and says so (`sino-filter`). */
  private chooseMetric(metric: MetricId): void {
    if (metric === this.effectiveMetric) return;
    this.metric = metric;
    emit(this, 'sino-filter', { filters: { metric }, count: REGION_IDS.length });
  }

  /** A legend swatch: the class's colour, or with `patterns` its pattern (drawn in SVG: it prints, as the map does). */
  private renderSwatch(fill: string) {
    return html`<span class="swatch ${fill}"
      >${this.patterns ? svg`<svg class="swatch-pattern" width="16" height="12" aria-hidden="true"><rect class="pattern-fill ${fill}" width="16" height="12"></rect></svg>` : nothing}</span
    >`;
  }

  private renderLegend() {
    const t = this.t;
    const values = [...this.regionValues.values()].map((v) => v.value);
    const hasZero = values.some((v) => v === 0);
    const hasNoData = values.some((v) => v === null);
    return html`<div class="legend" part="legend">
      <p class="legend-title">${this.metricLabel()}</p>
      <ul class="swatches">
        ${hasZero ? html`<li>${this.renderSwatch('zero')}${this.effectiveMetric === 'custom' ? formatNumber(0, this.locale) : t.zero}</li>` : nothing}
        ${this.classes.map((c, i) => html`<li>${this.renderSwatch(this.fillClass(i))}${this.classLabel(c)}</li>`)}
        ${hasNoData ? html`<li><span class="swatch nodata"></span>${t.noData}</li>` : nothing}
      </ul>
      <div class="legend-actions">
        <label class="park-toggle"
          ><input type="checkbox" .checked=${!!this.showParks} @change=${(e: Event) => (this.showParks = (e.target as HTMLInputElement).checked)} /><span
            class="park-dot"
          ></span
          >${t.parkLayer}</label
        >
        <button type="button" class="table-toggle" aria-expanded=${this.tableOpen ? 'true' : 'false'} @click=${() => (this.tableOpen = !this.tableOpen)}>
          ${this.tableOpen ? t.hideTable : t.showTable}
        </button>
      </div>
    </div>`;
  }

  private renderTable() {
    const t = this.t;
    const rows = [...REGION_IDS].sort((a, b) => this.regionName(a).localeCompare(this.regionName(b), this.locale));
    const metric = this.effectiveMetric;
    const parkMetric = metric === 'parks' || metric === 'revenue';
    // What the tooltips show, for readers who cannot hover: type, value, items (parks with city and revenue),
    // 2026 strengths. In its own scroller: at 320 px the table scrolls, not the page.
    return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="map-table-caption">
      <table part="table" class="table">
        <caption id="map-table-caption">
          ${t.title} — ${this.metricLabel()}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.region}</th>
            <th scope="col">${t.value}</th>
            ${metric === 'custom' ? nothing : html`<th scope="col">${parkMetric ? t.itemsColumn.parks : t.itemsColumn[metric]}</th>`}
            <th scope="col">${t.typeColumn}</th>
            <th scope="col">${t.strengthsColumn}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((id) => {
            const v = this.regionValues.get(id);
            const innovation = this.innovation()?.get(id);
            const items = parkMetric ? this.validParks.filter((p) => p.provinceId === id).map((p) => this.parkLabel(p)) : (v?.items ?? []);
            return html`<tr class=${id === this.selected ? 'is-selected' : ''}>
              <th scope="row">${this.regionName(id)}</th>
              <td>${this.formatValue(v?.value ?? null)}</td>
              ${metric === 'custom' ? nothing : html`<td>${items.join(' ; ')}</td>`}
              <td>${t.kind[REGION_BY_ID.get(id)!.properties.kind]}</td>
              <td>${innovation ? innovation.specializations.map((sp) => dataLabel(sp.label, this.locale)).join(' · ') : ''}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  /** The provinces' strengths, by region, once downloaded (the first call starts the download and redraws on arrival). */
  private innovation(): ReadonlyMap<string, ProvinceInnovation> | undefined {
    const records = this.onDemand.get(bundledProvinceInnovation);
    if (records && !innovationByRegion) innovationByRegion = new Map(records.map((r) => [r.provinceId, r]));
    return innovationByRegion;
  }

  private renderTooltip() {
    const tip = this.tooltip;
    if (!tip) return html`<div class="tooltip" part="tooltip" hidden></div>`;
    const t = this.t;
    if (tip.kind === 'park') {
      const p = tip.park;
      return html`<div class="tooltip" part="tooltip" aria-hidden="true">
        <p class="tooltip-title">${p.name}</p>
        <p>${p.city} · ${this.regionName(p.provinceId)}</p>
        ${p.year ? html`<p>${interpolate(t.founded, { year: p.year })}</p>` : nothing}
        ${p.revenue ? html`<p>${this.parkRevenue(p)}</p>` : nothing}
      </div>`;
    }
    const region = REGION_BY_ID.get(tip.id)!;
    const v = this.regionValues.get(tip.id);
    const items = v?.items ?? [];
    const innovation = this.innovation()?.get(tip.id);
    return html`<div class="tooltip" part="tooltip" aria-hidden="true">
      <p class="tooltip-title">${dataLabel(region.properties.name, this.locale)}</p>
      <p class="tooltip-kind">${t.kind[region.properties.kind]}</p>
      <p class="tooltip-value">${this.formatValue(v?.value ?? null)}</p>
      ${this.effectiveMetric === 'revenue' && v?.total && (v.reported ?? 0) < v.total
        ? html`<p class="tooltip-note">${interpolate(t.revenuePartial, { n: v.reported ?? 0, total: v.total })}</p>`
        : nothing}
      ${this.effectiveMetric === 'revenue' && v?.otherYears ? html`<p class="tooltip-note">${t.revenueOtherYears}</p>` : nothing}
      ${items.length
        ? html`<ul class="tooltip-items">
            ${items.slice(0, 8).map((item) => html`<li>${item}</li>`)}
            ${items.length > 8 ? html`<li>${interpolate(t.more, { n: items.length - 8 })}</li>` : nothing}
          </ul>`
        : nothing}
      ${innovation
        ? html`<p class="tooltip-innovation"><span>${t.innovation2026}</span> ${innovation.specializations.map((s) => dataLabel(s.label, this.locale)).join(' · ')}</p>`
        : nothing}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('zoom') && this.zoomLayer) {
      // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
      const { k, x, y } = this.zoom;
      this.zoomLayer.style.transform = `translate(${x}px, ${y}px) scale(${k})`;
    }
    if (this.tooltip && this.tooltipEl) this.positionTooltip(this.tooltip.at);
    if (!this.zoomLayer?.style.transform && this.zoomLayer) this.zoomLayer.style.transform = 'translate(0px, 0px) scale(1)';
    this.paintParkCanvas();
  }

  /** Paints the park points on the canvas (above 300 points), when the points, size, zoom, radius or theme changed. */
  private paintParkCanvas(): void {
    const canvas = this.parkCanvas;
    const points = this.parkPoints;
    if (!canvas || !points) {
      this.canvasKey = [];
      return;
    }
    const dpr = window.devicePixelRatio || 1;
    const { width, height } = this.size;
    const radius = this.parkRadius();
    const key = [canvas, points, width, height, dpr, this.zoom, radius, this.theme];
    if (key.every((k, i) => k === this.canvasKey[i])) return;
    this.canvasKey = key;
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const style = getComputedStyle(canvas);
    const { k, x, y } = this.zoom;
    // One dot drawn once (fill, then its 1 px outline), in device pixels, then copied to each point at the nearest
    // device pixel: a path of 10,000 arcs filled and stroked took several times longer to rasterise.
    const r = radius * k * dpr;
    const size = Math.ceil(2 * r + 2 * dpr) + 1;
    const dot = document.createElement('canvas');
    dot.width = dot.height = size;
    const g = dot.getContext('2d');
    if (!g) return;
    g.arc(size / 2, size / 2, r, 0, 2 * Math.PI);
    g.fillStyle = style.getPropertyValue('--_park-fill').trim() || '#1d3557';
    g.strokeStyle = style.getPropertyValue('--_park-stroke').trim() || '#ffffff';
    g.lineWidth = dpr;
    g.fill();
    g.stroke();
    // Where the SVG would put the dots: the map's units, zoomed, in device pixels.
    const [ox, oy, scale] = [dpr * x - size / 2, dpr * y - size / 2, dpr * k];
    for (const [px, py] of points.xy) ctx.drawImage(dot, Math.round(ox + scale * px), Math.round(oy + scale * py));
  }

  private positionTooltip([ax, ay]: Point): void {
    const el = this.tooltipEl!;
    const frameBox = this.frame.getBoundingClientRect();
    // Bounds: the frame, intersected with the viewport, in frame coordinates.
    const bounds = {
      left: Math.max(0, -frameBox.left) + 4,
      top: Math.max(0, -frameBox.top) + 4,
      right: Math.min(frameBox.width, window.innerWidth - frameBox.left) - 4,
      bottom: Math.min(frameBox.height, window.innerHeight - frameBox.top) - 4,
    };
    const { x, y } = placeTooltip([ax, ay], el.offsetWidth, el.offsetHeight, bounds);
    el.style.transform = `translate(${x}px, ${y}px)`;
  }

  // ---- selection ----------------------------------------------------------------------------

  private select(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    this.announcement = id ? interpolate(this.t.selected, { name: this.regionName(id) }) : this.t.cleared;
    emit(this, 'sino-select', { kind: 'province', id });
    this.shareWithGroup({ type: 'select', kind: 'province', id, regions: id ? [id] : [] });
  }

  /** Screen position of a region's centroid, after zoom. */
  private screenPoint(id: string): Point {
    const [cx, cy] = this.centroids.get(id) ?? [this.size.width / 2, this.size.height / 2];
    return [cx * this.zoom.k + this.zoom.x, cy * this.zoom.k + this.zoom.y];
  }

  private setActive(id: string): void {
    this.active = id;
    this.activePark = null;
    this.ensureVisible(id);
    this.tooltip = { kind: 'region', id, at: this.screenPoint(id) };
  }

  /** When zoomed in, keyboard navigation pans so the active region stays in view. */
  private ensureVisible(id: string): void {
    const [x, y] = this.screenPoint(id);
    const { width, height } = this.size;
    if (x >= 0 && x <= width && y >= 0 && y <= height) return;
    this.zoom = panBy(this.zoom, width / 2 - x, height / 2 - y, width, height);
  }

  // ---- keyboard -----------------------------------------------------------------------------

  /** P (Shift+P backwards): the next park of the active region, shown in the tooltip. */
  private stepIntoParks(e: KeyboardEvent): void {
    const region = this.active ?? (this.selected && REGION_BY_ID.has(this.selected) ? this.selected : null);
    const list = this.parksOf(region);
    if (!list.length || !this.fit) return;
    e.preventDefault();
    const i = list.findIndex((p) => p.id === this.activePark);
    const park = list[i < 0 ? (e.shiftKey ? list.length - 1 : 0) : (i + (e.shiftKey ? -1 : 1) + list.length) % list.length];
    this.active = region;
    this.activePark = park.id;
    this.tooltip = { kind: 'park', park, at: this.parkPoint(park) };
  }

  private onFocus = () => {
    if (this.active) this.tooltip = { kind: 'region', id: this.active, at: this.screenPoint(this.active) };
  };

  private onBlur = () => {
    this.tooltip = null;
  };

  private onKeyDown = (e: KeyboardEvent) => {
    const directions: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
    const direction = directions[e.key];
    if (direction) {
      e.preventDefault();
      this.activePark = null;
      const start = this.active ?? (this.selected && REGION_BY_ID.has(this.selected) ? this.selected : null);
      const next = start
        ? this.active
          ? neighbourInDirection(start, direction, this.centroids) ?? start
          : start
        : nearestTo([this.size.width / 2, this.size.height / 2], this.centroids);
      if (next) this.setActive(next);
      return;
    }
    switch (e.key) {
      case 'Enter':
      case ' ':
        e.preventDefault();
        if (this.active) this.select(this.active);
        else this.setActive(nearestTo([this.size.width / 2, this.size.height / 2], this.centroids)!);
        break;
      case 'Escape':
        if (this.activePark && this.active) {
          // Out of the parks, back to their region.
          e.preventDefault();
          this.setActive(this.active);
          break;
        }
        if (this.selected || this.tooltip) e.preventDefault();
        this.tooltip = null;
        this.select(null);
        break;
      case 'p':
      case 'P':
        this.stepIntoParks(e);
        break;
      case '+':
      case '=':
        e.preventDefault();
        this.zoomBy(KEY_ZOOM, this.active ? this.screenPoint(this.active) : undefined);
        break;
      case '-':
      case '_':
        e.preventDefault();
        this.zoomBy(1 / KEY_ZOOM, this.active ? this.screenPoint(this.active) : undefined);
        break;
      case '0':
        e.preventDefault();
        this.resetZoom();
        break;
    }
  };

  // ---- pointer, touch, wheel -------------------------------------------------------------------

  private localPoint(e: { clientX: number; clientY: number }): Point {
    const box = this.frame.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top];
  }

  private onPointerDown = (e: PointerEvent) => {
    this.lastPointerType = e.pointerType;
    this.gestures.down(e.pointerId, this.localPoint(e));
  };

  private onPointerMove = (e: PointerEvent) => {
    const point = this.localPoint(e);
    const { width, height } = this.size;
    // A drag pans only a zoomed-in map: at the full extent there is nowhere to go.
    const step = this.gestures.move(e.pointerId, point, this.zoom.k > 1);
    if (step.kind === 'pinch') {
      const zoomed = zoomAround(this.zoom, step.scale, step.center, width, height);
      this.setZoom(panBy(zoomed, step.shift[0], step.shift[1], width, height), false);
    } else if (step.kind === 'drag') {
      if (step.first) capturePointer(e);
      this.setZoom(panBy(this.zoom, step.delta[0], step.delta[1], width, height), false);
      this.tooltip = null;
    } else if (e.pointerType === 'mouse' && !this.gestures.moving) {
      this.hoverAt(e, point);
    }
  };

  private onPointerUp = (e: PointerEvent) => this.gestures.up(e.pointerId);

  private onPointerLeave = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && !this.gestures.pressed && this.shadowRoot?.activeElement?.localName !== 'svg') this.tooltip = null;
  };

  private hoverAt(e: Event, point: Point): void {
    const target = e.composedPath()[0] as Element;
    // Many points are painted on a canvas that takes no pointer: the nearest within the dot's reach is under the pointer.
    const dot = this.validParks.length > PARK_OPTIONS_MAX && !target.classList?.contains('region-dot') ? this.parkAt(point, this.parkRadius() * this.zoom.k + 1) : null;
    if (dot) {
      this.tooltip = { kind: 'park', park: dot, at: point };
      return;
    }
    const parkId = target.getAttribute?.('data-park');
    if (parkId) {
      const park = this.validParks.find((p) => p.id === parkId);
      if (park) this.tooltip = { kind: 'park', park, at: point };
      return;
    }
    const id = target.getAttribute?.('data-id');
    this.tooltip = id ? { kind: 'region', id, at: point } : null;
  }

  private onClick = (e: MouseEvent) => {
    if (this.gestures.takeClickSuppression()) return;
    const target = e.composedPath()[0] as Element;
    const id = target.getAttribute?.('data-id') ?? (target.getAttribute?.('data-park') ? this.validParks.find((p) => p.id === target.getAttribute('data-park'))?.provinceId : null);
    const point = this.localPoint(e);
    if (this.lastPointerType === 'touch' && this.showParks && this.fit && !target.classList?.contains('region-dot')) {
      // A finger is wider than a park's dot: a tap close to a park is for the park (its region is selected too).
      const park = this.parkAt(point, TOUCH_REACH);
      if (park) {
        const again = this.tooltip?.kind === 'park' && this.tooltip.park.id === park.id;
        this.tooltip = again ? null : { kind: 'park', park, at: this.parkPoint(park) };
        this.active = park.provinceId;
        this.select(park.provinceId);
        return;
      }
    }
    if (this.lastPointerType === 'touch') {
      // Touch: the first tap shows the tooltip and selects, a second tap on the same region hides it.
      if (id && this.tooltip?.kind === 'region' && this.tooltip.id === id) {
        this.tooltip = null;
        return;
      }
      this.tooltip = id ? { kind: 'region', id, at: point } : null;
    }
    if (id) {
      this.active = id;
      this.select(id);
    }
  };

  /** A tap or click outside the element hides the tooltip (touch has no "leave"). */
  private onDocumentPointerDown = (e: PointerEvent) => {
    if (this.tooltip && !e.composedPath().includes(this)) this.tooltip = null;
  };

  private onWheel = (e: WheelEvent) => {
    const focused = this.shadowRoot?.activeElement?.localName === 'svg';
    if (!e.ctrlKey && !e.metaKey && !focused) {
      // Do not hijack the page's scrolling: say how to zoom instead.
      this.wheelHint = true;
      clearTimeout(this.wheelHintTimer);
      this.wheelHintTimer = window.setTimeout(() => (this.wheelHint = false), 1500);
      return;
    }
    e.preventDefault();
    this.setZoom(zoomAround(this.zoom, Math.exp(-e.deltaY * 0.002), this.localPoint(e), this.size.width, this.size.height), false);
  };

  // ---- zoom -------------------------------------------------------------------------------------

  private zoomBy(factor: number, around?: Point): void {
    const { width, height } = this.size;
    this.setZoom(zoomAround(this.zoom, factor, around ?? [width / 2, height / 2], width, height), true);
  }

  private resetZoom = () => this.setZoom(IDENTITY, true);

  private setZoom(next: ZoomTransform, animate: boolean): void {
    this.frame.classList.toggle('animate', animate);
    // A step (button, key) is announced; a wheel or pinch is not, frame by frame.
    if (animate) this.announcement = interpolate(this.t.zoomLevel, { k: formatNumber(next.k, this.locale, { maximumFractionDigits: 1 }) });
    this.zoom = next;
    if (this.tooltip?.kind === 'region' && this.active === this.tooltip.id) this.tooltip = { ...this.tooltip, at: this.screenPoint(this.active) };
  }
}


