import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { parks as bundledParks } from '@sinocarte/data/parks';
import { partnerships as bundledPartnerships } from '@sinocarte/data/partnerships';
import { offices as bundledOffices } from '@sinocarte/data/offices';
import { regions } from '@sinocarte/data/regions';
import { sectors } from '@sinocarte/data/sectors';
import { SinoElement, type Problem } from '../internal/sino-element.js';
import { emit, type SelectionKind } from '../internal/events.js';
import { GroupLink, type GroupMessage } from '../internal/group.js';
import { regionsOf, yearsFilter, type Reaction } from '../internal/links.js';
import { formatNumber, interpolate, dataLabel, plural } from '../internal/i18n.js';
import {
  INVALID,
  buildSearchTexts,
  cellText,
  exportCells,
  exportHeader,
  filterYear,
  getPath,
  localized,
  readCell,
  resolveColumns,
  sortNumber,
  sortText,
  sortsAsNumber,
  valueLabel,
  type CellValue,
  type Link,
  type ReadCell,
  type ResolvedColumn,
  type TableColumn,
  type Vocabulary,
} from '../lib/table-columns.js';
import { toCSV, toTSV, type Cell } from '../lib/table-csv.js';
import { filterIndices, formatYears, parseList, parseYears, queryTerms, type RowFilter, type YearRange } from '../lib/table-filter.js';
import { formatSort, numericValues, parseSort, rankText, sortIndices, toggleSort, type SortKey, type SortValues } from '../lib/table-sort.js';
import { buildOffsets, scrollToShow, visibleWindow, type RowWindow } from '../lib/table-window.js';
import { presets, type PresetName } from './park-table.presets.js';
import { tableMessages, type PartMessages } from '../i18n/index.js';
import { styles } from './park-table.styles.js';

export { presets, parkColumns, partnershipColumns, officeColumns, type PresetName } from './park-table.presets.js';
export type { TableColumn, ColumnFormat, ColumnType, LocalizedText } from '../lib/table-columns.js';

type CountKind = PresetName | 'custom';

const PRESET_KIND: Record<PresetName, SelectionKind> = { parks: 'park', partnerships: 'partnership', offices: 'office' };
const BUNDLED: Record<PresetName, readonly unknown[]> = { parks: bundledParks, partnerships: bundledPartnerships, offices: bundledOffices };
const REGION_BY_ID = new Map(regions.map((r) => [r.id, r]));
const SECTOR_BY_ID = new Map(sectors.map((s) => [s.id, s]));
/** Above this many rows only the visible ones are in the DOM. */
const VIRTUAL_THRESHOLD = 200;
const ROW_KINDS: readonly unknown[] = ['park', 'partnership', 'office'];
const CSV_LAYOUTS: readonly unknown[] = ['auto', 'french', 'international'];
/** The selection kinds a table row can be: anything else in `kind` is reported and ignored. */
function isRowKind(value: unknown): value is 'park' | 'partnership' | 'office' {
  return ROW_KINDS.includes(value);
}
/** Narrower than this, the table becomes a list of cards. */
const CARD_BREAKPOINT = 600;
const ESTIMATE = { table: 44, cards: 180 };

/** Rows and columns once validated: every cell read once, in column-major arrays. */
interface Prepared {
  columns: ResolvedColumn[];
  ids: string[];
  /** `cells[c][r]`: the value of column c in row r, null when missing or unusable. */
  cells: (CellValue | null)[][];
}

const isPresetName = (value: string): value is PresetName => value in presets;

/**
 * A sortable, filterable, exportable table of the TORCH hi-tech parks — or, with another preset or your own
 * column definitions, of the partnerships, the offices or any list of records.
 *
 * Columns are data, so the same element shows the parks, the partnerships, the offices or your own records:
 *
 * ```js
 * import { presets } from 'sinocarte/park-table';
 * table.columns = presets.partnerships;   // or the attribute preset="partnerships" with the bundled rows
 * table.rows = partnerships;              // `data` is an alias
 * table.columns = [
 *   { key: 'name', label: { fr: 'Parc', en: 'Park', zh: '园区' }, rowHeader: true },
 *   { key: 'provinceId', label: 'Région', type: 'region' },           // filterable by region="CN-GD"
 *   { key: 'year', label: 'Année', type: 'year' },                    // filterable by years="1988-1991"
 *   { key: 'revenue', label: 'CA (Md ¥)', format: 'revenue' },        // { value, year }: year noted when not 2002
 *   { key: 'sectors', label: 'Secteurs', format: 'sectors' },         // chips; filterable by sector="ict"
 *   { key: 'kind', label: 'Nature', labels: { jumelage: { fr: 'Jumelage', en: 'Twinning' } } },
 * ];
 * ```
 *
 * A column is `{ key, label, type?, format?, sortable?, filterable?, rowHeader?, labels?, referenceYear?, historical? }`:
 * `key` reads a field (dots for nested fields: `chinese.provinceId`); `type` is `text`, `number`, `year`, `date`,
 * `region`, `tags` or `url`; `format` names a formatter (`text`, `number`, `integer`, `year`, `revenue`, `region`,
 * `sectors`, `tags`, `date`, `period`, `url`). The first filterable `region`, `tags` and `year`/`date` columns feed
 * the `region`, `sector` and `years` filters; every column feeds the search. Rows need an `id`.
 *
 * Only the visible rows are in the DOM, so 100,000 rows stay smooth. Below 600 px wide the table becomes a list
 * of cards with the same data, sort and filters. Export: `toCSV()`, `toTSV()`, `downloadCSV()`, `copyTSV()`.
 *
 * @tagname sino-park-table
 * @summary Table of the TORCH parks (or partnerships, offices) with sort, filters, CSV export and cards on phones.
 *
 * With a `group` attribute, the table is a linked view (see docs/linked-views.md): a region selected on a map of
 * the group (or a programme's partner regions) sets the `region` filter, a timeline's period sets `years`, a record
 * of the same kind selected elsewhere is selected here; a row the reader selects, or a region picked in the
 * filter, is passed on to the rest of the group.
 *
 * @fires sino-select - A row was selected or the selection cleared. `detail: { kind: 'park' | 'partnership' | 'office', id: string | null }`.
 * @fires sino-filter - The filters changed (by the reader or the host). `detail: { filters: { query?, region?, sector?, years? }, count }`.
 * @fires sino-error - An input was rejected (bad rows, unknown column, filter value or selection). `detail: { code, message }`.
 *
 * @cssprop --sino-color-background - Background of the table and controls.
 * @cssprop --sino-color-surface - Background of the header, chips, selected row and notes.
 * @cssprop --sino-color-text - Text colour.
 * @cssprop --sino-color-muted - Secondary text colour (missing values, historical marks).
 * @cssprop --sino-color-border - Borders and rules.
 * @cssprop --sino-color-accent - Selected row mark and the note's mark.
 * @cssprop --sino-color-focus - Keyboard focus ring.
 * @cssprop --sino-font-family - Font of every label.
 * @cssprop --sino-font-size - Base font size.
 * @cssprop --sino-radius - Corner radius of controls, chips and cards.
 * @cssprop --sino-space - Base spacing unit.
 * @cssprop --sino-table-max-height - Height of the scrolling area (default min(40rem, 85vh)); the header stays in view.
 * @cssprop --sino-table-row-selected - Background of the selected row (default: the surface colour).
 * @cssprop --sino-table-chip-background - Background of the sector chips.
 * @cssprop --sino-table-chip-color - Text colour of the sector chips.
 *
 * @csspart base - The whole component.
 * @csspart toolbar - The filters and actions above the table.
 * @csspart filters - The search box and filter fields.
 * @csspart actions - The count, export and copy controls.
 * @csspart count - The visible row count (a live region).
 * @csspart scroller - The scrolling area around the table or cards.
 * @csspart table - The table.
 * @csspart header - Each column header cell.
 * @csspart row - Each table row.
 * @csspart cell - Each body cell.
 * @csspart chip - Each sector or theme chip.
 * @csspart link - Each website link.
 * @csspart cards - The list of cards (narrow layout).
 * @csspart card - Each card.
 * @csspart message - The note that lists rejected input.
 */
export class SinoParkTable extends SinoElement {
  static override styles = [SinoElement.baseStyles, styles];

  /**
   * Column preset and default rows: `parks` (default, the 53 TORCH parks), `partnerships` or `offices`
   * (the 2011 evaluation). `columns` and `rows` override it.
   */
  @property({ reflect: true }) preset: string = 'parks';

  /** Column definitions (`{ key, label, type, format, sortable, filterable }`); defaults to the preset's. */
  @property({ attribute: false }) columns: readonly TableColumn[] | null = null;

  /** The records, each with an `id`; defaults to the preset's bundled data. */
  @property({ attribute: false }) rows: readonly unknown[] | null = null;

  /** Alias of `rows`, for hosts that say `data`. */
  get data(): readonly unknown[] | null {
    return this.rows;
  }
  set data(value: readonly unknown[] | null) {
    this.rows = value;
  }

  /** `kind` of `sino-select`; defaults from the preset (`park`, `partnership`, `office`). */
  @property({ reflect: true }) kind = '';

  /** Free-text search, ignoring accents, case and punctuation (`xian` finds Xi'an). */
  @property({ reflect: true }) query = '';

  /** Region filter: one region id (`CN-GD`) or several, comma-separated. */
  @property({ reflect: true }) region = '';

  /** Sector filter (parks: a sector code such as `ict`; partnerships: a theme), or several, comma-separated. */
  @property({ reflect: true }) sector = '';

  /** Year range: `1988-1991`, `1988` (that year), `1990-` (from), `-1991` (until). */
  @property({ reflect: true }) years = '';

  /** Sort keys, comma-separated, `-` for descending: `-year,name`. Empty: the data's order. */
  @property({ reflect: true }) sort = '';

  /** Id of the selected row, or empty. */
  @property({ reflect: true }) selected: string | null = null;

  /** CSV layout: `auto` (French layout when the language is French), `french` (`;`, decimal comma) or `international`. */
  @property({ attribute: 'csv-layout', reflect: true }) csvLayout: 'auto' | 'french' | 'international' = 'auto';

  /** Caption of the table; defaults to the preset's title. */
  @property() caption = '';

  /** Name of the downloaded file, without extension; defaults to `sinocarte-` and the preset. */
  @property() filename = '';

  private link = new GroupLink(this, 'table');

  @state() private narrow = false;
  @state() private window: RowWindow = { start: 0, end: 0, before: 0, after: 0 };
  @state() private activePosition = 0;
  @state() private notice = '';
  @state() private copyFallback: string | null = null;
  @state() private announcement = '';

  @query('.scroller') private scroller?: HTMLDivElement;

  private prepared: Prepared = { columns: [], ids: [], cells: [] };
  private sortCache = new Map<string, SortValues>();
  private haystacks: { lang: string; values: string[][] } | null = null;
  private filtered: Uint32Array = new Uint32Array(0);
  /** Row indices in display order (filtered, then sorted). */
  private view: Uint32Array = new Uint32Array(0);
  private activeFilters: Record<string, string> = {};
  private sortKeys: SortKey[] = [];
  private heights: Float64Array = new Float64Array(0);
  private offsets: Float64Array = new Float64Array(1);
  private estimate = ESTIMATE.table;
  private resizeObserver?: ResizeObserver;
  private frame = 0;
  private layoutFrame = 0;
  /** The row the keyboard moved to: kept in view while row heights are being measured. */
  private keyboardAnchor: number | null = null;
  private pendingFocus = false;
  private pendingFilterEvent = false;
  private selectionFromUser = false;
  private filterProblems: Problem[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const width = entries[entries.length - 1].contentRect.width;
      const narrow = width > 0 && width < CARD_BREAKPOINT;
      // Switching layout in the next frame, not inside the callback: no "ResizeObserver loop" error.
      cancelAnimationFrame(this.layoutFrame);
      if (narrow !== this.narrow) this.layoutFrame = requestAnimationFrame(() => (this.narrow = narrow));
    });
    if (this.hasUpdated) this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.layoutFrame);
  }

  protected override firstUpdated(): void {
    this.resizeObserver!.observe(this);
  }

  private get t(): PartMessages<'table'> {
    return tableMessages[this.locale];
  }

  private get presetName(): PresetName {
    return isPresetName(this.preset) ? this.preset : 'parks';
  }

  /** What the rows are: from the columns given (when they are a preset), else the preset attribute. */
  private get countKind(): CountKind {
    if (this.columns === null) return this.presetName;
    const match = (Object.keys(presets) as PresetName[]).find((name) => presets[name] === this.columns);
    return match ?? (this.rows === null ? this.presetName : 'custom');
  }

  private get selectionKind(): SelectionKind {
    if (isRowKind(this.kind)) return this.kind;
    const kind = this.countKind;
    return kind === 'custom' ? PRESET_KIND[this.presetName] : PRESET_KIND[kind];
  }

  private get vocabulary(): Vocabulary {
    const lang = this.locale;
    return {
      lang,
      regionName: (id) => dataLabel(REGION_BY_ID.get(id)?.name, lang),
      sectorName: (code) => {
        return dataLabel(SECTOR_BY_ID.get(code)?.label, lang);
      },
    };
  }

  private get layout(): 'french' | 'international' {
    if (this.csvLayout === 'french' || this.csvLayout === 'international') return this.csvLayout;
    return this.locale === 'fr' ? 'french' : 'international';
  }

  // ---- inputs -------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    const langChanged = changed.has('lang');
    const dataChanged = changed.has('rows') || changed.has('columns') || changed.has('preset');
    if (dataChanged || langChanged) {
      // Messages are in the reader's language: rebuild them when it changes.
      this.clearProblems('invalid-data', 'invalid-value');
      this.prepared = this.prepare();
      this.sortCache.clear();
      this.haystacks = null;
      this.heights = new Float64Array(this.prepared.ids.length).fill(NaN);
    }
    if (changed.has('kind') || changed.has('csvLayout') || langChanged) {
      this.clearProblems('kind', 'csv-layout');
      if (this.kind && !isRowKind(this.kind)) this.report('invalid-attribute', interpolate(this.t.errors.unknownKind, { value: this.kind }), 'kind');
      if (this.csvLayout && !CSV_LAYOUTS.includes(this.csvLayout)) {
        this.report('invalid-attribute', interpolate(this.t.errors.unknownCsvLayout, { value: this.csvLayout }), 'csv-layout');
      }
    }
    const filtersChanged = ['query', 'region', 'sector', 'years'].some((k) => changed.has(k));
    const sortChanged = changed.has('sort');
    if (dataChanged || langChanged || filtersChanged || sortChanged) {
      // Filter and sort messages share a code: clear both, keep the filter ones when only the sort changed.
      this.clearProblems('invalid-attribute');
      if (dataChanged || langChanged || filtersChanged) {
        const before = this.problems.length;
        this.filtered = this.applyFilters();
        this.filterProblems = this.problems.slice(before);
        if (filtersChanged && (this.hasUpdated || Object.keys(this.activeFilters).length > 0)) this.pendingFilterEvent = true;
      } else if (this.filterProblems.length) {
        this.problems = [...this.problems, ...this.filterProblems];
      }
      this.sortKeys = this.validSortKeys();
      this.view = this.sortView(this.filtered);
      this.activePosition = Math.min(this.activePosition, Math.max(0, this.view.length - 1));
    }
    if (changed.has('narrow')) {
      this.heights.fill(NaN);
      this.estimate = this.narrow ? ESTIMATE.cards : ESTIMATE.table;
    }
    if (dataChanged || langChanged || filtersChanged || sortChanged || changed.has('narrow')) {
      this.offsets = buildOffsets(this.view, this.heights, this.estimate);
      this.window = this.computeWindow();
    }
    if (changed.has('selected') || dataChanged) {
      this.clearProblems('unknown-selection');
      if (this.selected && !this.prepared.ids.includes(this.selected) && this.prepared.ids.length) {
        this.report('unknown-selection', interpolate(this.t.errors.unknownSelection, { value: this.selected }));
      }
    }
  }

  private prepare(): Prepared {
    const t = this.t;
    if (this.preset && !isPresetName(this.preset)) this.report('invalid-value', interpolate(t.errors.unknownPreset, { value: this.preset }));
    const input: unknown = this.rows ?? BUNDLED[this.presetName];
    if (!Array.isArray(input)) {
      this.report('invalid-data', t.errors.notAList);
      const columns = resolveColumns(this.columns ?? presets[this.presetName]).columns;
      return { columns, ids: [], cells: columns.map(() => []) };
    }

    // Rows: objects with an id (a string or a number) are kept; the rest are set aside and counted.
    const kept: Record<string, unknown>[] = [];
    const ids: string[] = [];
    for (const row of input) {
      if (!row || typeof row !== 'object' || Array.isArray(row)) continue;
      const id = (row as { id?: unknown }).id;
      if (typeof id === 'string' ? !id : typeof id !== 'number' || !Number.isFinite(id)) continue;
      kept.push(row as Record<string, unknown>);
      ids.push(String(id));
    }
    const setAside = input.length - kept.length;
    if (setAside > 0) this.report('invalid-data', this.pluralText(t.errors.rowsIgnored, setAside));

    // Columns: malformed ones dropped with a message; a key no row has is hidden with a message.
    const resolved = resolveColumns(this.columns ?? presets[this.presetName]);
    const problems = resolved.problems;
    let columns = resolved.columns;
    for (const problem of problems) {
      if (problem.kind === 'not-a-list' || problem.kind === 'invalid-column') {
        this.report('invalid-value', problem.kind === 'invalid-column' ? interpolate(t.errors.invalidColumn, { n: problem.index + 1 }) : t.errors.noColumns);
      } else if (problem.kind === 'duplicate-key') {
        this.report('invalid-value', interpolate(t.errors.duplicateColumn, { key: problem.key }));
      } else {
        this.report('invalid-value', interpolate(t.errors.unknownFormat, { key: problem.key, format: problem.format }));
      }
    }
    if (kept.length > 0) {
      const present = columns.filter((c) => kept.some((row) => getPath(row, c.path) !== undefined));
      for (const c of columns) if (!present.includes(c)) this.report('invalid-value', interpolate(t.errors.unknownColumn, { key: c.key }));
      columns = present;
    }
    if (columns.length === 0) {
      if (problems.length === 0 || !problems.some((p) => p.kind === 'not-a-list')) this.report('invalid-value', t.errors.noColumns);
      columns = resolveColumns(presets[this.presetName]).columns;
    }

    let invalid = 0;
    const cells = columns.map((column) => {
      const values = new Array<CellValue | null>(kept.length);
      for (let r = 0; r < kept.length; r++) {
        const value: ReadCell = readCell(column, getPath(kept[r], column.path));
        if (value === INVALID) {
          invalid++;
          values[r] = null;
        } else values[r] = value;
      }
      return values;
    });
    if (invalid > 0) this.report('invalid-data', this.pluralText(t.errors.invalidValues, invalid));
    return { columns, ids, cells };
  }

  private columnFor(test: (c: ResolvedColumn) => boolean): number {
    return this.prepared.columns.findIndex((c) => c.filterable && test(c));
  }

  private applyFilters(): Uint32Array {
    const t = this.t;
    const { columns, cells, ids } = this.prepared;
    const filter: RowFilter = {};
    const active: Record<string, string> = {};

    const terms = queryTerms(this.query);
    if (terms.length) {
      filter.terms = terms;
      filter.texts = this.searchTexts();
      active.query = this.query;
    }

    const regionValues = parseList(this.region);
    if (regionValues.length) {
      const c = this.columnFor((col) => col.type === 'region');
      if (c === -1) this.report('invalid-attribute', interpolate(t.errors.noFilterColumn, { filter: `region="${this.region}"` }));
      else {
        const present = new Set(cells[c] as (string | null)[]);
        const known = regionValues.filter((v) => REGION_BY_ID.has(v) || present.has(v));
        for (const v of regionValues) if (!known.includes(v)) this.report('invalid-attribute', interpolate(t.errors.unknownRegion, { value: v }));
        if (known.length) {
          filter.oneOf = { values: cells[c] as (string | null)[], allowed: new Set(known) };
          active.region = known.join(',');
        }
      }
    }

    const sectorValues = parseList(this.sector);
    if (sectorValues.length) {
      const c = this.columnFor((col) => col.type === 'tags');
      if (c === -1) this.report('invalid-attribute', interpolate(t.errors.noFilterColumn, { filter: `sector="${this.sector}"` }));
      else {
        const column = columns[c];
        const known = sectorValues.filter((v) => (column.format === 'sectors' ? SECTOR_BY_ID.has(v) : !!column.labels?.[v]) || this.tagValues(c).has(v));
        for (const v of sectorValues) if (!known.includes(v)) this.report('invalid-attribute', interpolate(t.errors.unknownSector, { value: v }));
        if (known.length) {
          filter.anyOf = { values: cells[c] as (string[] | null)[], allowed: new Set(known) };
          active.sector = known.join(',');
        }
      }
    }

    const range = parseYears(this.years);
    if (range === 'invalid') this.report('invalid-attribute', interpolate(t.errors.invalidYears, { value: this.years }));
    else if (range) {
      const c = this.columnFor((col) => col.type === 'year' || col.type === 'date');
      if (c === -1) this.report('invalid-attribute', interpolate(t.errors.noFilterColumn, { filter: `years="${this.years}"` }));
      else {
        const column = columns[c];
        const values = new Float64Array(ids.length);
        for (let r = 0; r < ids.length; r++) {
          const v = cells[c][r];
          values[r] = v === null ? NaN : filterYear(column, v);
        }
        filter.years = { values, range };
        active.years = formatYears(range);
      }
    }

    this.activeFilters = active;
    return filterIndices(ids.length, filter);
  }

  /** One folded text per row: every cell as shown, plus region names in every language. */
  private searchTexts(): string[][] {
    const lang = this.locale;
    if (this.haystacks?.lang === lang) return this.haystacks.values;
    const { columns, cells, ids } = this.prepared;
    const values = buildSearchTexts(columns, cells, ids.length, this.vocabulary, (column, value) => {
      const region = column.format === 'region' ? REGION_BY_ID.get(value as string) : undefined;
      return region ? [region.name.fr, region.name.en, region.name.zh] : [];
    });
    this.haystacks = { lang, values };
    return values;
  }

  private tagValues(c: number): Set<string> {
    const set = new Set<string>();
    for (const list of this.prepared.cells[c] as (string[] | null)[]) if (list) for (const v of list) set.add(v);
    return set;
  }

  private validSortKeys(): SortKey[] {
    const keys = parseSort(this.sort);
    const valid = keys.filter((k) => this.prepared.columns.some((c) => c.key === k.key && c.sortable));
    for (const k of keys) if (!valid.includes(k)) this.report('invalid-attribute', interpolate(this.t.errors.unknownSort, { key: k.key }));
    return valid;
  }

  /** Sort values of a column, cached per language (region names and labels sort differently in each). */
  private sortValues(c: number): SortValues {
    const column = this.prepared.columns[c];
    const cacheKey = `${column.key}|${this.locale}`;
    let values = this.sortCache.get(cacheKey);
    if (!values) {
      const cells = this.prepared.cells[c];
      if (sortsAsNumber(column)) {
        values = numericValues(cells.map((v) => (v === null ? null : sortNumber(column, v))));
      } else {
        const vocabulary = this.vocabulary;
        const collator = new Intl.Collator(this.locale === 'zh' ? 'zh-u-co-pinyin' : this.locale);
        values = rankText(
          cells.map((v) => (v === null ? null : sortText(column, v, vocabulary))),
          collator,
        );
      }
      this.sortCache.set(cacheKey, values);
    }
    return values;
  }

  private sortView(indices: Uint32Array): Uint32Array {
    const keys = this.sortKeys.map((k) => ({
      values: this.sortValues(this.prepared.columns.findIndex((c) => c.key === k.key)),
      descending: k.descending,
    }));
    return sortIndices(indices, keys);
  }

  private pluralText(forms: { one: string; other: string }, n: number): string {
    return interpolate(forms[plural(n, this.locale) === 'one' ? 'one' : 'other'], { n: formatNumber(n, this.locale) });
  }

  private countText(): string {
    const t = this.t;
    const count = this.pluralText(t.count[this.countKind], this.view.length);
    if (this.view.length === this.prepared.ids.length) return count;
    return interpolate(t.countOf, { count, total: formatNumber(this.prepared.ids.length, this.locale) });
  }

  // ---- public API -------------------------------------------------------------------------------

  /** The rows in view (filtered and sorted), as their ids. */
  get visibleIds(): string[] {
    return Array.from(this.view, (r) => this.prepared.ids[r]);
  }

  /** The current view as CSV text (BOM, CRLF, `;` and decimal comma in the French layout). */
  toCSV(layout: 'french' | 'international' = this.layout): string {
    const { header, rows } = this.exportRows();
    return toCSV(header, rows, { layout });
  }

  /** The current view as tab-separated text, as copied to the clipboard. */
  toTSV(layout: 'french' | 'international' = this.layout): string {
    const { header, rows } = this.exportRows();
    return toTSV(header, rows, { layout });
  }

  /** Downloads the current view as a CSV file (a Blob URL and an `<a download>` click: no inline script needed). */
  downloadCSV(layout: 'french' | 'international' = this.layout): void {
    const blob = new Blob([this.toCSV(layout)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${this.filename || `sinocarte-${this.countKind === 'custom' ? 'table' : this.countKind}`}.csv`;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.notice = this.pluralText(this.t.downloaded, this.view.length);
  }

  /** Copies the current view as TSV; when the browser refuses, shows the text to copy by hand. */
  async copyTSV(): Promise<boolean> {
    const text = this.toTSV();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.copyFallback = null;
      this.notice = this.pluralText(this.t.copied, this.view.length);
      return true;
    } catch {
      this.notice = '';
      this.copyFallback = text;
      await this.updateComplete;
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('.copy-fallback textarea');
      area?.focus();
      area?.select();
      return false;
    }
  }

  private exportRows(): { header: string[]; rows: Generator<Cell[]> } {
    const { columns, cells } = this.prepared;
    const vocabulary = this.vocabulary;
    const header = columns.flatMap((c) => exportHeader(c, vocabulary.lang, this.t.revenueYear));
    const view = this.view;
    function* rows() {
      for (const r of view) yield columns.flatMap((c, ci) => exportCells(c, cells[ci][r], vocabulary));
    }
    return { header, rows: rows() };
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.t;
    const caption = this.caption || t.caption[this.countKind];
    return html`
      <div class="base ${this.narrow ? 'narrow' : 'wide'}" part="base">
        <div class="problems" part="message" role="status">${this.problems.map((p) => html`<p>${p.message}</p>`)}</div>
        ${this.renderToolbar()}
        ${this.copyFallback !== null
          ? html`<div class="copy-fallback">
              <p>${t.copyRefused}</p>
              <textarea readonly rows="4" aria-label=${t.copy} .value=${this.copyFallback}></textarea>
              <button type="button" @click=${() => (this.copyFallback = null)}>${t.close}</button>
            </div>`
          : nothing}
        <div
          class="scroller ${this.isVirtual ? 'virtual' : ''}"
          part="scroller"
          @scroll=${this.onScroll}
          @wheel=${this.releaseAnchor}
          @pointerdown=${this.releaseAnchor}
          @touchstart=${this.releaseAnchor}
        >
          ${this.narrow ? this.renderCards(caption) : this.renderTable(caption)}
        </div>
        ${this.view.length === 0 && this.prepared.ids.length > 0 ? html`<p class="empty">${t.noRows}</p>` : nothing}
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </div>
    `;
  }

  private get isVirtual(): boolean {
    return this.view.length > VIRTUAL_THRESHOLD;
  }

  private renderToolbar() {
    const t = this.t;
    const { columns, cells } = this.prepared;
    const vocabulary = this.vocabulary;
    const regionColumn = this.columnFor((c) => c.type === 'region');
    const tagColumn = this.columnFor((c) => c.type === 'tags');
    const yearColumn = this.columnFor((c) => c.type === 'year' || c.type === 'date');
    const regionOptions =
      regionColumn === -1
        ? []
        : [...new Set(cells[regionColumn] as (string | null)[])]
            .filter((v): v is string => v !== null)
            .map((id) => ({ id, name: vocabulary.regionName(id) ?? id }))
            .sort((a, b) => a.name.localeCompare(b.name, this.locale));
    const tagOptions =
      tagColumn === -1
        ? []
        : [...this.tagValues(tagColumn)].map((id) => ({ id, name: valueLabel(columns[tagColumn], id, vocabulary) })).sort((a, b) => a.name.localeCompare(b.name, this.locale));
    const range = parseYears(this.years);
    const yearRange = range && range !== 'invalid' ? range : null;
    const regionList = parseList(this.region);
    const tagList = parseList(this.sector);
    const hasFilters = !!(this.query || this.region || this.sector || this.years);
    return html`<div class="toolbar" part="toolbar">
      <div class="filters" part="filters">
        <label class="field search"
          ><span class="field-label">${t.search}</span
          ><input type="search" .value=${this.query} placeholder=${t.searchPlaceholder} autocomplete="off" @input=${this.onQuery}
        /></label>
        ${regionColumn === -1
          ? nothing
          : html`<label class="field"
              ><span class="field-label">${localized(columns[regionColumn].label, this.locale)}</span
              ><select @change=${this.onRegionFilter}>
                <option value="" ?selected=${regionList.length === 0}>${t.allRegions}</option>
                ${regionList.length > 1
                  ? html`<option value=${this.region} selected>${interpolate(t.regionsSelected, { n: regionList.length })}</option>`
                  : nothing}
                ${regionOptions.map((o) => html`<option value=${o.id} ?selected=${regionList.length === 1 && regionList[0] === o.id}>${o.name}</option>`)}
              </select></label
            >`}
        ${tagColumn === -1
          ? nothing
          : html`<label class="field"
              ><span class="field-label">${localized(columns[tagColumn].label, this.locale)}</span
              ><select @change=${(e: Event) => this.setFilter('sector', (e.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${tagList.length === 0}>${t.all}</option>
                ${tagList.length > 1 ? html`<option value=${this.sector} selected>${tagList.join(', ')}</option>` : nothing}
                ${tagOptions.map((o) => html`<option value=${o.id} ?selected=${tagList.length === 1 && tagList[0] === o.id}>${o.name}</option>`)}
              </select></label
            >`}
        ${yearColumn === -1
          ? nothing
          : html`<fieldset class="field years">
              <legend class="field-label">${t.years}</legend>
              <input
                type="number"
                inputmode="numeric"
                class="year-from"
                aria-label=${t.yearFrom}
                .value=${yearRange && Number.isFinite(yearRange.from) ? String(yearRange.from) : ''}
                @change=${this.onYears}
              /><span aria-hidden="true">–</span
              ><input
                type="number"
                inputmode="numeric"
                class="year-to"
                aria-label=${t.yearTo}
                .value=${yearRange && Number.isFinite(yearRange.to) ? String(yearRange.to) : ''}
                @change=${this.onYears}
              />
            </fieldset>`}
        ${hasFilters ? html`<button type="button" class="clear" @click=${this.clearFilters}>${t.clearFilters}</button>` : nothing}
        ${this.narrow ? this.renderCardSort() : nothing}
      </div>
      <div class="actions" part="actions">
        <p class="count" part="count" role="status">${this.countText()}</p>
        <span class="action-group">
          <button type="button" class="download" @click=${() => this.downloadCSV()}>${t.download}</button>
          <label class="field inline"
            ><span class="visually-hidden">${t.layout}</span
            ><select class="layout" @change=${(e: Event) => (this.csvLayout = (e.target as HTMLSelectElement).value as 'french' | 'international')}>
              <option value="french" ?selected=${this.layout === 'french'}>${t.layoutFrench}</option>
              <option value="international" ?selected=${this.layout === 'international'}>${t.layoutInternational}</option>
            </select></label
          >
          <button type="button" class="copy" @click=${() => this.copyTSV()}>${t.copy}</button>
        </span>
        <p class="notice" role="status">${this.notice}</p>
      </div>
    </div>`;
  }

  private renderCardSort() {
    const t = this.t;
    const primary = this.sortKeys[0];
    return html`<label class="field"
        ><span class="field-label">${t.sortBy}</span
        ><select class="card-sort" @change=${(e: Event) => this.setSort((e.target as HTMLSelectElement).value ? [{ key: (e.target as HTMLSelectElement).value, descending: primary?.descending ?? false }] : [])}>
          <option value="" ?selected=${!primary}>${t.dataOrder}</option>
          ${this.prepared.columns
            .filter((c) => c.sortable)
            .map((c) => html`<option value=${c.key} ?selected=${primary?.key === c.key}>${localized(c.label, this.locale)}</option>`)}
        </select></label
      >${primary
        ? html`<button type="button" class="card-direction" @click=${() => this.setSort([{ key: primary.key, descending: !primary.descending }, ...this.sortKeys.slice(1)])}>
            <span aria-hidden="true">${primary.descending ? '↓' : '↑'}</span> ${primary.descending ? t.descending : t.ascending}
          </button>`
        : nothing}`;
  }

  private renderTable(caption: string) {
    const t = this.t;
    const { columns } = this.prepared;
    const virtual = this.isVirtual;
    const rows = this.renderedPositions();
    return html`<table part="table" aria-rowcount=${this.view.length + 1}>
      <caption>
        ${caption}<span class="visually-hidden">. ${t.keyboardHelp}</span>
      </caption>
      <colgroup>
        ${columns.map((c) => html`<col class="col-${c.format}" />`)}
      </colgroup>
      <thead>
        <tr aria-rowindex="1">
          ${columns.map((c) => this.renderHeader(c))}
        </tr>
      </thead>
      <tbody @click=${this.onRowClick} @keydown=${this.onRowKeyDown}>
        ${virtual ? html`<tr class="spacer before" aria-hidden="true"><td colspan=${columns.length}></td></tr>` : nothing}
        ${repeat(
          rows,
          (p) => this.view[p],
          (p) => this.renderRow(p),
        )}
        ${virtual ? html`<tr class="spacer after" aria-hidden="true"><td colspan=${columns.length}></td></tr>` : nothing}
      </tbody>
    </table>`;
  }

  private renderHeader(column: ResolvedColumn) {
    const t = this.t;
    const label = localized(column.label, this.locale);
    const index = this.sortKeys.findIndex((k) => k.key === column.key);
    const key = this.sortKeys[index];
    const cls = `type-${column.type} format-${column.format}`;
    if (!column.sortable) return html`<th scope="col" part="header" class=${cls}>${label}</th>`;
    const ariaSort = index === 0 ? (key.descending ? 'descending' : 'ascending') : nothing;
    return html`<th scope="col" part="header" class=${cls} aria-sort=${ariaSort}>
      <button type="button" class="sort" data-key=${column.key} title=${t.sortHint} @click=${this.onSortClick} @keydown=${this.onSortKey}>
        <span class="sort-label">${label}</span
        ><span class="sort-icon ${index === -1 ? 'none' : key.descending ? 'desc' : 'asc'}" aria-hidden="true"></span
        >${index > 0
          ? html`<span class="sort-rank" aria-hidden="true">${index + 1}</span
              ><span class="visually-hidden">, ${interpolate(t.secondarySort, { n: index + 1, direction: key.descending ? t.descending : t.ascending })}</span>`
          : nothing}
      </button>
    </th>`;
  }

  private renderRow(position: number) {
    const { columns, cells, ids } = this.prepared;
    const r = this.view[position];
    const id = ids[r];
    const isSelected = id === this.selected;
    const tabbable = this.tabbablePosition() === position;
    return html`<tr part="row" class=${isSelected ? 'selected' : ''} data-row=${r} data-position=${position} aria-rowindex=${position + 2}>
      ${columns.map((c, ci) =>
        c.rowHeader
          ? html`<th scope="row" part="cell" class="type-${c.type}">${this.renderSelectButton(c, cells[ci][r], id, position, tabbable)}</th>`
          : html`<td part="cell" class="type-${c.type} format-${c.format}">${this.renderCell(c, cells[ci][r], tabbable)}</td>`,
      )}
    </tr>`;
  }

  private renderSelectButton(column: ResolvedColumn, value: CellValue | null, id: string, position: number, tabbable: boolean) {
    return html`<button
      type="button"
      class="row-select"
      data-position=${position}
      aria-pressed=${id === this.selected ? 'true' : 'false'}
      tabindex=${tabbable ? 0 : -1}
      @focus=${() => (this.activePosition = position)}
    >
      ${value === null ? this.renderMissing() : cellText(column, value, this.vocabulary)}
    </button>`;
  }

  private renderMissing() {
    return html`<span class="missing"><span aria-hidden="true">${this.t.missing}</span><span class="visually-hidden">${this.t.missingLong}</span></span>`;
  }

  private renderCell(column: ResolvedColumn, value: CellValue | null, tabbable: boolean): TemplateResult | string {
    if (value === null) return this.renderMissing();
    const vocabulary = this.vocabulary;
    switch (column.format) {
      case 'sectors':
      case 'tags':
        return html`<ul class="chips">
          ${(value as string[]).map((v) => html`<li class="chip" part="chip">${valueLabel(column, v, vocabulary)}</li>`)}
        </ul>`;
      case 'revenue': {
        const year = (value as { year: number | null }).year;
        const main = formatNumber((value as { value: number }).value, this.locale, { maximumFractionDigits: 2 });
        return year !== null && year !== column.referenceYear ? html`${main} <span class="note">(${year})</span>` : main;
      }
      case 'url': {
        const link = value as Link;
        const text = link.href.replace(/^https?:\/\//i, '').replace(/\/$/, '');
        const mark = link.historical
          ? html` <span class="historical" title=${this.t.historicalLong}><span aria-hidden="true">${this.t.historical}</span><span class="visually-hidden"
                >(${this.t.historicalLong})</span
              ></span>`
          : nothing;
        return link.safe
          ? html`<a part="link" href=${link.href} target="_blank" rel="noopener noreferrer" tabindex=${tabbable ? 0 : -1}
                >${text}<span class="visually-hidden"> (${this.t.newTab})</span></a
              >${mark}`
          : html`<span class="not-a-link">${link.href}</span>${mark}`;
      }
      default:
        return cellText(column, value, vocabulary);
    }
  }

  private renderCards(caption: string) {
    const t = this.t;
    const { columns, cells, ids } = this.prepared;
    const header = columns.findIndex((c) => c.rowHeader);
    const renderCard = (p: number) => {
      const r = this.view[p];
      const id = ids[r];
      const tabbable = this.tabbablePosition() === p;
      return html`<li part="card" class="card ${id === this.selected ? 'selected' : ''}" data-row=${r} data-position=${p} aria-setsize=${this.view.length} aria-posinset=${p + 1}>
        <p class="card-title">${this.renderSelectButton(columns[header], cells[header][r], id, p, tabbable)}</p>
        <dl>
          ${columns.map((c, ci) =>
            ci === header
              ? nothing
              : html`<div class="card-field type-${c.type}">
                  <dt>${localized(c.label, this.locale)}</dt>
                  <dd>${this.renderCell(c, cells[ci][r], tabbable)}</dd>
                </div>`,
          )}
        </dl>
      </li>`;
    };
    return html`<p class="cards-caption" id="cards-caption">${caption}<span class="visually-hidden">. ${t.keyboardHelp}</span></p>
      <ul class="cards" part="cards" aria-labelledby="cards-caption" @click=${this.onRowClick} @keydown=${this.onRowKeyDown}>
        ${repeat(
          this.renderedPositions(),
          (p) => this.view[p],
          renderCard,
        )}
      </ul>`;
  }

  private renderedPositions(): number[] {
    const positions: number[] = [];
    for (let p = this.window.start; p < this.window.end; p++) positions.push(p);
    return positions;
  }

  /** The one row reachable with Tab: the active one when rendered, else the first rendered. */
  private tabbablePosition(): number {
    const { start, end } = this.window;
    return this.activePosition >= start && this.activePosition < end ? this.activePosition : start;
  }

  // ---- virtual window ---------------------------------------------------------------------------

  /** Where the rows start inside the scroller, and how much the sticky header hides. */
  private geometry(): { bodyTop: number; header: number; top: number; height: number } {
    const scroller = this.scroller;
    if (!scroller) return { bodyTop: 0, header: 0, top: 0, height: 800 };
    const body = scroller.querySelector<HTMLElement>(this.narrow ? '.cards' : 'tbody');
    const head = this.narrow ? null : scroller.querySelector<HTMLElement>('thead');
    const scrollerBox = scroller.getBoundingClientRect();
    const bodyTop = body ? body.getBoundingClientRect().top - scrollerBox.top + scroller.scrollTop : 0;
    const header = head?.offsetHeight ?? 0;
    const top = scroller.scrollTop + header - bodyTop;
    return { bodyTop, header, top, height: (scroller.clientHeight || 800) - header };
  }

  private computeWindow(): RowWindow {
    const count = this.view.length;
    if (count <= VIRTUAL_THRESHOLD) return { start: 0, end: count, before: 0, after: 0 };
    const { top, height } = this.geometry();
    return visibleWindow(this.offsets, top, height, 10);
  }

  private updateWindow(): void {
    const next = this.computeWindow();
    const current = this.window;
    if (next.start !== current.start || next.end !== current.end) this.window = next;
    else this.applySpacers(next);
  }

  private releaseAnchor = () => {
    this.keyboardAnchor = null;
  };

  private onScroll = () => {
    if (!this.isVirtual) return;
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.updateWindow());
  };

  private applySpacers(window: RowWindow): void {
    const root = this.renderRoot;
    if (this.narrow) {
      const list = root.querySelector<HTMLElement>('.cards');
      if (list) {
        // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
        list.style.paddingTop = `${window.before}px`;
        list.style.paddingBottom = `${window.after}px`;
      }
    } else {
      const before = root.querySelector<HTMLElement>('.spacer.before');
      const after = root.querySelector<HTMLElement>('.spacer.after');
      if (before) before.style.height = `${window.before}px`;
      if (after) after.style.height = `${window.after}px`;
    }
  }

  /** Records the height of the rendered rows; rebuilds offsets when one changed. */
  private measure(): boolean {
    const items = this.renderRoot.querySelectorAll<HTMLElement>(this.narrow ? 'li.card' : 'tbody tr[data-row]');
    let changed = false;
    let total = 0;
    for (const item of items) {
      const r = Number(item.dataset.row);
      const h = item.getBoundingClientRect().height;
      total += h;
      if (Math.abs((this.heights[r] || 0) - h) > 0.5) {
        this.heights[r] = h;
        changed = true;
      }
    }
    if (changed) {
      if (items.length) this.estimate = total / items.length;
      // Scroll anchoring: new heights move every row below the ones that changed, and a new estimate
      // moves the rows rendered now. Keep the first rendered row where the reader sees it, or the
      // window would chase its own estimates (and a row the host selected would slip out of view).
      const anchor = Math.min(this.window.start, this.offsets.length - 1);
      const before = this.offsets[anchor];
      this.offsets = buildOffsets(this.view, this.heights, this.estimate);
      const shift = this.offsets[anchor] - before;
      if (this.scroller && Math.abs(shift) > 0.5) this.scroller.scrollTop += shift;
    }
    return changed;
  }

  protected override updated(changed: PropertyValues): void {
    if ((changed.has('rows') || changed.has('columns') || changed.has('preset') || changed.has('lang')) && this.prepared.ids.length > 5000) {
      // Large data: build the search text while the reader is idle, so that the first keystroke is quick.
      const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
      idle(() => {
        if (this.isConnected) this.searchTexts();
      });
    }
    if (this.isVirtual) {
      // Spacers first, so that measuring and scrolling see the final layout.
      this.applySpacers(this.window);
      const { header } = this.geometry();
      this.scroller!.style.scrollPaddingTop = `${header}px`;
      if (this.measure()) {
        // Corrected in the next frame rather than now: no update scheduled from inside an update.
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => {
          if (this.keyboardAnchor !== null) this.scrollToPosition(this.keyboardAnchor);
          else this.updateWindow();
        });
      }
    } else if (this.scroller) {
      const head = this.narrow ? null : this.scroller.querySelector<HTMLElement>('thead');
      this.scroller.style.scrollPaddingTop = `${head?.offsetHeight ?? 0}px`;
    }
    if (this.pendingFocus) {
      const button = this.renderRoot.querySelector<HTMLButtonElement>(`.row-select[data-position="${this.activePosition}"]`);
      if (button) {
        this.pendingFocus = false;
        button.focus();
      }
    }
    if (changed.has('selected') && !this.selectionFromUser && this.selected) requestAnimationFrame(() => this.revealSelected());
    this.selectionFromUser = false;
    if (this.pendingFilterEvent) {
      this.pendingFilterEvent = false;
      emit(this, 'sino-filter', { filters: { ...this.activeFilters }, count: this.view.length });
    }
  }

  /** Scrolls so that the row at `position` is in view (rendering it first when virtual). */
  private scrollToPosition(position: number): void {
    const scroller = this.scroller;
    if (!scroller) return;
    if (!this.isVirtual) {
      this.renderRoot.querySelector<HTMLElement>(`[data-position="${position}"]`)?.scrollIntoView({ block: 'nearest' });
      return;
    }
    const { bodyTop, header, top, height } = this.geometry();
    const target = scrollToShow(this.offsets, position, top, height);
    if (target !== null) scroller.scrollTop = target + bodyTop - header;
    this.updateWindow();
  }

  private revealSelected(): void {
    const r = this.prepared.ids.indexOf(this.selected!);
    if (r === -1) return;
    const position = this.view.indexOf(r);
    if (position === -1) return;
    this.activePosition = position;
    this.scrollToPosition(position);
  }

  // ---- events ---------------------------------------------------------------------------------

  private setFilter(name: 'query' | 'region' | 'sector' | 'years', value: string): void {
    this[name] = value;
  }

  /** A region picked by the reader is also a selection for the rest of the group. */
  private onRegionFilter = (e: Event) => {
    const value = (e.target as HTMLSelectElement).value;
    this.setFilter('region', value);
    const regions = value.includes(',') ? [] : [value].filter(Boolean);
    this.link.share({ type: 'select', kind: 'province', id: regions[0] ?? null, regions });
  };

  private onQuery = (e: Event) => this.setFilter('query', (e.target as HTMLInputElement).value);

  private onYears = () => {
    const from = this.renderRoot.querySelector<HTMLInputElement>('.year-from')!.value.trim();
    const to = this.renderRoot.querySelector<HTMLInputElement>('.year-to')!.value.trim();
    const range: YearRange | null = from || to ? { from: from ? Number(from) : -Infinity, to: to ? Number(to) : Infinity } : null;
    this.setFilter('years', range && range.from > range.to ? formatYears({ from: range.to, to: range.from }) : formatYears(range));
  };

  private clearFilters = () => {
    this.query = '';
    this.region = '';
    this.sector = '';
    this.years = '';
  };

  private setSort(keys: SortKey[]): void {
    this.sort = formatSort(keys);
  }

  private onSortClick = (e: MouseEvent) => {
    const key = (e.currentTarget as HTMLElement).dataset.key!;
    this.setSort(toggleSort(this.sortKeys, key, e.shiftKey));
  };

  /** Enter and Space are handled here so that Shift is seen (a keyboard click does not always carry it). */
  private onSortKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    if (e.repeat) return;
    const key = (e.currentTarget as HTMLElement).dataset.key!;
    this.setSort(toggleSort(this.sortKeys, key, e.shiftKey));
  };

  private onRowClick = (e: MouseEvent) => {
    const path = e.composedPath() as Element[];
    if (path.some((el) => el instanceof HTMLAnchorElement)) return;
    const item = path.find((el) => el instanceof HTMLElement && el.dataset.row !== undefined) as HTMLElement | undefined;
    if (!item) return;
    const r = Number(item.dataset.row);
    this.activePosition = Number(item.dataset.position);
    const id = this.prepared.ids[r];
    this.select(id === this.selected ? null : id);
  };

  private onRowKeyDown = (e: KeyboardEvent) => {
    const count = this.view.length;
    if (count === 0) return;
    const page = Math.max(1, Math.floor((this.scroller?.clientHeight ?? 400) / this.estimate) - 1);
    const moves: Record<string, number> = {
      ArrowDown: this.activePosition + 1,
      ArrowUp: this.activePosition - 1,
      PageDown: this.activePosition + page,
      PageUp: this.activePosition - page,
      Home: 0,
      End: count - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      const next = Math.max(0, Math.min(count - 1, moves[e.key]));
      this.activePosition = next;
      this.pendingFocus = true;
      this.keyboardAnchor = next;
      this.scrollToPosition(next);
      this.requestUpdate();
    } else if (e.key === 'Escape' && this.selected) {
      e.preventDefault();
      this.select(null);
    }
  };

  private select(id: string | null): void {
    this.selectionFromUser = true;
    this.selected = id;
    const r = id === null ? -1 : this.prepared.ids.indexOf(id);
    const header = this.prepared.columns.findIndex((c) => c.rowHeader);
    const value = r === -1 || header === -1 ? null : this.prepared.cells[header][r];
    this.announcement = id === null ? this.t.cleared : interpolate(this.t.selected, { name: value === null ? id : cellText(this.prepared.columns[header], value, this.vocabulary) });
    const regions = this.regionsOfRow(r);
    emit(this, 'sino-select', { kind: this.selectionKind, id });
    this.link.share({ type: 'select', kind: this.selectionKind, id, regions });
  }

  /** The region of a row, read from the first region column (none when there is no such column). */
  private regionsOfRow(r: number): string[] {
    const c = this.columnFor((col) => col.type === 'region');
    const value = r === -1 || c === -1 ? null : this.prepared.cells[c][r];
    return typeof value === 'string' && value ? [value] : [];
  }

  // ---- linked views ---------------------------------------------------------------------------

  /** Carries out a reaction of the link table (internal/links.ts): sets properties, posts nothing. */
  applyLink(reaction: Reaction, message: GroupMessage): void {
    // Before the first render the columns are not read yet: the filter is then set and checked as usual.
    const has = (type: string[]) => !this.hasUpdated || this.columnFor((c) => type.includes(c.type)) !== -1;
    if (reaction === 'filter-region') {
      if (has(['region'])) this.region = regionsOf(message).join(',');
    } else if (reaction === 'filter-years') {
      if (has(['year', 'date'])) this.years = yearsFilter(message);
    } else if (reaction === 'select-record' && message.type === 'select' && message.kind === this.selectionKind) {
      if (message.id === null || this.prepared.ids.includes(message.id)) this.selected = message.id;
    }
  }
}
