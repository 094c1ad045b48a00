import { css, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { asText, sharedCollator } from '../lib/text.js';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { typologyPlanes as bundled } from '@sinocarte/data/base/typology-planes';
import { regionNames as regions } from '@sinocarte/data/base/region-names';
import { EditorialFrame, frameStyles } from '../internal/frame.js';
import { DownloadMenu, downloadStyles } from '../internal/download.js';
import type { TextDataset } from '../internal/data-texts.js';
import { SinoElement, query } from '../internal/sino-element.js';
import { OnDemand } from '../internal/on-demand.js';
import { HoverContent } from '../internal/hover-content.js';
import { emit, type SinoErrorCode, type SinoSelectDetail } from '../internal/events.js';
import type { GroupMessage } from '../internal/group.js';
import type { Reaction } from '../internal/links.js';
import { regionsOf } from '../lib/link-values.js';
import { formatNumber, interpolate, dataLabel, plural, type Lang } from '../internal/i18n.js';
import { neighbourInDirection, type Direction, type Point } from '../lib/neighbours.js';
import { placeTooltip } from '../lib/tooltip-position.js';
import { PLANES, diagramFromTypology, pickText, validateDiagram, type DiagramProblem, type DiagramText, type PlaneId, type TypologyDiagram, type ValidDiagram, type ValidItem } from '../lib/typology-data.js';
import { placeLabels, wrapText, type Box, type LabelPlacement } from '../lib/typology-labels.js';
import { commonMessages } from '../i18n/common.js';
import { typologyMessages } from '../i18n/typology.js';
import type { PartMessages } from '../i18n/messages.js';

type TypologyStrings = PartMessages<'typology'>;
import { TextMetrics, textProbeStyles } from '../internal/text-metrics.js';
import { summarizeTypology } from '../lib/summary-typology.js';
import { styles } from './typology.styles.js';

export type { TypologyDiagram, DiagramItem, DiagramAxis, DiagramQuadrant, DiagramText } from '../lib/typology-data.js';

type View = 'plane' | 'types';
type Side = 'min' | 'max';

/** What `sino-select` carries for a programme: its id and, so a map can highlight them, its regions. */
/** The bundled typology's planes: Figure 14 (`objectives`) and Figure 15 (`coordination`). */
export type TypologyPlane = 'objectives' | 'coordination';
/** What the element shows: the two-axis diagram (`plane`) or the types and phases (`types`). */
export type TypologyView = 'plane' | 'types';
export type TypologySelectDetail = SinoSelectDetail & { regions: string[] };

interface QuadrantText {
  x: Side;
  y: Side;
  lines: string[];
  lang: Lang;
  anchorX: number;
  firstBaseline: number;
  box: Box;
}

interface Layout {
  width: number;
  height: number;
  centre: Point;
  quadrants: QuadrantText[];
  points: Map<string, Point>;
  labels: Map<string, LabelPlacement & { text: string }>;
  /** Too crowded for names: points carry numbers and a key lists them. */
  numbered: boolean;
  lineHeight: number;
  fontSize: number;
}

const REGION_NAMES = new Map(regions.map((r) => [r.id, r.name]));
const BUNDLED_DIAGRAMS: Record<PlaneId, ValidDiagram> = {
  objectives: diagramFromTypology(bundled, 'objectives'),
  coordination: diagramFromTypology(bundled, 'coordination'),
};
/** The types view (its records and template, typology-types.ts), downloaded the first time it is shown. */
const typesView = new OnDemand(() => import('./typology-types.js').then((m) => m.typesView), 'typology');
const BUNDLED_IDS = new Set(bundled.programmes.map((p) => p.id));
const RADIUS = 5;
const ANIMATION_MS = 450;

/** Linked views: the programmes linked to a selection elsewhere in the group stand out, the others fade. */
const linkStyles = css`
  .has-highlight .point:not(.is-linked):not(.is-selected),
  .has-highlight .label:not(.is-linked):not(.is-selected) {
    opacity: 0.3;
  }
  .point.is-linked:not(.is-selected):not(:focus-visible) .ring {
    stroke: var(--sino-typology-linked, var(--_focus));
    stroke-width: 2;
  }
  @media (forced-colors: active) {
    .point.is-linked:not(.is-selected):not(:focus-visible) .ring {
      stroke: Highlight;
    }
  }
`;

/**
 * A two-axis typology diagram. By default it draws chapter 7 of the 2011 evaluation of Franco-Chinese
 * decentralised cooperation again: the "objectives" plane (Figure 14), the "coordination" plane
 * (Figure 15) with the programmes placed on them, and the six coordination types of Tableau 24 with the
 * phase typologies it contrasts them with. Through `data`, a host draws its own typology.
 *
 * With `share`, the view (plane, view, selection) is kept in the page's URL hash (keys `sino-<id or tag>-…`), so that a link
 * reopens it; the fullscreen button under the view (or `Escape`) enters and leaves full screen.
 *
 * @tagname sino-typology
 * @summary Two-axis typology diagram with labelled, selectable points (Franco-Chinese cooperation by default).
 *
 * With a `group` attribute, the typology is a linked view (see docs/linked-views.md): a region, park or event
 * selected elsewhere in the group emphasises the programmes with partners in its regions (`highlight`); a programme
 * the reader selects outlines its partner regions on the maps and filters the tables to them.
 *
 * @fires {CustomEvent<TypologySelectDetail>} sino-select - A programme was selected or the selection cleared. `detail: { kind: 'programme', id: string | null, regions: string[] }` (`regions`: its Chinese partner regions, for a map to highlight).
 * @fires sino-error - An input was rejected or corrected (bad coordinates, item without a label, unknown plane…). `detail: { code, message }`.
 *
 * @cssprop --sino-color-background - Background of the diagram.
 * @cssprop --sino-color-surface - Background of the tooltip, the cards and notes.
 * @cssprop --sino-color-text - Text colour.
 * @cssprop --sino-color-muted - Quadrant names, axis names, notes.
 * @cssprop --sino-color-border - Borders of controls, cards and the table.
 * @cssprop --sino-color-accent - The selected point and the note's mark.
 * @cssprop --sino-color-focus - Keyboard focus ring.
 * @cssprop --sino-font-family - Font of every label.
 * @cssprop --sino-font-size - Base font size (labels are 0.8125 of it).
 * @cssprop --sino-radius - Corner radius of controls, cards and tooltip.
 * @cssprop --sino-space - Base spacing unit.
 * @cssprop --sino-typology-point - Fill of the points.
 * @cssprop --sino-typology-axis - Colour of the axes and leader lines.
 * @cssprop --sino-typology-linked - Ring of the programmes linked to a selection in another view of the group (default: the focus colour).
 * @cssprop --sino-typology-tint-a - Background of the top-left and bottom-right quadrants.
 * @cssprop --sino-typology-tint-b - Background of the top-right and bottom-left quadrants.
 * @cssprop --sino-tooltip-background - Background of the tooltip (default: the surface colour).
 * @cssprop --sino-tooltip-color - Text colour of the tooltip (default: the text colour).
 *
 * @csspart base - The whole component.
 * @csspart controls - The buttons that switch between the two planes and the types view.
 * @csspart diagram - The SVG diagram.
 * @csspart point - Each point (a focusable button).
 * @csspart label - Each point's label.
 * @csspart quadrant - Each quadrant name.
 * @csspart axis-label - The labels at the ends of the axes.
 * @csspart note - The editorial-placement note.
 * @csspart key - The numbered key shown when the diagram is too narrow for names.
 * @csspart tooltip - The tooltip.
 * @csspart table - The table alternative.
 * @csspart types - The types view (coordination types and phases).
 * @csspart message - The note that lists rejected or corrected input.
 * @csspart fullscreen-button - The fullscreen button under the view (`Escape` leaves full screen too).
 */
export class SinoTypology extends SinoElement {
  /** The regions' names and the programmes' texts. @internal */
  static override texts: readonly TextDataset[] = ['regions', 'typology'];

  /** What `share` keeps in the URL hash. */
  static override shared = ['plane', 'view', 'selected'] as const;

  static override styles = [SinoElement.baseStyles, frameStyles, downloadStyles, textProbeStyles, styles, linkStyles];

  /** Plane of the bundled typology: `objectives` (Figure 14, default) or `coordination` (Figure 15). Ignored when `data` is set. */
  @property({ reflect: true }) plane: TypologyPlane = 'objectives';

  /** `plane` (the diagram, default) or `types` (the six coordination types and the phase typologies). */
  @property({ reflect: true }) view: TypologyView = 'plane';

  /** Id of the selected item (`prog-…` for the bundled programmes), or empty. Set by click or keyboard, or by the host. */
  @property({ reflect: true }) selected: string | null = null;

  /**
   * The host's own typology (see `TypologyDiagram`): two axes with end labels, quadrants, items with
   * x and y in [-1, 1]. Replaces the bundled planes; replacing it animates the items whose id is kept.
   */
  @property({ attribute: false }) data: TypologyDiagram | null = null;

  /** Regions whose programmes are emphasised, the others fading (`CN-SD`); a linked map or table sets it. */
  @property({ reflect: true }) highlight = '';

  /** Its place in the link table of linked views (internal/links.ts). */
  static override linkAs = 'typology' as const;

  @state() private width = 0;
  protected readonly hoverContent = new HoverContent(this, () => !!this.tooltip, () => {
    this.dismissedId = this.tooltip?.id ?? null;
    this.tooltip = null;
  });
  /** The point whose tooltip Escape dismissed: it does not come back until the pointer leaves that point. */
  private dismissedId: string | null = null;
  @state() private tooltip: { id: string; at: Point } | null = null;
  @state() private tableOpen = false;
  @state() private announcement = '';
  @state() private animating = false;

  @query('.plot') private plotEl!: HTMLDivElement;
  @query('.tooltip') private tooltipEl?: HTMLDivElement;

  private diagram: ValidDiagram = BUNDLED_DIAGRAMS.objectives;
  private effectivePlane: PlaneId = 'objectives';
  private effectiveView: View = 'plane';
  private layout: Layout | null = null;
  private previousIds = new Set<string>();
  private enteringIds = new Set<string>();
  /** Problems with the way to word them, so a language change rewords the note without firing again. */
  private issues: { code: SinoErrorCode; source: 'data' | 'attr' | 'selection'; describe: (t: TypologyStrings) => string }[] = [];
  private customDiagram: ValidDiagram | null = null;
  private editorial = new EditorialFrame(this);
  private download = new DownloadMenu(this, this.editorial, {
    name: () => `sinocarte-typology-${this.customDiagram ? 'custom' : this.effectiveView === 'types' ? 'types' : this.effectivePlane}`,
    hasImage: () => !!this.customDiagram || this.effectiveView !== 'types',
    drawing: () => {
      const svg = this.renderRoot.querySelector<SVGSVGElement>('svg.diagram');
      return svg ? { svg } : null;
    },
    data: () => {
      const c = this.t.columns;
      return {
        header: ['id', c.item, c.type, c.x, c.y, c.regions],
        rows: this.diagram.items.map((i) => [i.id, this.text(i.label).text, this.text(i.type).text, i.x, i.y, (i.regions ?? []).join(' | ')]),
      };
    },
  });
  private resizeObserver?: ResizeObserver;
  private lastPointerType = 'mouse';
  private animationTimer?: number;
  private resizeFrame = 0;
  /** Label widths as the reader sees them (font, text-spacing override): a change lays the diagram out again. */
  private metrics = new TextMetrics(this);
  private metricsVersion = -1;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1].contentRect.width);
      // The drawing's height follows its width, which resizes the observed box again: wait for the next
      // frame, so the browser never sees a resize loop (and only width changes matter).
      if (width !== this.width) {
        cancelAnimationFrame(this.resizeFrame);
        if (!this.layout && width > 0) this.layOutFirst(width);
        else this.resizeFrame = requestAnimationFrame(() => (this.width = width));
      }
    });
    document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
    if (this.hasUpdated && this.plotEl) this.resizeObserver.observe(this.plotEl);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    clearTimeout(this.animationTimer);
    cancelAnimationFrame(this.resizeFrame);
  }

  private get t(): TypologyStrings {
    return typologyMessages[this.locale];
  }

  private text(value: DiagramText | undefined): { text: string; lang: Lang } {
    return pickText(value, this.locale);
  }

  // ---- inputs -------------------------------------------------------------------------------

  private flag(code: SinoErrorCode, source: 'data' | 'attr' | 'selection', describe: (t: TypologyStrings) => string): void {
    this.issues.push({ code, source, describe });
    this.report(code, describe(this.t));
  }

  private unflag(source: 'data' | 'attr' | 'selection'): void {
    this.issues = this.issues.filter((i) => i.source !== source);
    this.setProblems(this.issues.map((i) => ({ code: i.code, message: i.describe(this.t), key: i.source })));
  }

  protected override willUpdate(changed: PropertyValues): void {
    const previous = this.diagram;
    if (changed.has('data')) {
      this.unflag('data');
      this.customDiagram = null;
      if (this.data != null) {
        const { diagram, problems } = validateDiagram(this.data);
        for (const p of problems) this.flag(p.code, 'data', (t) => describeProblem(p, t));
        this.customDiagram = diagram;
      }
    }
    if (changed.has('plane') || changed.has('view')) {
      this.unflag('attr');
      // A removed attribute (null) or an empty one means the default.
      const plane = this.plane || 'objectives';
      if ((PLANES as readonly string[]).includes(plane)) this.effectivePlane = plane as PlaneId;
      else {
        this.effectivePlane = 'objectives';
        this.flag('invalid-attribute', 'attr', (t) => interpolate(t.errors.unknownPlane, { value: plane }));
      }
      const view = this.view || 'plane';
      if (view === 'plane' || view === 'types') this.effectiveView = view;
      else {
        this.effectiveView = 'plane';
        this.flag('invalid-attribute', 'attr', (t) => interpolate(t.errors.unknownView, { value: view }));
      }
    }
    this.diagram = this.customDiagram ?? BUNDLED_DIAGRAMS[this.effectivePlane];
    if (this.effectiveView === 'types' && !this.customDiagram) this.onDemand.get(typesView);
    if (changed.has('selected') || changed.has('data')) {
      this.unflag('selection');
      const id = this.selected;
      if (id && !this.knows(id)) this.flag('unknown-selection', 'selection', (t) => interpolate(t.errors.unknownSelection, { value: id }));
    }
    if (changed.has('lang') && !changed.has('data')) {
      // Reword the notes in the new language; nothing new happened, so no event.
      this.setProblems(this.issues.map((i) => ({ code: i.code, message: i.describe(this.t), key: i.source })));
    }
    if (this.diagram !== previous) {
      const ids = new Set(this.diagram.items.map((i) => i.id));
      const shared = [...ids].some((id) => this.previousIds.has(id));
      this.enteringIds = new Set([...ids].filter((id) => !this.previousIds.has(id)));
      if (this.hasUpdated && shared && !prefersReducedMotion()) {
        this.animating = true;
        clearTimeout(this.animationTimer);
        this.animationTimer = window.setTimeout(() => (this.animating = false), ANIMATION_MS + 50);
      }
      this.previousIds = ids;
      if (this.tooltip && !ids.has(this.tooltip.id)) this.tooltip = null;
    }
    // A layout made ahead for this width (layOutFirst) is kept, unless what it shows changed meanwhile.
    if (this.diagram !== previous || changed.has('lang')) this.layout = null;
    if (this.width > 0 && (this.layout?.width !== this.width || this.metrics.version !== this.metricsVersion)) {
      this.layout = this.computeLayout(this.width);
    }
  }


  /**
   * The first width known: the diagram is laid out in tasks of its own before the update that draws it (the
   * language's collator, whose first making loads its data, then the layout, then the drawing), so that none of
   * them is a long task. `updateComplete` waits for them (`drawing`). Later sizes are laid out in the update, at the next frame.
   */
  private layOutFirst(width: number): void {
    const steps = [() => sharedCollator(this.locale), () => (this.layout = this.computeLayout(width)), () => (this.width = width)];
    // Another width came, or the element was removed, meanwhile: stop.
    const current = () => this.drawing === run && this.isConnected;
    const run = (this.drawing = (async () => {
      // Each in a task of its own (as internal/draw-later.ts' nextTask, which this page does not download).
      for (const step of steps) if ((await new Promise((resolve) => setTimeout(resolve)), current())) step();
    })().finally(() => {
      if (this.drawing === run) this.drawing = undefined;
    }));
  }

  private knows(id: string): boolean {
    return this.customDiagram ? this.customDiagram.items.some((i) => i.id === id) : BUNDLED_IDS.has(id);
  }

  // ---- layout -------------------------------------------------------------------------------

  /** Where the element's text style is settled: the inner wrapper (page rules on the host can override :host). */
  private get textStyleSource(): Element {
    return this.renderRoot.querySelector('.base') ?? this;
  }

  private computeLayout(width: number): Layout {
    const base = parseFloat(getComputedStyle(this.textStyleSource).fontSize) || 15;
    const fontSize = Math.round(base * 0.8125 * 10) / 10;
    const lineHeight = Math.ceil(fontSize * 1.3);
    // Measured in the element's font with the reader's text spacing (a canvas: no DOM round trip, CSP-safe).
    this.metricsVersion = this.metrics.version;
    const measureBold = this.metrics.measurer(fontSize, 600, this.textStyleSource);
    const measure = this.metrics.measurer(fontSize, 400, this.textStyleSource);
    const pad = width < 480 ? 6 : 10;
    const margin = Math.max(14, Math.round(width * 0.035));

    // Quadrant names sit in bands above and below the area where points go, so no point hides them.
    const maxQuadrantWidth = width / 2 - pad - 8;
    const wrapped = this.diagram.quadrants.map((q) => {
      const { text, lang } = this.text(q.label);
      return { q, lang, lines: wrapText(text, maxQuadrantWidth, measureBold) };
    });
    const bandHeight = (y: Side) => Math.max(0, ...wrapped.filter((w) => w.q.y === y).map((w) => w.lines.length * lineHeight));
    const topBand = bandHeight('max') + pad;
    const bottomBand = bandHeight('min') + pad;
    const itemsHeight = Math.round(Math.min(520, Math.max(190, width * 0.55)));
    const plot: Box = { left: margin, right: width - margin, top: topBand + margin, bottom: topBand + margin + itemsHeight };
    const height = plot.bottom + margin + bottomBand;
    const centre: Point = [(plot.left + plot.right) / 2, (plot.top + plot.bottom) / 2];

    const quadrants: QuadrantText[] = wrapped.map(({ q, lang, lines }) => {
      const blockHeight = lines.length * lineHeight;
      const top = q.y === 'max' ? pad : height - pad - blockHeight;
      const widest = Math.max(0, ...lines.map(measureBold));
      const anchorX = q.x === 'min' ? pad : width - pad;
      const left = q.x === 'min' ? pad : width - pad - widest;
      return { x: q.x, y: q.y, lines, lang, anchorX, firstBaseline: top + lineHeight / 2, box: { left: left - 2, top: top - 2, right: left + widest + 2, bottom: top + blockHeight + 2 } };
    });

    const points = new Map<string, Point>();
    for (const item of this.diagram.items) {
      points.set(item.id, [plot.left + ((item.x + 1) / 2) * (plot.right - plot.left), plot.top + ((1 - item.y) / 2) * (plot.bottom - plot.top)]);
    }

    const bounds: Box = { left: 2, top: 2, right: width - 2, bottom: height - 2 };
    const obstacles = quadrants.map((q) => q.box);
    const place = (textOf: (item: ValidItem, index: number) => string) => {
      const texts = new Map(this.sortedItems().map((item, i) => [item.id, textOf(item, i)]));
      const requests = this.diagram.items.map((item) => {
        const [x, y] = points.get(item.id)!;
        const text = texts.get(item.id)!;
        return { id: item.id, x, y, width: Math.ceil(measure(text)) + 4, height: lineHeight };
      });
      const result = placeLabels(requests, { bounds, radius: RADIUS + 1, gap: 4, obstacles });
      return { result, texts };
    };
    let numbered = false;
    let { result, texts } = place((item) => this.text(item.label).text);
    if (result.unplaced.length) {
      numbered = true;
      ({ result, texts } = place((_, i) => formatNumber(i + 1, this.locale)));
    }
    const labels = new Map(result.placed.map((p) => [p.id, { ...p, text: texts.get(p.id)! }]));
    return { width, height, centre, quadrants, points, labels, numbered, lineHeight, fontSize };
  }

  /** Items in reading order: by name in the current language. Tab order and the numbers follow it. */
  private sortedItems(): ValidItem[] {
    // One collator per language for the page: making one (the locale's collation data) cost more than the sort.
    const collator = sharedCollator(this.locale);
    return [...this.diagram.items].sort((a, b) => collator.compare(this.text(a.label).text, this.text(b.label).text));
  }

  // ---- formatting ---------------------------------------------------------------------------

  private position(value: number, axis: 'x' | 'y'): string {
    const t = this.t;
    const n = formatNumber(value, this.locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
    if (value === 0) return `${n} (${t.centre})`;
    const end = this.text(this.diagram.axes[axis][value > 0 ? 'max' : 'min']).text;
    return end ? `${n} (${interpolate(t.toward, { end })})` : n;
  }

  private regionNames(item: ValidItem): string {
    return (item.regions ?? []).map((id) => dataLabel(REGION_NAMES.get(id), this.locale) ?? id).join(', ');
  }

  private sourceText(item: ValidItem): string {
    const ref = this.text(item.source).text;
    if (!ref) return '';
    return this.customDiagram ? ref : interpolate(this.t.reportSource, { ref });
  }

  private quadrantOf(item: ValidItem): string {
    if (item.x === 0 || item.y === 0) return '';
    const x: Side = item.x > 0 ? 'max' : 'min';
    const y: Side = item.y > 0 ? 'max' : 'min';
    const q = this.diagram.quadrants.find((q) => q.x === x && q.y === y);
    return q ? this.text(q.label).text : '';
  }

  private noteText(): { text: string; lang: Lang } | null {
    if (this.customDiagram) return this.customDiagram.note ? this.text(this.customDiagram.note) : null;
    return { text: interpolate(this.t.editorialNote, { figure: bundled.planes[this.effectivePlane].figure }), lang: this.locale };
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const note = this.noteText();
    return html`<div class="base" part="base" lang=${this.locale}>
      ${this.editorial.header()}${this.metrics.probe()}
      ${this.effectiveView === 'types' && !this.customDiagram ? nothing : html`<p class="visually-hidden summary">${this.summary()}</p>`}
      <div class="problems" part="message" role="status">${this.problems.map((p) => html`<p>${p.message}</p>`)}</div>
      ${this.customDiagram ? nothing : this.renderSwitcher()}
      ${this.effectiveView === 'types' && !this.customDiagram ? this.renderTypes() : this.renderPlane(note)}
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      ${this.editorial.footer(this.customDiagram ? this.customDiagram.items : this.effectiveView === 'types' ? (typesView.value?.typesRecords ?? []) : bundled.programmes, this.download.render())}
    </div>`;
  }

  /** What a screen reader hears first on a plane: how many items, what each axis goes from and to, the commonest type. */
  private summary(): string {
    const t = this.t;
    const d = this.diagram;
    const count = (forms: { one: string; other: string }, n: number, values: Record<string, string> = {}) =>
      interpolate(plural(n, this.locale) === 'one' ? forms.one : forms.other, { n: formatNumber(n, this.locale), ...values });
    const axis = (name: 'x' | 'y') => ({ name: this.text(d.axes[name].label).text, min: this.text(d.axes[name].min).text, max: this.text(d.axes[name].max).text });
    return summarizeTypology(d.items.map((i) => ({ type: this.text(i.type).text })), { x: axis('x'), y: axis('y') }, {
      intro: (n) => count(this.customDiagram ? t.summaryIntroCustom : t.summaryIntro, n),
      axis: (direction, name, min, max) => interpolate(t.summaryAxis[direction], { name: name ? interpolate(t.summaryAxisName, { name }) : '', min, max }),
      commonest: (names, n) =>
        interpolate(t.summaryCommonest[names.length > 1 ? 'several' : 'single'], { n: formatNumber(n, this.locale), names: names.join(this.locale === 'zh' ? '、' : ', ') }, Infinity),
      gap: this.locale === 'zh' ? '' : ' ',
    });
  }

  private renderSwitcher() {
    const t = this.t;
    const current = this.effectiveView === 'types' ? 'types' : this.effectivePlane;
    const button = (key: 'objectives' | 'coordination' | 'types') =>
      html`<button type="button" class="switch" data-view=${key} aria-pressed=${current === key ? 'true' : 'false'} @click=${() => this.show(key)}>
        ${t.views[key]}${key === 'types'
          ? nothing
          : // The comma is for the accessible name: the layout drops the space ("ObjectifsFigure 14").
            html` <span class="fig-ref"><span class="visually-hidden">, </span>${bundled.planes[key].figure}</span>`}
      </button>`;
    return html`<div class="controls" part="controls" role="group" aria-label=${t.viewsLabel}>
      ${button('objectives')}${button('coordination')}${button('types')}
    </div>`;
  }

  private show(key: 'objectives' | 'coordination' | 'types'): void {
    if (key === 'types') this.view = 'types';
    else {
      this.view = 'plane';
      this.plane = key;
    }
  }

  private renderPlane(note: { text: string; lang: Lang } | null) {
    const t = this.t;
    const d = this.diagram;
    const title = this.text(d.title);
    const axis = (name: 'x' | 'y', side: Side) => this.text(d.axes[name][side]);
    const end = (name: 'x' | 'y', side: Side, arrow: string, before: boolean) => {
      const label = axis(name, side);
      return html`<p class="end end-${name}-${side}" part="axis-label" lang=${label.lang}>
        ${before ? html`<span class="arrow" aria-hidden="true">${arrow}</span> ` : nothing}${label.text}${before ? nothing : html` <span class="arrow" aria-hidden="true">${arrow}</span>`}
      </p>`;
    };
    const axisName = (name: 'x' | 'y') => this.text(d.axes[name].label);
    // Focus listeners sit on the wrapper: on the <svg> itself they would make Chromium put it in the tab order.
    return html`
      ${title.text ? html`<p class="title" lang=${title.lang}>${title.text}</p>` : nothing}
      <div class="figure">
        ${end('y', 'max', '↑', true)}
        <div class="plot" @keydown=${this.onKeyDown} @focusin=${this.onFocusIn} @focusout=${this.onFocusOut}>${this.renderDiagram()} ${this.renderTooltip()}</div>
        ${end('y', 'min', '↓', true)}
        <div class="x-ends">${end('x', 'min', '←', true)}${end('x', 'max', '→', false)}</div>
      </div>
      ${axisName('x').text || axisName('y').text
        ? html`<dl class="axes-key">
            ${axisName('x').text ? html`<div><dt>${t.axisX}</dt><dd lang=${axisName('x').lang}>${axisName('x').text}</dd></div>` : nothing}
            ${axisName('y').text ? html`<div><dt>${t.axisY}</dt><dd lang=${axisName('y').lang}>${axisName('y').text}</dd></div>` : nothing}
          </dl>`
        : nothing}
      ${this.layout?.numbered ? this.renderKey() : nothing}
      ${note ? html`<p class="note" part="note" lang=${note.lang}>${note.text}</p>` : nothing}
      <p id="help" class="visually-hidden">${t.help}</p>
      ${this.renderDescriptions()}
      <div class="actions">
        <button type="button" class="table-toggle" aria-expanded=${this.tableOpen ? 'true' : 'false'} @click=${() => (this.tableOpen = !this.tableOpen)}>
          ${this.tableOpen ? t.hideTable : t.showTable}
        </button>
      </div>
      ${this.tableOpen ? this.renderTable() : nothing}
    `;
  }

  private renderDiagram() {
    const layout = this.layout;
    if (!layout) return nothing;
    const t = this.t;
    const { width, height, centre } = layout;
    const [cx, cy] = centre;
    const items = this.sortedItems();
    const title = this.text(this.diagram.title).text || t.title;
    if (!items.length) {
      return html`<svg part="diagram" class="diagram" width=${width} height=${height} viewBox="0 0 ${width} ${height}" aria-hidden="true">
          ${this.renderAxes(layout, cx, cy)}
        </svg>
        <p class="empty">${t.noItems}</p>`;
    }
    return html`<svg
      part="diagram"
      class="diagram ${this.animating ? 'animate' : ''} ${this.highlightRegions().size ? 'has-highlight' : ''}"
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      role="group"
      aria-label=${interpolate(t.pointsLabel, { title, n: formatNumber(items.length, this.locale) }) +
      (this.highlightRegions().size ? `, ${commonMessages[this.locale].linkHighlighted.replace('{n}', formatNumber(items.filter((i) => this.isLinked(i)).length, this.locale))}` : '')}
      aria-describedby="help"
      @click=${this.onClick}
      @pointerdown=${this.onPointerDown}
      @pointerover=${this.onPointerOver}
      @pointerout=${this.onPointerOut}
    >
      ${this.renderAxes(layout, cx, cy)}
      <g class="labels" aria-hidden="true">
        ${items.map((item) => {
          const label = layout.labels.get(item.id);
          if (!label) return nothing;
          const lang = layout.numbered ? this.locale : this.text(item.label).lang;
          return svg`<rect class="label-bg" x=${label.box.left} y=${label.box.top} width=${label.box.right - label.box.left} height=${label.box.bottom - label.box.top} rx="3"></rect>
            ${label.leader ? svg`<line class="leader" x1=${label.leader[0]} y1=${label.leader[1]} x2=${label.leader[2]} y2=${label.leader[3]}></line>` : nothing}
            <text part="label" class="label ${item.id === this.selected ? 'is-selected' : ''} ${this.isLinked(item) ? 'is-linked' : ''}" data-id=${item.id} lang=${lang}
              x=${label.box.left + 2} y=${label.box.top + layout.lineHeight / 2} font-size=${layout.fontSize}>${label.text}</text>`;
        })}
      </g>
      <g class="points">
        ${repeat(
          items,
          (item) => item.id,
          (item) => {
            const { text } = this.text(item.label);
            const type = this.text(item.type).text;
            const linked = this.isLinked(item);
            const classes = ['point', linked ? 'is-linked' : '', item.id === this.selected ? 'is-selected' : '', item.clamped ? 'is-clamped' : '', this.enteringIds.has(item.id) && this.animating ? 'entering' : ''];
            return svg`<g part="point" class=${classes.join(' ')} data-id=${item.id} role="button" tabindex="0"
              aria-pressed=${item.id === this.selected ? 'true' : 'false'}
              aria-label=${(type ? `${text}, ${type}` : text) + (linked ? `, ${commonMessages[this.locale].linkLinked}` : '')}
              aria-describedby="desc-${cssId(item.id)}">
              <circle class="hit" r="14"></circle>
              <circle class="ring" r=${RADIUS + 4}></circle>
              <circle class="dot" r=${RADIUS}></circle>
            </g>`;
          },
        )}
      </g>
    </svg>`;
  }

  private renderAxes(layout: Layout, cx: number, cy: number) {
    const { width, height } = layout;
    const tintA = (x: number, y: number, w: number, h: number, cls: string) => svg`<rect class="tint ${cls}" x=${x} y=${y} width=${Math.max(0, w)} height=${Math.max(0, h)}></rect>`;
    return svg`<g class="backdrop" aria-hidden="true">
      ${tintA(0, 0, cx, cy, 'a')}${tintA(cx, 0, width - cx, cy, 'b')}${tintA(0, cy, cx, height - cy, 'b')}${tintA(cx, cy, width - cx, height - cy, 'a')}
      <line class="axis" x1="3" y1=${cy} x2=${width - 3} y2=${cy}></line>
      <line class="axis" x1=${cx} y1="3" x2=${cx} y2=${height - 3}></line>
      <path class="arrowhead" d="M${width - 2},${cy} l-8,-4 v8 z M2,${cy} l8,-4 v8 z M${cx},2 l-4,8 h8 z M${cx},${height - 2} l-4,-8 h8 z"></path>
      ${layout.quadrants.map(
        (q) => svg`<text part="quadrant" class="quadrant" lang=${q.lang} font-size=${layout.fontSize} text-anchor=${q.x === 'min' ? 'start' : 'end'}>
          ${q.lines.map((line, i) => svg`<tspan x=${q.anchorX} y=${q.firstBaseline + i * layout.lineHeight}>${line}</tspan>`)}
        </text>`,
      )}
    </g>`;
  }

  /** What a screen reader hears after a point's name: position, quadrant, description, regions, source. */
  private renderDescriptions() {
    const t = this.t;
    return html`<div class="visually-hidden">
      ${this.diagram.items.map((item) => {
        const parts = [
          `${t.axisX} ${this.position(item.x, 'x')}`,
          `${t.axisY} ${this.position(item.y, 'y')}`,
          this.quadrantOf(item),
          item.clamped ? t.clamped : '',
          this.text(item.description).text,
          item.regions?.length ? `${t.regions} : ${this.regionNames(item)}` : '',
          this.sourceText(item) ? `${t.source} : ${this.sourceText(item)}` : '',
        ].filter(Boolean);
        return html`<p id="desc-${cssId(item.id)}">${parts.join('. ')}</p>`;
      })}
    </div>`;
  }

  private renderKey() {
    const items = this.sortedItems();
    return html`<div class="key" part="key">
      <p class="key-title">${this.t.keyTitle}</p>
      <ol>
        ${items.map((item) => {
          const label = this.text(item.label);
          return html`<li class=${item.id === this.selected ? 'is-selected' : ''}><span class="key-number" aria-hidden="true">${formatNumber(items.indexOf(item) + 1, this.locale)}</span> <span lang=${label.lang}>${label.text}</span></li>`;
        })}
      </ol>
    </div>`;
  }

  private renderTooltip() {
    const tip = this.tooltip;
    const item = tip ? this.diagram.items.find((i) => i.id === tip.id) : undefined;
    if (!item) return html`<div class="tooltip" part="tooltip" hidden></div>`;
    const t = this.t;
    const label = this.text(item.label);
    const type = this.text(item.type);
    const description = this.text(item.description);
    const regionNames = this.regionNames(item);
    const source = this.sourceText(item);
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" @pointerleave=${this.onTooltipLeave}>
      <p class="tooltip-title" lang=${label.lang}>${label.text}</p>
      ${type.text ? html`<p class="tooltip-type" lang=${type.lang}>${type.text}</p>` : nothing}
      ${description.text ? html`<p class="tooltip-description" lang=${description.lang}>${description.text}</p>` : nothing}
      ${regionNames ? html`<p class="tooltip-regions"><span>${t.regions}</span> ${regionNames}</p>` : nothing}
      ${source ? html`<p class="tooltip-source"><span>${t.source}</span> ${source}</p>` : nothing}
      ${item.clamped ? html`<p class="tooltip-clamped">${t.clamped}</p>` : nothing}
    </div>`;
  }

  private renderTable() {
    const t = this.t;
    const hasRegions = this.diagram.items.some((i) => i.regions?.length);
    const hasType = this.diagram.items.some((i) => i.type);
    const hasSource = this.diagram.items.some((i) => i.source);
    const hasReason = this.diagram.items.some((i) => i.reason);
    const title = this.text(this.diagram.title).text || t.title;
    return html`<div class="table-wrap">
      <table part="table" class="table">
        <caption>
          ${title}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.columns.item}</th>
            ${hasType ? html`<th scope="col">${t.columns.type}</th>` : nothing}
            <th scope="col">${t.columns.x}</th>
            <th scope="col">${t.columns.y}</th>
            ${hasRegions ? html`<th scope="col">${t.columns.regions}</th>` : nothing}
            ${hasReason ? html`<th scope="col">${t.columns.reason}</th>` : nothing}
            ${hasSource ? html`<th scope="col">${t.columns.source}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${this.sortedItems().map((item) => {
            const label = this.text(item.label);
            const type = this.text(item.type);
            const reason = this.text(item.reason);
            return html`<tr class=${item.id === this.selected ? 'is-selected' : ''} data-id=${item.id}>
              <th scope="row" lang=${label.lang}>${label.text}</th>
              ${hasType ? html`<td lang=${type.lang}>${type.text}</td>` : nothing}
              <td class="num">${this.position(item.x, 'x')}${item.clamped ? ' *' : ''}</td>
              <td class="num">${this.position(item.y, 'y')}${item.clamped ? ' *' : ''}</td>
              ${hasRegions ? html`<td>${this.regionNames(item)}</td>` : nothing}
              ${hasReason ? html`<td lang=${reason.lang}>${reason.text}</td>` : nothing}
              ${hasSource ? html`<td>${this.text(item.source).text}</td>` : nothing}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  /** The types view, once its module has arrived (an empty box until then: `updateComplete` waits for it). */
  private renderTypes() {
    const view = typesView.value;
    if (!view) return html`<div class="types" part="types"></div>`;
    view.useTypesStyles(this);
    return view.renderTypes({
      t: this.t, locale: this.locale, selected: this.selected, programmes: bundled.programmes, text: (v) => this.text(v), select: (id) => this.select(id),
      phase: (n) => interpolate(this.t.phase, { n: formatNumber(n, this.locale) }),
      reportSource: (ref) => interpolate(this.t.reportSource, { ref }),
    });
  }

  protected override firstUpdated(): void {
    if (this.plotEl) this.resizeObserver!.observe(this.plotEl);
  }

  protected override updated(changed: PropertyValues): void {
    // The plot container appears when leaving the types view: observe it (the same node is kept otherwise).
    if (this.plotEl && changed.has('view')) {
      this.resizeObserver!.disconnect();
      this.resizeObserver!.observe(this.plotEl);
    }
    const layout = this.layout;
    if (layout && this.renderRoot) {
      // CSSOM transforms (allowed under a strict CSP) so that moving between planes can transition.
      for (const g of this.renderRoot.querySelectorAll<SVGGElement>('g.point')) {
        const p = layout.points.get(g.dataset.id!);
        if (p) g.style.transform = `translate(${p[0]}px, ${p[1]}px)`;
      }
      // The x-axis end labels, when beside the plot, line up with the horizontal axis.
      const offset = `${Math.round(layout.centre[1] - layout.height / 2)}px`;
      for (const el of this.renderRoot.querySelectorAll<HTMLElement>('.end-x-min, .end-x-max')) el.style.setProperty('--_axis-offset', offset);
    }
    if (this.tooltip && this.tooltipEl && !this.tooltipEl.hidden) this.positionTooltip(this.tooltip.at);
  }

  private positionTooltip([ax, ay]: Point): void {
    const el = this.tooltipEl!;
    const box = this.plotEl.getBoundingClientRect();
    const bounds = {
      left: Math.max(0, -box.left) + 4,
      // Within the plot (and the viewport): a tooltip, which the pointer may move onto, never covers the switches above it.
      top: Math.max(0, -box.top) + 4,
      right: Math.min(Math.max(box.width, 200), window.innerWidth - box.left) - 4,
      bottom: window.innerHeight - box.top - 4,
    };
    const { x, y } = placeTooltip([ax, ay], el.offsetWidth, el.offsetHeight, bounds, 14);
    el.style.transform = `translate(${x}px, ${y}px)`;
  }

  // ---- selection and interaction ---------------------------------------------------------

  private select(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    const item = id ? this.diagram.items.find((i) => i.id === id) ?? BUNDLED_DIAGRAMS.objectives.items.concat(BUNDLED_DIAGRAMS.coordination.items).find((i) => i.id === id) : undefined;
    const name = item ? this.text(item.label).text : (id ?? '');
    this.announcement = id ? interpolate(this.t.selected, { name }) : this.t.cleared;
    const regionsOf = id && !this.customDiagram ? bundled.programmes.find((p) => p.id === id)?.provinceIds ?? [] : (item?.regions ?? []);
    const detail: TypologySelectDetail = { kind: 'programme', id, regions: [...regionsOf] };
    emit(this, 'sino-select', detail);
    this.shareWithGroup({ type: 'select', kind: 'programme', id, regions: [...regionsOf] });
  }

  // ---- linked views ---------------------------------------------------------------------------

  /**
   * Carries out a reaction of the link table (internal/links.ts): sets properties, posts nothing.
   * @internal
   */
  applyLink(reaction: Reaction, message: GroupMessage): void {
    if (reaction === 'highlight-regions') this.highlight = regionsOf(message).join(',');
  }

  private highlightCache: { text: string; regions: Set<string> } = { text: '', regions: new Set() };

  private highlightRegions(): Set<string> {
    if (this.highlightCache.text !== this.highlight) {
      this.highlightCache = { text: this.highlight, regions: new Set(asText(this.highlight).split(',').map((r) => r.trim()).filter(Boolean)) };
    }
    return this.highlightCache.regions;
  }

  /** True when the item has a partner in one of the highlighted regions. */
  private isLinked(item: ValidItem): boolean {
    const regions = this.highlightRegions();
    return regions.size > 0 && (item.regions ?? []).some((r) => regions.has(r));
  }

  private idFrom(e: Event): string | null {
    for (const node of e.composedPath()) {
      if (node === this) break;
      if (node instanceof Element && (node as HTMLElement).dataset?.id && (node.classList.contains('point') || node.classList.contains('label'))) return (node as HTMLElement).dataset.id!;
    }
    return null;
  }

  private anchorOf(id: string): Point {
    return this.layout?.points.get(id) ?? [0, 0];
  }

  private onPointerDown = (e: PointerEvent) => {
    this.lastPointerType = e.pointerType;
  };

  private onPointerOver = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse') return;
    const id = this.idFrom(e);
    if (id && id !== this.dismissedId) this.tooltip = { id, at: this.anchorOf(id) };
  };

  private onPointerOut = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse' || HoverContent.intoTooltip(e)) return;
    const id = this.idFrom(e);
    if (id && id === this.dismissedId) this.dismissedId = null;
    const focused = (this.shadowRoot?.activeElement as HTMLElement | null)?.dataset?.id;
    if (id && this.tooltip?.id === id && focused !== id) this.tooltip = null;
  };

  /** Off the tooltip: it goes, unless the pointer is back on its point or the point has the focus. */
  private onTooltipLeave = (e: PointerEvent) => {
    const focused = (this.shadowRoot?.activeElement as HTMLElement | null)?.dataset?.id;
    const back = e.relatedTarget instanceof Element ? e.relatedTarget.closest<HTMLElement | SVGElement>('[data-id]')?.dataset.id : undefined;
    if (e.pointerType === 'mouse' && this.tooltip && back !== this.tooltip.id && focused !== this.tooltip.id) this.tooltip = null;
  };

  private onClick = (e: MouseEvent) => {
    const id = this.idFrom(e);
    if (this.lastPointerType === 'touch' || this.lastPointerType === 'pen') {
      // Touch has no hover: a first tap shows the tooltip (and selects), a second tap on the same point hides it.
      if (id && this.tooltip?.id === id) {
        this.tooltip = null;
        return;
      }
      this.tooltip = id ? { id, at: this.anchorOf(id) } : null;
    }
    this.lastPointerType = 'mouse';
    if (id) this.select(id);
  };

  private onDocumentPointerDown = (e: PointerEvent) => {
    if (this.tooltip && !e.composedPath().includes(this)) this.tooltip = null;
  };

  private onFocusIn = (e: FocusEvent) => {
    const id = this.idFrom(e);
    if (id) this.tooltip = { id, at: this.anchorOf(id) };
  };

  private onFocusOut = () => {
    this.tooltip = null;
  };

  private onKeyDown = (e: KeyboardEvent) => {
    const id = this.idFrom(e);
    if (!id) return;
    const directions: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
    const direction = directions[e.key];
    if (direction && this.layout) {
      e.preventDefault();
      const next = neighbourInDirection(id, direction, this.layout.points);
      if (next) this.focusPoint(next);
      return;
    }
    switch (e.key) {
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.select(id);
        break;
      case 'Escape':
        if (this.selected || this.tooltip) e.preventDefault();
        this.tooltip = null;
        this.select(null);
        break;
      case 'Home':
      case 'End': {
        e.preventDefault();
        const items = this.sortedItems();
        this.focusPoint(items[e.key === 'Home' ? 0 : items.length - 1].id);
        break;
      }
    }
  };

  private focusPoint(id: string): void {
    this.renderRoot.querySelector<SVGGElement>(`g.point[data-id="${CSS.escape(id)}"]`)?.focus();
  }
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Ids from host data become parts of element ids: keep them to safe characters. */
function cssId(id: string): string {
  return id.replace(/[^\w-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);
}

function describeProblem(p: DiagramProblem, t: TypologyStrings): string {
  const e = t.errors;
  switch (p.reason) {
    case 'not-an-object':
      return e.notAnObject;
    case 'no-axes':
      return e.noAxes;
    case 'no-items':
      return e.noItems;
    case 'bad-axis':
      return interpolate(e.badAxis, { axis: p.axis });
    case 'bad-quadrant':
      return interpolate(e.badQuadrant, { n: p.index + 1 });
    case 'bad-item':
      return interpolate(e.badItem, { n: p.index + 1 });
    case 'no-label':
      return interpolate(e.noLabel, { n: p.index + 1 });
    case 'duplicate-id':
      return interpolate(e.duplicateId, { id: p.id, n: p.index + 1 });
    case 'not-a-number':
      return interpolate(e.notANumber, { item: p.item, axis: p.axis, value: p.value });
    case 'clamped':
      return interpolate(e.clamped, { item: p.item, axis: p.axis, value: String(p.value) });
  }
}
