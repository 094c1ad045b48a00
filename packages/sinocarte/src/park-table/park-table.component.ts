import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { parks as bundledParks } from '@sinocarte/data/base/parks';
import { regionNames as regions } from '@sinocarte/data/base/region-names';
import { sectorLabels as sectors } from '@sinocarte/data/base/sector-labels';
import { EditorialFrame, frameStyles } from '../internal/frame.js';
import { saveFile } from '../internal/save-file.js';
import type { TextDataset } from '../internal/data-texts.js';
import { SinoElement, type Problem } from '../internal/sino-element.js';
import { bundledOffices, bundledPartnerships, type OnDemand } from '../internal/on-demand.js';
import { emit, type SelectionKind, type SinoErrorCode } from '../internal/events.js';
import type { GroupMessage } from '../internal/group.js';
import type { Reaction } from '../internal/links.js';
import { regionsOf, yearsFilter } from '../lib/link-values.js';
import { formatNumber, interpolate, dataLabel, plural, type Lang } from '../internal/i18n.js';
import {
  INVALID,
  cellText,
  exportCells,
  exportHeader,
  filterYear,
  isSafeHref,
  localized,
  readCell,
  resolveColumns,
  searchTextSlices,
  sortValueSlices,
  valueLabel,
  type CellValue,
  type ColumnProblem,
  type ColumnType,
  type Link,
  type ResolvedColumn,
  type TableColumn,
  type Vocabulary,
} from '../lib/table-columns.js';
import { ownValue, readColumn, readField, readList, readPath, UNREADABLE } from '../lib/read.js';
import { csvParts, toCSV, toTSV, type Cell } from '../lib/table-csv.js';
import { isLocalizable, langIfOther, pickText, withChineseOf, type Localizable } from '../lib/localized-text.js';
import { asText } from '../lib/text.js';
import { filterIndices, filterSlices, formatYears, parseList, parseYears, queryTerms, type RowFilter } from '../lib/table-filter.js';
import { finish, sliceClock } from '../lib/slices.js';
import { formatSort, parseSort, sharedCollator, sortIndices, toggleSort, type SortKey, type SortValues } from '../lib/table-sort.js';
import { buildOffsets, scrollToShow, visibleWindow, type RowWindow } from '../lib/table-window.js';
import { hasLongWord, widestRows } from '../lib/table-fit.js';
import { summarizeTable } from '../lib/summary-table.js';
import { presets, type PresetName } from './park-table.presets.js';
import { tableMessages } from '../i18n/table.js';
import { commonMessages } from '../i18n/common.js';
import type { PartMessages } from '../i18n/messages.js';
import { styles } from './park-table.styles.js';

export { presets, parkColumns, partnershipColumns, officeColumns, type PresetName } from './park-table.presets.js';
export type { TableColumn, ColumnFormat, ColumnType, LocalizedText } from '../lib/table-columns.js';
/** The `kind` a table's `sino-select` carries. */
export type TableSelectionKind = 'park' | 'partnership' | 'office';
/** How `toCSV` and the download write numbers and separate cells: `auto` follows the language. */
export type CsvLayout = 'auto' | 'french' | 'international';

type CountKind = PresetName | 'custom';
type Errors = PartMessages<'table'>['errors'];
type FilterName = 'region' | 'sector' | 'years';

const PRESET_KIND: Record<PresetName, SelectionKind> = { parks: 'park', partnerships: 'partnership', offices: 'office' };
/** The presets' default rows: the parks come with the table; the partnerships and offices are downloaded when a table shows them. */
const BUNDLED: Record<PresetName, readonly unknown[] | OnDemand<readonly unknown[]>> = { parks: bundledParks, partnerships: bundledPartnerships, offices: bundledOffices };
const REGION_BY_ID = new Map(regions.map((r) => [r.id, r]));
const SECTOR_BY_ID = new Map(sectors.map((s) => [s.id, s]));
/**
 * Above this many rows only the visible ones are in the DOM: a table from 65 rows (laying out 114 rows of 8 cells
 * and chips took 115 ms, about a millisecond a row, when a screen shows some 15), cards from 201 (below that,
 * a phone shows five cards and a "show more" button).
 */
const VIRTUAL_THRESHOLD = { table: 64, cards: 200 };
/** Milliseconds of search-text building per idle callback. */
const IDLE_SLICE_MS = 12;
/** From this many rows, a search, filter or sort whose work is not ready is done over short tasks (see #startJob). */
const LARGE = 10_000;
/** Milliseconds of such work per task (a task over 50 ms is a long task, which holds back a click). */
const JOB_SLICE_MS = 30;
/**
 * From LARGE rows shown in the data's order, the first render reads this many rows (the first screen and more)
 * and the rest after the first frame, PREPARE_SLICE rows at a time (see #prepare): reading 1,000,000 rows before
 * the first frame was one task of about 4 s.
 */
const FIRST_SCREEN = 256;
const PREPARE_SLICE = 4096;
/** Runs `fn` in a task of its own, at once (a timer would wait 4 ms once nested). */
function postTask(fn: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
}
const CSV_LAYOUTS: readonly unknown[] = ['auto', 'french', 'international'];
/** The selection kinds a table row can be (those of the presets): anything else in `kind` is reported and ignored. */
function isRowKind(value: unknown): value is 'park' | 'partnership' | 'office' {
  return Object.values(PRESET_KIND).includes(value as SelectionKind);
}
/** Narrower than this, the table becomes a list of cards. */
const CARD_BREAKPOINT = 600;
/** Cards shown at first on a phone, and added by each "show more" (a card is 300 to 450 px tall; all 53, 21,000 px). */
const CARD_PAGE = 5;
const ESTIMATE = { table: 44, cards: 180 };
/** The column types each filter reads: the first filterable column of one of these types feeds it. */
const FILTER_TYPES: Record<FilterName, readonly ColumnType[]> = { region: ['region'], sector: ['tags'], years: ['year', 'date'] };
/** The message that explains each problem `resolveColumns` finds. */
const COLUMN_PROBLEMS: Record<ColumnProblem['kind'], keyof Errors> = {
  'not-a-list': 'noColumns',
  'invalid-column': 'invalidColumn',
  'duplicate-key': 'duplicateColumn',
  'unknown-format': 'unknownFormat',
};

/** Rows and columns once validated: every cell read once, in column-major arrays. */
interface Prepared {
  columns: ResolvedColumn[];
  ids: string[];
  /** The rows themselves (for the source line: the documents they cite). */
  rows: readonly unknown[];
  /** `cells[c][r]`: the value of column c in row r, null when missing or unusable. */
  cells: (CellValue | null)[][];
  /** False while the rows past the first screen are being read (see #prepare). */
  complete: boolean;
}

/** What reading the cells found wrong, counted over every slice of rows. */
interface CellCounts {
  invalid: number;
  unreadable: number;
  /** Per column, the texts joined with their Chinese form (see withChineseOf), up to CHINESE_MEMO distinct pairs. */
  chinese: Map<string, Localizable>[];
}
/** A column with more distinct names than this (a million parks) makes one object per row rather than a cache. */
const CHINESE_MEMO = 4096;

/** A host's record with an id (a non-empty string or a finite number), or undefined. */
function idOf(row: unknown): string | undefined {
  const id = row && typeof row === 'object' && !Array.isArray(row) ? readField(row, 'id') : undefined;
  return (typeof id === 'string' ? id !== '' : Number.isFinite(id)) ? String(id) : undefined;
}

/** Appends the rows of input[from, to) that have an id to `ids` and `kept`. */
function keepRows(input: readonly unknown[], from: number, to: number, ids: string[], kept: Record<string, unknown>[]): void {
  for (let i = from; i < to; i++) {
    const id = idOf(input[i]);
    if (id !== undefined) {
      ids.push(id);
      kept.push(input[i] as Record<string, unknown>);
    }
  }
}

/** Reads the cells of rows[from…] into `cells` (one array per column), counting what is invalid or unreadable. */
function readCells(columns: readonly ResolvedColumn[], rows: readonly Record<string, unknown>[], from: number, cells: (CellValue | null)[][], counts: CellCounts): void {
  const slice = from === 0 ? rows : rows.slice(from);
  // Each row's Chinese names, read once for all its columns.
  const zh = slice.map((row) => readField(row, 'zh'));
  columns.forEach((column, c) => {
    const out = cells[c];
    const raws = readColumn(slice, column.path);
    const memo = (counts.chinese[c] ??= new Map());
    const cache = memo.size < CHINESE_MEMO ? memo : undefined;
    for (let i = 0; i < raws.length; i++) {
      const raw = raws[i];
      if (raw === UNREADABLE) {
        counts.unreadable++;
        out.push(null);
        continue;
      }
      const value = readCell(column, withChineseOf(zh[i], column.key, raw, cache));
      if (value === INVALID) counts.invalid++;
      out.push(value === INVALID ? null : value);
    }
  });
}

const isPresetName = (value: unknown): value is PresetName => typeof value === 'string' && Object.hasOwn(presets, value);

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
 * Only the visible rows are in the DOM, so 100,000 rows stay smooth. From 10,000 rows shown in the data's order,
 * the first screen is drawn first and the other rows are read after it, over short tasks (the scroller is
 * `aria-busy` until then, and a filter or sort asked meanwhile waits for them); `updateComplete` waits for them.
 * Below 600 px wide the table becomes a list of cards with the same data, sort and filters. Export: `toCSV()`, `toTSV()`, `downloadCSV()`, `copyTSV()`.
 *
 * With `share`, the view (preset, search, region, sector, years, sort, selection) is kept in the page's URL hash (keys `sino-<id or tag>-…`), so that a link
 * reopens it; the fullscreen button under the view (or `Escape`) enters and leaves full screen.
 *
 * Columns fit their content, at any width and however many rows: each column is at least as wide as its longest
 * word, so no word is cut across two lines (only web addresses and runs of more than 30 characters wrap anywhere).
 * When the words alone are wider than the table's box, the table scrolls sideways and a shade with an arrow at
 * the edge (part `scroll-cue`) shows that more columns lie beyond.
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
 * @cssprop --sino-table-max-height - Height of the scrolling area (default min(640px, 85vh)); the header stays in view.
 * @cssprop --sino-table-row-selected - Background of the selected row (default: the surface colour).
 * @cssprop --sino-table-chip-background - Background of the sector chips.
 * @cssprop --sino-table-chip-color - Text colour of the sector chips.
 * @cssprop --sino-tooltip-background - Background of the tooltip (default: the surface colour).
 * @cssprop --sino-tooltip-color - Text colour of the tooltip (default: the text colour).
 *
 * @csspart base - The whole component.
 * @csspart toolbar - The filters and actions above the table.
 * @csspart filters - The search box and filter fields.
 * @csspart actions - The count, export and copy controls.
 * @csspart count - The visible row count (a live region).
 * @csspart scroller - The scrolling area around the table or cards.
 * @csspart scroll-cue - The shade at an edge of the table with more columns beyond it (when even its words are wider than its box).
 * @csspart table - The table.
 * @csspart header - Each column header cell.
 * @csspart row - Each table row.
 * @csspart cell - Each body cell.
 * @csspart chip - Each sector or theme chip.
 * @csspart link - Each website link.
 * @csspart cards - The list of cards (narrow layout).
 * @csspart card - Each card.
 * @csspart show-more - The button under the cards that shows more of them (phones).
 * @csspart message - The note that lists rejected input.
 * @csspart fullscreen-button - The fullscreen button under the view (`Escape` leaves full screen too).
 */
export class SinoParkTable extends SinoElement {
  /** The regions', sectors' and parks' texts (the other presets' records come on demand, with theirs). @internal */
  static override texts: readonly TextDataset[] = ['regions', 'sectors', 'parks'];

  /** What `share` keeps in the URL hash. */
  static override shared = ['preset', 'query', 'region', 'sector', 'years', 'sort', 'selected'] as const;

  static override styles = [SinoElement.baseStyles, frameStyles, styles];

  /**
   * Column preset and default rows: `parks` (default, the 53 TORCH parks), `partnerships` or `offices`
   * (the 2011 evaluation). `columns` and `rows` override it.
   */
  @property({ reflect: true }) preset: PresetName = 'parks';

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
  @property({ reflect: true }) kind: TableSelectionKind | '' = '';

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
  @property({ attribute: 'csv-layout', reflect: true }) csvLayout: CsvLayout = 'auto';

  /** Caption of the table; defaults to the preset's title. */
  @property() caption = '';

  /** Name of the downloaded file, without extension; defaults to `sinocarte-` and the preset. */
  @property() filename = '';

  /** Its place in the link table of linked views (internal/links.ts). */
  static override linkAs = 'table' as const;

  @state() private narrow = false;
  /**
   * An article column lays the table out by its content, each column as wide as its longest word (no
   * "Créati/on"). When even that is wider than the column (long words, a narrow column, an unbroken string),
   * the table is squeezed back into fixed widths where words may break anywhere: every column stays in view.
   */
  @state() private squeezed = false;
  @state() private window: RowWindow = { start: 0, end: 0, before: 0, after: 0 };
  /** How many cards a phone shows (below the virtual threshold; above it the cards scroll in their box). */
  @state() private cardLimit = CARD_PAGE;
  @state() private activePosition = 0;
  @state() private notice = '';
  /** A CSV download is being written (its Cancel button shows). */
  @state() private exporting = false;
  @state() private copyFallback: string | null = null;
  @state() private announcement = '';
  /** A big table is finding rows or sorting them over several tasks (aria-busy on the scroller). */
  @state() private busy = false;

  #editorial = new EditorialFrame(this);
  #prepared: Prepared = { columns: [], ids: [], rows: [], cells: [], complete: true };
  /** The rows past the first screen being read, a slice at a time (see #prepare), or undefined. */
  #rest?: Generator<void, void, void>;
  /** The rest of the rows has just been read: the next update finds and orders the rows again. */
  #restDone = false;
  /** The rows in view, for the source line (rebuilt with the view, not on every scroll). */
  #shownRows: readonly unknown[] = [];
  /** Sort values per column and search texts, each per language, of the rows now prepared. */
  #cache = new Map<string, SortValues | string[][] | number[][] | Set<string>>();
  /** The search text being built in idle time, slice by slice (dropped whenever the rows or the language change). */
  #searchJob?: Generator<void, string[][], void>;
  #filtered: Uint32Array = new Uint32Array(0);
  /** Row indices in display order (filtered, then sorted). */
  #view: Uint32Array = new Uint32Array(0);
  #activeFilters: Record<string, string> = {};
  #sortKeys: SortKey[] = [];
  #heights: Float64Array = new Float64Array(0);
  #offsets: Float64Array = new Float64Array(1);
  #estimate = ESTIMATE.table;
  #resizeObserver?: ResizeObserver;
  /**
   * Keeps the scroller's scroll padding at the sticky header's height, read after layout: reading it in
   * `updated()` forced a layout of the whole page at every update (240 ms on the atlas at 4× throttling).
   */
  #headObserver = new ResizeObserver(([entry]) => {
    const scroller = this.#scroller;
    if (scroller) scroller.style.scrollPaddingTop = `${entry.borderBoxSize[0].blockSize}px`;
  });
  #observedHead: HTMLElement | null = null;
  /**
   * Squeezes the table in the next frame when its content-sized layout is wider than its box; once squeezed,
   * shows the scroll cues if the words alone are still wider.
   */
  #tableObserver = new ResizeObserver(([entry]) => {
    const scroller = this.#scroller;
    if (!scroller) return;
    if (this.squeezed || entry.borderBoxSize[0].inlineSize <= scroller.clientWidth + 1) return this.#updateScrollCues();
    cancelAnimationFrame(this.#squeezeFrame);
    this.#squeezeFrame = requestAnimationFrame(() => (this.squeezed = true));
  });
  /**
   * Marks the scroller's box with the edges that have more columns beyond them (`data-more-start`,
   * `data-more-end`): attributes set by hand, not rendered, so that a sideways scroll redraws nothing.
   */
  #updateScrollCues(): void {
    const scroller = this.#scroller;
    const box = scroller?.parentElement;
    if (!scroller || !box) return;
    const hidden = scroller.scrollWidth - scroller.clientWidth;
    const left = Math.abs(scroller.scrollLeft);
    box.toggleAttribute('data-more-start', hidden > 1 && left > 1);
    box.toggleAttribute('data-more-end', hidden > 1 && left < hidden - 1);
  }
  #observedTable: HTMLElement | null = null;
  #squeezeFrame = 0;
  #width = -1;
  #frame = 0;
  #layoutFrame = 0;
  /**
   * The first drawing of a long (virtual) table is its first screen alone: the rows in view without the ones
   * around them, the region and sector menus in the data's order (sorting them made the page's first collator,
   * 10-50 ms), no layout read. A task right after the first frame completes it (see #afterFirstFrame);
   * `updateComplete` waits for that.
   */
  #firstScreen: Promise<void> | null = null;
  #firstScreenDone = false;
  /** The row the keyboard moved to: kept in view while row heights are being measured. */
  #keyboardAnchor: number | null = null;
  #pendingFocus = false;
  #pendingFilterEvent = false;
  #selectionFromUser = false;
  #filterProblems: Problem[] = [];
  /** Work of a big table under way over short tasks (see #startJob), or null. */
  #job: { done: Promise<void>; resolve: () => void } | null = null;
  /** A job has finished: the next update applies what it found. */
  #jobReady = false;
  /** The rows the last job found (null when it only built sort values). */
  #jobFiltered: Uint32Array | null = null;
  /** A filter set and not yet applied (its rows being found by a job). */
  #pendingFilter: RowFilter | null = null;
  /** Sort values being built in slices, per column and language. */
  #sortJobs = new Map<string, Generator<void, SortValues, void>>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver ??= new ResizeObserver((entries) => {
      const width = entries[entries.length - 1].contentRect.width;
      const narrow = width > 0 && width < CARD_BREAKPOINT;
      // A new width may fit the content-sized layout again.
      const unsqueeze = width !== this.#width && this.squeezed;
      this.#width = width;
      // Switching layout in the next frame, not inside the callback: no "ResizeObserver loop" error.
      cancelAnimationFrame(this.#layoutFrame);
      // A virtual table holds its columns' widths: a new width measures them again.
      if (narrow !== this.narrow || unsqueeze || (this.#heldKey && this.#heldKey !== this.#holdKey(width)))
        this.#layoutFrame = requestAnimationFrame(() => {
          this.narrow = narrow;
          this.squeezed = false;
          this.requestUpdate();
        });
    });
    if (this.hasUpdated) this.#resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#headObserver.disconnect();
    this.#observedHead = null;
    this.#tableObserver.disconnect();
    this.#observedTable = null;
    cancelAnimationFrame(this.#squeezeFrame);
    cancelAnimationFrame(this.#frame);
    cancelAnimationFrame(this.#layoutFrame);
    this.#cancelIdle();
  }

  /** The language during an update, read once: `locale` walks up the DOM, and a render reads it for every cell. */
  #updateLocale: Lang | null = null;

  override get locale(): Lang {
    return this.#updateLocale ?? super.locale;
  }

  protected override performUpdate(): void {
    this.#updateLocale = super.locale;
    try {
      super.performUpdate();
    } finally {
      this.#updateLocale = null;
    }
  }

  protected override firstUpdated(): void {
    this.#resizeObserver!.observe(this);
  }

  get #t(): PartMessages<'table'> {
    return tableMessages[this.locale];
  }

  #preparedVersion = -1;

  get #presetName(): PresetName {
    return isPresetName(this.preset) ? this.preset : 'parks';
  }

  /** What the rows are: from the columns given (when they are a preset), else the preset attribute. */
  get #countKind(): CountKind {
    const match = (Object.keys(presets) as PresetName[]).find((name) => presets[name] === this.columns);
    return match ?? (this.columns === null || this.rows === null ? this.#presetName : 'custom');
  }

  get #selectionKind(): SelectionKind {
    if (isRowKind(this.kind)) return this.kind;
    const kind = this.#countKind;
    return PRESET_KIND[kind === 'custom' ? this.#presetName : kind];
  }

  get #vocabulary(): Vocabulary {
    const lang = this.locale;
    return {
      lang,
      regionName: (id) => dataLabel(REGION_BY_ID.get(id)?.name, lang),
      sectorName: (code) => dataLabel(SECTOR_BY_ID.get(code)?.label, lang),
    };
  }

  get #layout(): 'french' | 'international' {
    if (this.csvLayout === 'french' || this.csvLayout === 'international') return this.csvLayout;
    return this.locale === 'fr' ? 'french' : 'international';
  }

  get #scroller(): HTMLDivElement | null {
    return this.renderRoot?.querySelector<HTMLDivElement>('.scroller') ?? null;
  }

  /** Reports a problem with one of the table's messages (a plural one counts `values.n`). */
  #fail(code: SinoErrorCode, message: keyof Errors, values: Record<string, unknown> = {}, key?: string): void {
    const text = this.#t.errors[message];
    this.report(code, typeof text === 'string' ? interpolate(text, values) : this.#plural(text, values.n as number), key);
  }

  /** A value computed once per language for the rows now prepared. */
  #cached<T extends SortValues | string[][] | number[][] | Set<string>>(key: string, make: () => T): T {
    key = this.#key(key);
    let value = this.#cache.get(key) as T | undefined;
    if (!value) this.#cache.set(key, (value = make()));
    return value;
  }

  // ---- inputs -------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues): void {
    const has = (...keys: string[]) => keys.some((k) => changed.has(k));
    const dataChanged = has('rows', 'columns', 'preset') || this.onDemand.version !== this.#preparedVersion;
    const filtersChanged = has('query', 'region', 'sector', 'years');
    // Messages are in the reader's language: rebuild them when it changes.
    const rebuild = dataChanged || has('lang');
    // A job that built what a change needed in slices (see #startJob) asks for this update to apply it.
    const jobReady = this.#jobReady;
    this.#jobReady = false;
    // The rest of a big table's rows has been read (see #readRest): its rows are found and ordered again.
    const restDone = this.#restDone;
    this.#restDone = false;
    let reorder = rebuild || filtersChanged || has('sort') || jobReady || restDone;
    // New content may fit the content-sized layout again (a long caption set, then cleared).
    if (rebuild || has('caption')) {
      cancelAnimationFrame(this.#squeezeFrame);
      this.squeezed = false;
    }
    if (rebuild) {
      this.clearProblems('invalid-data', 'invalid-value');
      this.#rest = undefined;
      this.#prepared = this.#prepare();
      this.#cache.clear();
      this.#searchJob = undefined;
      this.#sortJobs.clear();
      this.#cancelJob();
      this.#heights = new Float64Array(this.#prepared.ids.length).fill(NaN);
    }
    if (has('kind', 'csvLayout', 'lang')) {
      this.clearProblems('kind', 'csv-layout');
      if (this.kind && !isRowKind(this.kind)) this.#fail('invalid-attribute', 'unknownKind', { value: this.kind }, 'kind');
      if (this.csvLayout && !CSV_LAYOUTS.includes(this.csvLayout)) this.#fail('invalid-attribute', 'unknownCsvLayout', { value: this.csvLayout }, 'csv-layout');
    }
    if (reorder && !rebuild && !this.#prepared.complete) {
      // A filter or a sort asked for while the rows past the first screen are read: the view shown stays, busy,
      // until they are all read (the job below reads them); the update that follows applies what was asked.
      if (filtersChanged) this.#pendingFilterEvent = true;
      if (!this.#job) this.#startJob(null, []);
      reorder = false;
    }
    if (reorder) {
      // Filter and sort messages share a code: clear both, keep the filter ones when only the sort changed.
      this.clearProblems('invalid-attribute');
      if (rebuild || filtersChanged || restDone) {
        const before = this.problems.length;
        this.#pendingFilter = this.#filterSpec();
        this.#filterProblems = this.problems.slice(before);
        if (filtersChanged && (this.hasUpdated || Object.keys(this.#activeFilters).length > 0)) this.#pendingFilterEvent = true;
      } else if (this.#filterProblems.length) {
        this.problems = [...this.problems, ...this.#filterProblems];
      }
      const { columns, ids } = this.#prepared;
      // Keys of sortable columns are kept, the others reported.
      this.#sortKeys = parseSort(this.sort).filter(
        (k) => columns.some((c) => c.key === k.key && c.sortable) || this.#fail('invalid-attribute', 'unknownSort', { key: k.key }),
      );
      const sortColumns = this.#sortKeys.map((k) => columns.findIndex((c) => c.key === k.key));
      let refiltered = false;
      if (jobReady && this.#jobFiltered) {
        this.#filtered = this.#jobFiltered;
        refiltered = true;
      }
      this.#jobFiltered = null;
      const filter = this.#pendingFilter;
      const missing = (filter?.terms && !this.#cache.has(this.#key('search'))) || sortColumns.some((c) => !this.#cache.has(this.#key(String(c))));
      if (!rebuild && ids.length >= LARGE && (filter || missing)) {
        // A big table finds the rows and builds what the sort needs over short tasks; the view shown stays until then.
        this.#startJob(filter, sortColumns);
      } else {
        if (filter) {
          if (filter.terms) filter.texts = this.#searchTexts();
          this.#filtered = filterIndices(ids.length, filter);
          this.#pendingFilter = null;
          refiltered = true;
        }
        this.#view = sortIndices(
          this.#filtered,
          sortColumns.map((c, k) => ({ values: this.#sortValues(c), descending: this.#sortKeys[k].descending })),
        );
        this.activePosition = Math.min(this.activePosition, Math.max(0, this.#view.length - 1));
        if (refiltered) {
          // The source line cites the documents of the rows shown, whatever their order.
          this.#shownRows = Array.from(this.#filtered, (r) => this.#prepared.rows[r]);
          // Other rows: the first cards again.
          this.cardLimit = CARD_PAGE;
        }
      }
    }
    // The rows past the first screen are read after the first frame, over short tasks (busy until then).
    if (rebuild && !this.#prepared.complete) this.#startJob(null, []);
    if (changed.has('narrow')) {
      this.#heights.fill(NaN);
      this.#estimate = this.narrow ? ESTIMATE.cards : ESTIMATE.table;
    }
    // The card the keyboard or a selection moves to is always shown, with the cards before it.
    const limit = Math.max(this.cardLimit, Math.ceil((this.activePosition + 1) / CARD_PAGE) * CARD_PAGE);
    const limitChanged = limit !== this.cardLimit || changed.has('cardLimit');
    this.cardLimit = limit;
    if (reorder || changed.has('narrow') || limitChanged) {
      this.#offsets = buildOffsets(this.#view, this.#heights, this.#estimate);
      this.window = this.#computeWindow();
    }
    // A first drawing of every row (a short table) has nothing to leave for later.
    if (!this.#firstScreen && !this.#isVirtual) this.#firstScreenDone = true;
    if (dataChanged || changed.has('selected') || restDone) {
      this.clearProblems('unknown-selection');
      const { ids, complete } = this.#prepared;
      if (complete && this.selected && !ids.includes(this.selected) && ids.length) this.#fail('unknown-selection', 'unknownSelection', { value: this.selected });
    }
  }

  #prepare(): Prepared {
    if (this.preset && !isPresetName(this.preset)) this.#fail('invalid-value', 'unknownPreset', { value: this.preset });
    const preset = presets[this.#presetName];
    this.#preparedVersion = this.onDemand.version;
    const bundled = BUNDLED[this.#presetName];
    // Until the preset's rows arrive the table is empty (and busy); it is prepared again when they do.
    // A host's list is read through readList: a Proxy or a getter that throws costs a row, not the table.
    const input = readList(this.rows ?? (Array.isArray(bundled) ? bundled : (this.onDemand.get(bundled as OnDemand<readonly unknown[]>) ?? [])));
    if (input === null || input === UNREADABLE) {
      this.#fail('invalid-data', 'notAList');
      const columns = resolveColumns(this.columns ?? preset).columns;
      return { columns, ids: [], rows: [], cells: columns.map(() => []), complete: true };
    }
    // A big table shown in the data's order reads the rows of its first screen now and the rest after the first
    // frame (see #readRest); a filter, a sort or a selection needs every row first.
    const sliced = input.length >= LARGE && !this.query && !this.region && !this.sector && !this.years && !this.sort && !this.selected;
    const first = sliced ? FIRST_SCREEN : input.length;

    // Rows: objects with an id (a string or a number) are kept; the rest are set aside and counted.
    const ids: string[] = [];
    const kept: Record<string, unknown>[] = [];
    keepRows(input, 0, first, ids, kept);
    if (!sliced && input.length > kept.length) this.#fail('invalid-data', 'rowsIgnored', { n: input.length - kept.length });

    // Columns: malformed ones dropped with a message; a key no row has is hidden with a message.
    const resolved = resolveColumns(this.columns ?? preset);
    const problems = resolved.problems;
    for (const problem of problems) {
      this.#fail('invalid-value', COLUMN_PROBLEMS[problem.kind], { ...problem, n: 'index' in problem ? problem.index + 1 : 0 });
    }
    // A column that none of the first rows has is looked for in the rest (kept rows only, as for the first ones).
    const has = (c: ResolvedColumn) =>
      kept.some((row) => readPath(row, c.path) !== undefined) ||
      (sliced && input.slice(first).some((row) => idOf(row) !== undefined && readPath(row, c.path) !== undefined));
    let columns = kept.length || sliced ? resolved.columns.filter((c) => has(c) || this.#fail('invalid-value', 'unknownColumn', { key: c.key })) : resolved.columns;
    if (columns.length === 0) {
      if (!problems.some((p) => p.kind === 'not-a-list')) this.#fail('invalid-value', 'noColumns');
      columns = resolveColumns(preset).columns;
    }

    const counts: CellCounts = { invalid: 0, unreadable: 0, chinese: [] };
    const prepared: Prepared = { columns, ids, rows: kept, cells: columns.map(() => []), complete: !sliced };
    readCells(columns, kept, 0, prepared.cells, counts);
    if (sliced) this.#rest = this.#readRest(prepared, kept, input, counts);
    else this.#reportCells(counts);
    return prepared;
  }

  /** The rows of a big table past its first screen, read a slice at a time (after the first frame), then its problems reported. */
  *#readRest(prepared: Prepared, kept: Record<string, unknown>[], input: readonly unknown[], counts: CellCounts): Generator<void, void, void> {
    for (let start = FIRST_SCREEN; start < input.length; start += PREPARE_SLICE) {
      yield;
      const from = kept.length;
      keepRows(input, start, Math.min(input.length, start + PREPARE_SLICE), prepared.ids, kept);
      readCells(prepared.columns, kept, from, prepared.cells, counts);
    }
    prepared.complete = true;
    this.#restDone = true;
    // The heights measured so far are kept; the other rows have none yet.
    const heights = new Float64Array(prepared.ids.length).fill(NaN);
    heights.set(this.#heights.subarray(0, Math.min(this.#heights.length, heights.length)));
    this.#heights = heights;
    if (input.length > prepared.rows.length) this.#fail('invalid-data', 'rowsIgnored', { n: input.length - prepared.rows.length });
    this.#reportCells(counts);
    this.requestUpdate();
  }

  /** Reads the rest of the rows when some are still to read (see #readRest), a slice at a time. */
  *#prepareRest(): Generator<void, void, void> {
    const prepared = this.#prepared;
    while (!prepared.complete && this.#rest) {
      if (!this.#rest.next().done) yield;
    }
  }

  #reportCells({ invalid, unreadable }: CellCounts): void {
    if (unreadable > 0) this.report('invalid-data', interpolate(commonMessages[this.locale].unreadableRecords, { n: unreadable }));
    if (invalid > 0) this.#fail('invalid-data', 'invalidValues', { n: invalid });
  }

  /** The key of a cached value, per language (see #cached). */
  #key(name: string): string {
    return `${name}|${this.locale}`;
  }

  /**
   * Finds the rows of `filter` (when given) and builds the sort values of `sortColumns`, a slice after another in
   * tasks of at most JOB_SLICE_MS, then asks for the update that applies them; `updateComplete` waits for it. A
   * job started while another runs replaces it: the search text and sort values half built are kept and finished.
   */
  #startJob(filter: RowFilter | null, sortColumns: readonly number[]): void {
    const previous = this.#job;
    let resolve!: () => void;
    const job = { done: new Promise<void>((r) => (resolve = r)), resolve: () => resolve() };
    this.#job = job;
    this.busy = true;
    previous?.resolve();
    const work = this.#jobSlices(filter, sortColumns);
    const step = () => {
      if (this.#job !== job) return;
      const timeUp = sliceClock(JOB_SLICE_MS);
      do {
        const next = work.next();
        if (next.done) {
          this.#job = null;
          this.busy = false;
          this.#jobReady = true;
          this.#jobFiltered = next.value;
          if (filter === this.#pendingFilter) this.#pendingFilter = null;
          this.requestUpdate();
          resolve();
          return;
        }
      } while (!timeUp());
      postTask(step);
    };
    postTask(step);
  }

  #cancelJob(): void {
    const job = this.#job;
    this.#job = null;
    this.busy = false;
    this.#jobReady = false;
    this.#jobFiltered = null;
    job?.resolve();
  }

  *#jobSlices(filter: RowFilter | null, sortColumns: readonly number[]): Generator<void, Uint32Array | null, void> {
    // The rows past the first screen first, when some are still to read.
    yield* this.#prepareRest();
    // The idle-time build, when one is under way, goes on from where it is.
    if (filter?.terms) filter.texts = yield* this.#searchBuild();
    for (const c of sortColumns) yield* this.#sortBuild(c);
    if (!filter) return null;
    yield;
    return yield* filterSlices(this.#prepared.ids.length, filter);
  }

  /** The sort values of column c being built in slices (kept between jobs until finished). */
  #sortSlices(c: number): Generator<void, SortValues, void> {
    const key = this.#key(String(c));
    let slices = this.#sortJobs.get(key);
    if (!slices) this.#sortJobs.set(key, (slices = sortValueSlices(this.#prepared.columns[c], this.#prepared.cells[c], this.#vocabulary)));
    return slices;
  }

  /** Awaiting `updateComplete` also awaits the rows a big table finds in slices, and the update that shows them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#job || this.#firstScreen) {
      await (this.#job?.done ?? this.#firstScreen);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The column a filter reads, or -1. */
  #filterColumn(name: FilterName): number {
    return this.#prepared.columns.findIndex((c) => c.filterable && FILTER_TYPES[name].includes(c.type));
  }

  /**
   * The values present in a region or tags column, in the order they first appear. Computed once per
   * prepared rows: the menus read it on every render, and a scan of 100,000 rows is not free.
   */
  #distinct(c: number): Set<string> {
    const make = () => {
      const set = new Set<string>();
      for (const v of this.#prepared.cells[c] as (string | string[] | null)[]) {
        if (Array.isArray(v)) for (const x of v) set.add(x);
        else if (v !== null) set.add(v);
      }
      return set;
    };
    // The rows of the first screen only, while the rest are read: not kept.
    return this.#prepared.complete ? this.#cached(`distinct ${c}`, make) : make();
  }

  /** The filter the attributes ask for, their bad values reported; a search's texts are added when it runs. */
  #filterSpec(): RowFilter | null {
    const { columns, cells, ids } = this.#prepared;
    const filter: RowFilter = {};
    const active: Record<string, string> = {};
    /** The column of a filter with a value, reported when there is none. */
    const columnFor = (name: FilterName) => {
      const c = this.#filterColumn(name);
      if (c === -1) this.#fail('invalid-attribute', 'noFilterColumn', { filter: `${name}="${this[name]}"` });
      return c;
    };

    const terms = queryTerms(this.query);
    if (terms.length) {
      filter.terms = terms;
      active.query = this.query;
    }

    // Regions and sectors: values known to the data package (or the column's labels) or present in the rows.
    for (const name of ['region', 'sector'] as const) {
      const wanted = parseList(this[name]);
      const c = wanted.length ? columnFor(name) : -1;
      if (c === -1) continue;
      const column = columns[c];
      const isKnown = (v: string) =>
        (name === 'region' ? REGION_BY_ID.has(v) : column.format === 'sectors' ? SECTOR_BY_ID.has(v) : ownValue(column.labels, v) !== undefined) || this.#distinct(c).has(v);
      const known = wanted.filter(
        (v) => isKnown(v) || this.#fail('invalid-attribute', name === 'region' ? 'unknownRegion' : 'unknownSector', { value: v }),
      );
      if (known.length) {
        filter[name === 'region' ? 'oneOf' : 'anyOf'] = { values: cells[c] as never, allowed: new Set(known) };
        active[name] = known.join(',');
      }
    }

    const range = parseYears(this.years);
    if (range === 'invalid') this.#fail('invalid-attribute', 'invalidYears', { value: this.years });
    else if (range) {
      const c = columnFor('years');
      if (c !== -1) {
        const values = new Float64Array(ids.length);
        for (let r = 0; r < ids.length; r++) values[r] = cells[c][r] === null ? NaN : filterYear(columns[c], cells[c][r]!);
        filter.years = { values, range };
        active.years = formatYears(range);
      }
    }

    this.#activeFilters = active;
    return filter;
  }

  /** One folded text per row: every cell as shown, plus region names in every language. */
  #searchTexts(): string[][] {
    return this.#cached('search', () => {
      // A search before the idle-time build is over finishes that build rather than starting again.
      const slices = this.#searchJob ?? this.#searchSlices();
      this.#searchJob = undefined;
      let step = slices.next();
      while (!step.done) step = slices.next();
      return step.value;
    });
  }

  #searchSlices() {
    const { columns, cells, ids } = this.#prepared;
    return searchTextSlices(columns, cells, ids.length, this.#vocabulary, (column, value) => {
      const region = column.format === 'region' ? REGION_BY_ID.get(value as string) : undefined;
      // The regions keep their English names in every page's records; Chinese names only once a page has
      // fetched them (data-texts.ts): a Chinese page always has.
      return region ? [region.name.fr, region.name.en, dataLabel(region.name, 'zh') ?? ''] : [];
    });
  }

  /**
   * Large data: build the search text while the reader is idle, a slice at a time, so that the first keystroke
   * is quick and no long task follows the first paint (clicks right after it are not held back).
   */
  #buildSearchWhenIdle(): void {
    const prepared = this.#prepared;
    // Then the collation ranks of the row header (the names), the column a reader sorts first: sorting it is then
    // counting passes only (1,000,000 rows: no second of ranking after the click).
    const header = prepared.columns.findIndex((c) => c.rowHeader && c.sortable);
    const job = this.#idleSlices(header);
    // Safari has no requestIdleCallback: a timer and an 8 ms budget per slice stand in for it.
    const idle = (fn: IdleRequestCallback) =>
      'requestIdleCallback' in window ? (this.#idleHandle = { idle: requestIdleCallback(fn) }) : (this.#idleHandle = { timer: setTimeout(fn, 50, { timeRemaining: () => 8 }) });
    const work: IdleRequestCallback = (deadline) => {
      this.#idleHandle = null;
      // New rows or another language: their own build has started.
      if (this.#prepared !== prepared || !this.isConnected) return;
      // At most IDLE_SLICE_MS per callback, not the whole idle period (up to 50 ms): a task that runs that long,
      // plus the slice that overruns it, is a long task that holds back a click. One slice at least, always.
      const timeUp = sliceClock(Math.min(IDLE_SLICE_MS, deadline.timeRemaining() - 2));
      do {
        if (job.next().done) return;
      } while (!timeUp());
      idle(work);
    };
    this.#cancelIdle();
    idle(work);
  }

  /**
   * The idle-time build's next slice, asked for: cancelled when the element leaves the page (a search then builds
   * what is missing), else its callback would keep the removed element alive until the page is idle.
   */
  #idleHandle: { idle?: number; timer?: number } | null = null;
  #cancelIdle(): void {
    if (this.#idleHandle?.idle !== undefined) cancelIdleCallback(this.#idleHandle.idle);
    if (this.#idleHandle?.timer !== undefined) clearTimeout(this.#idleHandle.timer);
    this.#idleHandle = null;
  }

  *#idleSlices(header: number): Generator<void, void, void> {
    yield* this.#prepareRest();
    yield* this.#searchBuild();
    if (header !== -1) yield* this.#sortBuild(header);
  }

  /** Builds the search text a slice at a time, going on with a build under way (in idle time or by a job). */
  *#searchBuild(): Generator<void, string[][], void> {
    const key = this.#key('search');
    while (!this.#cache.has(key)) {
      const slices = (this.#searchJob ??= this.#searchSlices());
      const next = slices.next();
      if (!next.done) yield;
      else {
        this.#searchJob = undefined;
        this.#cache.set(key, next.value);
      }
    }
    return this.#cache.get(key) as string[][];
  }

  /** Builds the sort values of column c a slice at a time, going on with a build under way. */
  *#sortBuild(c: number): Generator<void, void, void> {
    const key = this.#key(String(c));
    while (!this.#cache.has(key)) {
      const next = this.#sortSlices(c).next();
      if (!next.done) yield;
      else {
        this.#sortJobs.delete(key);
        this.#cache.set(key, next.value);
      }
    }
  }

  /** Sort values of a column, per language (region names and labels sort differently in each). */
  #sortValues(c: number): SortValues {
    return this.#cached(String(c), () => {
      // Values half built by a job are finished rather than started again.
      const values = finish(this.#sortSlices(c));
      this.#sortJobs.delete(this.#key(String(c)));
      return values;
    });
  }

  #plural(forms: { one: string; other: string }, n: number): string {
    return interpolate(forms[plural(n, this.locale) === 'one' ? 'one' : 'other'], { n: formatNumber(n, this.locale) });
  }

  // ---- public API -------------------------------------------------------------------------------

  /** The rows in view (filtered and sorted), as their ids. */
  get visibleIds(): string[] {
    return Array.from(this.#view, (r) => this.#prepared.ids[r]);
  }

  /** The current view as CSV text (BOM, CRLF, `;` and decimal comma in the French layout). */
  toCSV(layout: 'french' | 'international' = this.#layout): string {
    return toCSV(...this.#exportRows(), { layout });
  }

  /** The current view as tab-separated text, as copied to the clipboard. */
  toTSV(layout: 'french' | 'international' = this.#layout): string {
    return toTSV(...this.#exportRows(), { layout });
  }

  /**
   * Downloads the current view as a CSV file (a Blob URL and an `<a download>` click: no inline script needed).
   * Written in slices with pauses (a view of 1,000,000 rows never holds the page), its progress shown beside the
   * button with a Cancel button; resolves once the file is handed over, or cancelled (`cancelDownload()`).
   */
  async downloadCSV(layout: 'french' | 'international' = this.#layout): Promise<void> {
    // The rows of a big table still being read (see #prepare) are waited for.
    if (!this.#prepared.complete) await this.updateComplete;
    this.#exportAbort?.abort();
    const abort = (this.#exportAbort = new AbortController());
    const kind = this.#countKind;
    const total = this.#view.length;
    const [header, rows] = this.#exportRows();
    const progress = (done: number) => (this.notice = interpolate(this.#t.preparing, { percent: formatNumber(total ? Math.floor((100 * done) / total) : 100, this.locale) }));
    this.exporting = true;
    try {
      const parts = await csvParts(header, rows, { layout, signal: abort.signal, onProgress: progress });
      saveFile(this, new Blob(parts, { type: 'text/csv;charset=utf-8' }), `${this.filename || `sinocarte-${kind === 'custom' ? 'table' : kind}`}.csv`);
      this.notice = this.#plural(this.#t.downloaded, total);
    } catch (error) {
      if (!abort.signal.aborted) throw error;
      // Cancelled by the reader, or replaced by a newer download (which writes its own notice).
      if (this.#exportAbort === abort) this.notice = this.#t.exportCancelled;
    } finally {
      if (this.#exportAbort === abort) {
        this.#exportAbort = null;
        this.exporting = false;
      }
    }
  }

  /** Stops a CSV download under way (see `downloadCSV`). */
  cancelDownload(): void {
    this.#exportAbort?.abort();
  }

  #exportAbort: AbortController | null = null;

  /** Copies the current view as TSV; when the browser refuses, shows the text to copy by hand. */
  async copyTSV(): Promise<boolean> {
    if (!this.#prepared.complete) await this.updateComplete;
    const text = this.toTSV();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.copyFallback = null;
      this.notice = this.#plural(this.#t.copied, this.#view.length);
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

  /** The header and the rows of an export. */
  #exportRows(): [string[], Generator<Cell[]>] {
    const { columns, cells } = this.#prepared;
    const vocabulary = this.#vocabulary;
    const view = this.#view;
    function* rows() {
      for (const r of view) yield columns.flatMap((c, ci) => exportCells(c, cells[ci][r], vocabulary));
    }
    return [columns.flatMap((c) => exportHeader(c, vocabulary.lang, this.#t.revenueYear)), rows()];
  }

  // ---- rendering ----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const t = this.#t;
    const caption = asText(this.caption) || t.caption[this.#countKind];
    return html`
      <div class="base ${this.narrow ? 'narrow' : 'wide'}" part="base">
        ${this.#editorial.header()}
        <p class="visually-hidden summary">${this.#summary()}</p>
        <div class="problems" part="message" role="status">${this.problems.map((p) => html`<p>${p.message}</p>`)}</div>
        ${this.#renderToolbar()}
        ${this.copyFallback !== null
          ? html`<div class="copy-fallback">
              <p>${t.copyRefused}</p>
              <textarea readonly rows="4" aria-label=${t.copy} .value=${this.copyFallback}></textarea>
              <button type="button" @click=${() => (this.copyFallback = null)}>${t.close}</button>
            </div>`
          : nothing}
        <div class="scroll-box">
          <div
            class="scroller ${this.#isVirtual ? 'virtual ' : ''}${this.squeezed ? 'squeezed' : 'fit'}"
            part="scroller"
            aria-busy=${this.busy ? 'true' : 'false'}
            @scroll=${this.#onScroll}
            @wheel=${this.#releaseAnchor}
            @pointerdown=${this.#releaseAnchor}
            @touchstart=${this.#releaseAnchor}
          >
            ${this.narrow ? this.#renderCards(caption) : this.#renderTable(caption)}
          </div>
          <div class="scroll-cue start" part="scroll-cue" aria-hidden="true"></div>
          <div class="scroll-cue end" part="scroll-cue" aria-hidden="true"></div>
        </div>
        ${this.#view.length === 0 && this.#prepared.ids.length > 0 ? html`<p class="empty">${t.noRows}</p>` : nothing}
        <div class="visually-hidden" role="status">${this.announcement}</div>
        ${this.#editorial.footer(this.#shownRows)}
      </div>
    `;
  }

  get #isVirtual(): boolean {
    return this.#view.length > VIRTUAL_THRESHOLD[this.narrow ? 'cards' : 'table'];
  }

  #renderToolbar() {
    const t = this.#t;
    const range = parseYears(this.years);
    /** A bound of the year filter, for its field. */
    const year = (bound: 'from' | 'to') => {
      const value = range && range !== 'invalid' ? range[bound] : NaN;
      return Number.isFinite(value) ? String(value) : '';
    };
    const yearField = (bound: 'from' | 'to', label: string) =>
      html`<input type="number" inputmode="numeric" class="year-${bound}" aria-label=${label} .value=${year(bound)} @change=${this.#onYears} />`;
    return html`<div class="toolbar" part="toolbar">
      <div class="filters" part="filters">
        <label class="field search"
          ><span class="field-label">${t.search}</span
          ><input type="search" .value=${asText(this.query)} placeholder=${t.searchPlaceholder} autocomplete="off" @input=${this.#onQuery}
        /></label>
        ${this.#renderMenu('region', t.allRegions, (list) => interpolate(t.regionsSelected, { n: list.length }))}
        ${this.#renderMenu('sector', t.all, (list) => list.join(', '))}
        ${this.#filterColumn('years') === -1
          ? nothing
          : html`<fieldset class="field years">
              <legend class="field-label">${t.years}</legend>
              ${yearField('from', t.yearFrom)}<span aria-hidden="true">–</span>${yearField('to', t.yearTo)}
            </fieldset>`}
        ${this.query || this.region || this.sector || this.years
          ? html`<button type="button" class="clear" @click=${this.#clearFilters}>${t.clearFilters}</button>`
          : nothing}
        ${this.narrow ? this.#renderCardSort() : nothing}
      </div>
      <div class="actions" part="actions">
        <p class="count" part="count" role="status">${this.#countText()}</p>
        <span class="action-group">
          <button type="button" class="download" @click=${() => void this.downloadCSV()}>${t.download}</button>
          ${this.exporting ? html`<button type="button" class="cancel-download" @click=${() => this.cancelDownload()}>${t.cancelExport}</button>` : nothing}
          <label class="field inline"
            ><span class="visually-hidden">${t.layout}</span
            ><select class="layout" @change=${(e: Event) => (this.csvLayout = (e.target as HTMLSelectElement).value as 'french' | 'international')}>
              <option value="french" ?selected=${this.#layout === 'french'}>${t.layoutFrench}</option>
              <option value="international" ?selected=${this.#layout === 'international'}>${t.layoutInternational}</option>
            </select></label
          >
          <button type="button" class="copy" @click=${() => this.copyTSV()}>${t.copy}</button>
        </span>
        <p class="notice" role="status">${this.notice}</p>
      </div>
    </div>`;
  }

  /** The region or sector menu: every value of its column, by name, when the column is there. */
  #renderMenu(name: 'region' | 'sector', all: string, several: (list: string[]) => string) {
    const c = this.#filterColumn(name);
    if (c === -1) return nothing;
    const column = this.#prepared.columns[c];
    const vocabulary = this.#vocabulary;
    const list = parseList(this[name]);
    const options = [...this.#distinct(c)].map((id) => ({ id, name: name === 'region' ? (vocabulary.regionName(id) ?? id) : valueLabel(column, id, vocabulary) }));
    // By name once the first screen is drawn (a closed menu shows the same), with one shared collator:
    // `localeCompare` with a locale makes a collator per comparison (13-30 ms a render).
    if (this.#firstScreenDone) {
      const collator = sharedCollator(this.locale);
      options.sort((a, b) => collator.compare(a.name, b.name));
    }
    return html`<label class="field"
      ><span class="field-label">${localized(column.label, this.locale)}</span
      ><select @change=${(e: Event) => this.#onMenu(name, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${list.length === 0}>${all}</option>
        ${list.length > 1 ? html`<option value=${this[name]} selected>${several(list)}</option>` : nothing}
        ${options.map((o) => html`<option value=${o.id} ?selected=${list.length === 1 && list[0] === o.id}>${o.name}</option>`)}
      </select></label
    >`;
  }

  /** What a screen reader hears first: what the table holds and how many, its sort keys, its filters. */
  #summary(): string {
    const t = this.#t;
    const { columns } = this.#prepared;
    const vocabulary = this.#vocabulary;
    const active = this.#activeFilters;
    const columnName = (name: FilterName) => {
      const c = this.#filterColumn(name);
      return c === -1 ? '' : localized(columns[c].label, this.locale);
    };
    const named = (name: 'region' | 'sector') => {
      const c = this.#filterColumn(name);
      return parseList(active[name] ?? '')
        .map((id) => (name === 'region' ? (vocabulary.regionName(id) ?? id) : c === -1 ? id : valueLabel(columns[c], id, vocabulary)))
        .join(', ');
    };
    const filters = [
      { name: '', value: active.query ? interpolate(t.summarySearch, { value: active.query }) : '' },
      { name: columnName('region'), value: named('region') },
      { name: columnName('sector'), value: named('sector') },
      { name: columnName('years'), value: (active.years ?? '').replace('-', '–') },
    ];
    const sort = this.#sortKeys.flatMap((k) => {
      const column = columns.find((c) => c.key === k.key);
      return column ? [{ column: localized(column.label, this.locale), descending: k.descending }] : [];
    });
    return summarizeTable(
      { count: this.#countText(), sort, filters },
      {
        intro: (count) => interpolate(t.summaryIntro, { count }),
        sorted: (keys) => interpolate(t.summarySorted, { keys: keys.join(t.summarySeparator) }, Infinity),
        sortKey: (column, descending) => interpolate(t.summarySortKey[descending ? 'descending' : 'ascending'], { column }),
        filtered: (list) => interpolate(t.summaryFiltered, { filters: list.join(t.summarySeparator) }, Infinity),
        // The search is worded whole ("search “wu”"); a column's filter is its name and its values.
        filter: (name, value) => (name ? interpolate(t.summaryFilter, { name, value }) : value),
        gap: this.locale === 'zh' ? '' : ' ',
      },
    );
  }

  #countText(): string {
    const t = this.#t;
    const total = this.#prepared.ids.length;
    const count = this.#plural(t.count[this.#countKind], this.#view.length);
    return this.#view.length === total ? count : interpolate(t.countOf, { count, total: formatNumber(total, this.locale) });
  }

  #renderCardSort() {
    const t = this.#t;
    const primary = this.#sortKeys[0];
    return html`<label class="field"
        ><span class="field-label">${t.sortBy}</span
        ><select class="card-sort" @change=${(e: Event) => {
          const key = (e.target as HTMLSelectElement).value;
          this.#setSort(key ? [{ key, descending: primary?.descending ?? false }] : []);
        }}>
          <option value="" ?selected=${!primary}>${t.dataOrder}</option>
          ${this.#prepared.columns
            .filter((c) => c.sortable)
            .map((c) => html`<option value=${c.key} ?selected=${primary?.key === c.key}>${localized(c.label, this.locale)}</option>`)}
        </select></label
      >${primary
        ? html`<button type="button" class="card-direction" @click=${() => this.#setSort([{ key: primary.key, descending: !primary.descending }, ...this.#sortKeys.slice(1)])}>
            <span aria-hidden="true">${primary.descending ? '↓' : '↑'}</span> ${primary.descending ? t.descending : t.ascending}
          </button>`
        : nothing}`;
  }

  #renderTable(caption: string) {
    const t = this.#t;
    const { columns } = this.#prepared;
    const spacer = (where: string) =>
      this.#isVirtual ? html`<tr class="spacer ${where}" aria-hidden="true"><td colspan=${columns.length}></td></tr>` : nothing;
    return html`<table part="table" aria-rowcount=${this.#view.length + 1}>
      <caption>
        ${caption}<span class="visually-hidden">. ${t.keyboardHelp}</span>
      </caption>
      <colgroup>
        ${columns.map((c) => html`<col class="col-${c.format}" />`)}
      </colgroup>
      <thead>
        <tr aria-rowindex="1">
          ${columns.map((c) => this.#renderHeader(c))}
        </tr>
      </thead>
      <tbody @click=${this.#onRowClick} @keydown=${this.#onRowKeyDown}>
        ${spacer('before')}
        ${this.#renderRows((p) => this.#renderRow(p))}
        ${spacer('after')}
      </tbody>
      ${this.#isVirtual ? this.#renderMeasureRows() : nothing}
    </table>`;
  }

  /**
   * A virtual list lays out a window of its rows: sized by them, its columns would jump as it scrolls. Under
   * them, collapsed rows (not drawn, but counted in the columns' widths) hold the cells that decide each
   * column's width, found in the data (see lib/table-fit): the table fits its content as a short one does.
   */
  #renderMeasureRows() {
    const { columns, cells, ids } = this.#prepared;
    const vocabulary = this.#vocabulary;
    const widest = this.#cached('widest', () =>
      widestRows(columns.length, ids.length, (c, r) => {
        const value = cells[c][r];
        return value === null ? null : cellText(columns[c], value, vocabulary);
      }),
    );
    // A column's width depends on its cells, not on the rows they are in: the i-th cell chosen for each column
    // goes in the i-th measure row (two rows, not one whole row per cell chosen: up to 16 rows of 8 cells).
    const lines = [0, 1].filter((i) => widest.some((rows) => rows.length > i));
    return html`<tbody class="measure" aria-hidden="true">
      ${lines.map(
        (i) =>
          html`<tr>
            ${columns.map((c, ci) => {
              const r = widest[ci][i];
              return r === undefined
                ? html`<td></td>`
                : c.rowHeader
                  ? html`<th class="type-${c.type}${this.#long(c, cells[ci][r])}"><span class="row-select">${this.#renderCell(c, cells[ci][r], false)}</span></th>`
                  : html`<td class="type-${c.type} format-${c.format}${this.#long(c, cells[ci][r])}">${this.#renderCell(c, cells[ci][r], false)}</td>`;
            })}
          </tr>`,
      )}
    </tbody>`;
  }

  #renderHeader(column: ResolvedColumn) {
    const t = this.#t;
    const label = localized(column.label, this.locale);
    const index = this.#sortKeys.findIndex((k) => k.key === column.key);
    const key = this.#sortKeys[index];
    const cls = `type-${column.type} format-${column.format}`;
    if (!column.sortable) return html`<th scope="col" part="header" class=${cls}>${label}</th>`;
    const direction = key?.descending ? 'descending' : 'ascending';
    return html`<th scope="col" part="header" class=${cls} aria-sort=${index === 0 ? direction : nothing}>
      <button type="button" class="sort" data-key=${column.key} title=${t.sortHint} @click=${this.#onSort} @keydown=${this.#onSort}>
        <span class="sort-label">${label}</span
        ><span class="sort-icon ${index === -1 ? 'none' : key.descending ? 'desc' : 'asc'}" aria-hidden="true"></span
        >${index > 0
          ? html`<span class="sort-rank" aria-hidden="true">${index + 1}</span
              ><span class="visually-hidden">, ${interpolate(t.secondarySort, { n: index + 1, direction: t[direction] })}</span>`
          : nothing}
      </button>
    </th>`;
  }

  /** The rendered rows (all of them, or the window of a virtual list), keyed by row. */
  #renderRows(row: (position: number) => TemplateResult) {
    const positions: number[] = [];
    for (let p = this.window.start; p < this.window.end; p++) positions.push(p);
    return repeat(positions, (p) => this.#view[p], row);
  }

  #renderRow(position: number) {
    const { columns, cells, ids } = this.#prepared;
    const r = this.#view[position];
    const id = ids[r];
    const tabbable = this.#tabbablePosition() === position;
    return html`<tr part="row" class=${id === this.selected ? 'selected' : ''} data-row=${r} data-position=${position} aria-rowindex=${position + 2}>
      ${columns.map((c, ci) =>
        c.rowHeader
          ? html`<th scope="row" part="cell" class="type-${c.type}${this.#long(c, cells[ci][r])}">${this.#renderSelectButton(c, cells[ci][r], id, position, tabbable)}</th>`
          : html`<td part="cell" class="type-${c.type} format-${c.format}${this.#long(c, cells[ci][r])}">${this.#renderCell(c, cells[ci][r], tabbable)}</td>`,
      )}
    </tr>`;
  }

  /** ` long` for a text cell with a run that may wrap anywhere rather than widen its column (see lib/table-fit). */
  #long(column: ResolvedColumn, value: CellValue | null): string {
    if (value === null || (column.format !== 'text' && column.format !== 'region')) return '';
    return hasLongWord(typeof value === 'string' ? value : cellText(column, value, this.#vocabulary)) ? ' long' : '';
  }

  #renderSelectButton(column: ResolvedColumn, value: CellValue | null, id: string, position: number, tabbable: boolean) {
    return html`<button
      type="button"
      class="row-select"
      data-position=${position}
      aria-pressed=${id === this.selected ? 'true' : 'false'}
      tabindex=${tabbable ? 0 : -1}
      @focus=${() => (this.activePosition = position)}
    >
      ${value === null ? this.#renderMissing() : this.#marked(value, cellText(column, value, this.#vocabulary))}
    </button>`;
  }

  #renderMissing() {
    return html`<span class="missing"><span aria-hidden="true">${this.#t.missing}</span><span class="visually-hidden">${this.#t.missingLong}</span></span>`;
  }

  #renderCell(column: ResolvedColumn, value: CellValue | null, tabbable: boolean): TemplateResult | string {
    if (value === null) return this.#renderMissing();
    const t = this.#t;
    const vocabulary = this.#vocabulary;
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
          ? html` <span class="historical" title=${t.historicalLong}><span aria-hidden="true">${t.historical}</span><span class="visually-hidden"
                >(${t.historicalLong})</span
              ></span>`
          : nothing;
        return isSafeHref(link.href)
          ? html`<a part="link" href=${link.href} target="_blank" rel="noopener noreferrer" tabindex=${tabbable ? 0 : -1}
                >${text}<span class="visually-hidden"> (${t.newTab})</span></a
              >${mark}`
          : html`<span class="not-a-link">${link.href}</span>${mark}`;
      }
      default:
        return this.#marked(value, cellText(column, value, vocabulary));
    }
  }

  /** A cell's text, in a span with its `lang` when a text per language had none in the reader's. */
  #marked(value: CellValue, text: string): TemplateResult | string {
    const other = isLocalizable(value) ? langIfOther(pickText(value, this.locale), this.locale) : undefined;
    return other ? html`<span lang=${other}>${text}</span>` : text;
  }

  #renderCards(caption: string) {
    const t = this.#t;
    const { columns, cells, ids } = this.#prepared;
    const header = columns.findIndex((c) => c.rowHeader);
    const renderCard = (p: number) => {
      const r = this.#view[p];
      const id = ids[r];
      const tabbable = this.#tabbablePosition() === p;
      return html`<li part="card" class="card ${id === this.selected ? 'selected' : ''}" data-row=${r} data-position=${p} aria-setsize=${this.#view.length} aria-posinset=${p + 1}>
        <p class="card-title">${this.#renderSelectButton(columns[header], cells[header][r], id, p, tabbable)}</p>
        <dl>
          ${columns.map((c, ci) =>
            ci === header
              ? nothing
              : html`<div class="card-field type-${c.type}">
                  <dt>${localized(c.label, this.locale)}</dt>
                  <dd>${this.#renderCell(c, cells[ci][r], tabbable)}</dd>
                </div>`,
          )}
        </dl>
      </li>`;
    };
    return html`<p class="cards-caption" id="cards-caption">${caption}<span class="visually-hidden">. ${t.keyboardHelp}</span></p>
      <ul class="cards" part="cards" aria-labelledby="cards-caption" @click=${this.#onRowClick} @keydown=${this.#onRowKeyDown}>
        ${this.#renderRows(renderCard)}
      </ul>
      ${this.#renderShowMore()}`;
  }

  /** "Show 5 more (5 of 53)" under the cards, while some are not shown (not when they scroll virtually). */
  #renderShowMore() {
    const count = this.#view.length;
    const shown = this.window.end;
    if (this.#isVirtual || shown >= count) return nothing;
    const n = Math.min(CARD_PAGE, count - shown);
    const label = interpolate(this.#t.showMore, { n: formatNumber(n, this.locale), shown: formatNumber(shown, this.locale), total: formatNumber(count, this.locale) });
    return html`<button type="button" class="show-more" part="show-more" @click=${() => (this.cardLimit = shown + CARD_PAGE)}>${label}</button>`;
  }

  /** The one row reachable with Tab: the active one when rendered, else the first rendered. */
  #tabbablePosition(): number {
    const { start, end } = this.window;
    return this.activePosition >= start && this.activePosition < end ? this.activePosition : start;
  }

  // ---- virtual window ---------------------------------------------------------------------------

  /** Where the rows start inside the scroller, and how much the sticky header hides. */
  #geometry(): { bodyTop: number; header: number; top: number; height: number } {
    const scroller = this.#scroller;
    if (!scroller) return { bodyTop: 0, header: 0, top: 0, height: 800 };
    const body = scroller.querySelector<HTMLElement>(this.narrow ? '.cards' : 'tbody');
    const head = this.narrow ? null : scroller.querySelector<HTMLElement>('thead');
    const bodyTop = body ? body.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop : 0;
    const header = head?.offsetHeight ?? 0;
    return { bodyTop, header, top: scroller.scrollTop + header - bodyTop, height: (scroller.clientHeight || 800) - header };
  }

  #computeWindow(): RowWindow {
    const count = this.#view.length;
    if (!this.#isVirtual) return { start: 0, end: this.narrow ? Math.min(count, this.cardLimit) : count, before: 0, after: 0 };
    const { top, height } = this.#geometry();
    return visibleWindow(this.#offsets, top, height, this.#firstScreenDone ? 10 : 2);
  }

  #updateWindow(): void {
    const next = this.#computeWindow();
    if (next.start !== this.window.start || next.end !== this.window.end) this.window = next;
    else this.#applySpacers(next);
  }

  #releaseAnchor = () => {
    this.#keyboardAnchor = null;
  };

  #onScroll = () => {
    this.#updateScrollCues();
    if (!this.#isVirtual) return;
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#updateWindow());
  };

  #applySpacers({ before, after }: RowWindow): void {
    const set = (selector: string, property: 'height' | 'paddingTop' | 'paddingBottom', px: number) => {
      // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
      const element = this.renderRoot.querySelector<HTMLElement>(selector);
      if (element) element.style[property] = `${px}px`;
    };
    if (this.narrow) {
      set('.cards', 'paddingTop', before);
      set('.cards', 'paddingBottom', after);
    } else {
      set('.spacer.before', 'height', before);
      set('.spacer.after', 'height', after);
    }
  }

  /** Records the height of the rendered rows; rebuilds offsets when one changed. */
  #measure(): boolean {
    const items = this.renderRoot.querySelectorAll<HTMLElement>(this.narrow ? 'li.card' : 'tbody tr[data-row]');
    let changed = false;
    let total = 0;
    for (const item of items) {
      const r = Number(item.dataset.row);
      const h = item.getBoundingClientRect().height;
      total += h;
      if (Math.abs((this.#heights[r] || 0) - h) > 0.5) {
        this.#heights[r] = h;
        changed = true;
      }
    }
    if (changed) {
      if (items.length) this.#estimate = total / items.length;
      // Scroll anchoring: new heights move every row below the ones that changed, and a new estimate
      // moves the rows rendered now. Keep the first rendered row where the reader sees it, or the
      // window would chase its own estimates (and a row the host selected would slip out of view).
      const anchor = Math.min(this.window.start, this.#offsets.length - 1);
      const before = this.#offsets[anchor];
      this.#offsets = buildOffsets(this.#view, this.#heights, this.#estimate);
      const shift = this.#offsets[anchor] - before;
      const scroller = this.#scroller;
      if (scroller && Math.abs(shift) > 0.5) scroller.scrollTop += shift;
    }
    return changed;
  }

  /** What the held column widths were measured for (see #holdColumns), or '' when none are held. */
  #heldKey = '';
  #heldRows: Prepared | null = null;
  #holdKey(width = this.#width): string {
    return `${this.locale}|${this.squeezed}|${width}`;
  }

  /**
   * A virtual table's columns are held at the widths its content gave them (its window and its measure rows,
   * see #renderMeasureRows): laid out again with every window, they would move a little as it scrolls. Widths
   * set on the columns through the CSSOM (no style attribute: a strict CSP allows it) are a floor, never
   * narrower than a column's longest word. Measured again for new rows, language, squeeze or width.
   */
  #holdColumns(): void {
    const scroller = this.#scroller;
    const hold = !!scroller && this.#isVirtual && !this.narrow;
    const key = hold ? this.#holdKey() : '';
    if (key === this.#heldKey && (!hold || this.#heldRows === this.#prepared)) return;
    const cols = [...(scroller?.querySelectorAll<HTMLElement>('col') ?? [])];
    for (const col of cols) col.style.removeProperty('width');
    this.#heldKey = key;
    this.#heldRows = hold ? this.#prepared : null;
    if (!hold) return;
    const widths = [...scroller.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().width);
    cols.forEach((col, i) => (col.style.width = `${widths[i]}px`));
  }

  protected override updated(changed: PropertyValues): void {
    // The search text is built in idle time whatever the size: at 1,000 rows, building it at the first keystroke
    // was most of that search's time (twice Tabulator's).
    if (['rows', 'columns', 'preset', 'lang'].some((k) => changed.has(k)) && this.#prepared.ids.length > 0) {
      this.#buildSearchWhenIdle();
    }
    // Spacers first, so that measuring and scrolling see the final layout.
    if (this.#isVirtual) this.#applySpacers(this.window);
    // The first screen reads no layout (the frame lays it out once): what needs it follows that frame.
    if (!this.#firstScreenDone) this.#afterFirstFrame();
    else this.#holdColumns();
    const head = this.narrow ? null : (this.#scroller?.querySelector<HTMLElement>('thead') ?? null);
    if (head !== this.#observedHead) {
      if (this.#observedHead) this.#headObserver.unobserve(this.#observedHead);
      if (head) this.#headObserver.observe(head);
      else this.#scroller?.style.removeProperty('scroll-padding-top');
      this.#observedHead = head;
    }
    const table = head ? head.closest('table') : null;
    if (table !== this.#observedTable) {
      if (this.#observedTable) this.#tableObserver.unobserve(this.#observedTable);
      if (table) this.#tableObserver.observe(table);
      this.#observedTable = table;
    }
    if (this.#firstScreenDone && this.#isVirtual && this.#measure()) {
      // Corrected in the next frame rather than now: no update scheduled from inside an update.
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => {
        if (this.#keyboardAnchor !== null) this.#scrollToPosition(this.#keyboardAnchor);
        else this.#updateWindow();
      });
    }
    if (this.#pendingFocus) {
      const button = this.renderRoot.querySelector<HTMLButtonElement>(`.row-select[data-position="${this.activePosition}"]`);
      if (button) {
        this.#pendingFocus = false;
        button.focus();
      }
    }
    if (changed.has('selected') && !this.#selectionFromUser && this.selected) requestAnimationFrame(() => this.#revealSelected());
    this.#selectionFromUser = false;
    if (this.#pendingFilterEvent && !this.#job) {
      this.#pendingFilterEvent = false;
      emit(this, 'sino-filter', { filters: { ...this.#activeFilters }, count: this.#view.length });
    }
  }

  /** Completes the first screen (see #firstScreen) in a task of its own after the first frame (or 200 ms without frames: a hidden page). */
  #afterFirstFrame(): void {
    this.#firstScreen ??= new Promise<void>((resolve) => {
      const complete = () => {
        clearTimeout(timer);
        if (this.#firstScreenDone) return;
        this.#firstScreenDone = true;
        this.#firstScreen = null;
        // Layout is clean after the frame: the heights read now cost nothing, and the window gets the rows around it.
        if (this.#isVirtual) {
          this.#measure();
          this.#updateWindow();
        }
        this.requestUpdate();
        resolve();
      };
      const timer = setTimeout(complete, 200);
      requestAnimationFrame(() => postTask(complete));
    });
  }

  /** Scrolls so that the row at `position` is in view (rendering it first when virtual). */
  #scrollToPosition(position: number): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    if (!this.#isVirtual) {
      this.renderRoot.querySelector<HTMLElement>(`[data-position="${position}"]`)?.scrollIntoView({ block: 'nearest' });
      return;
    }
    const { bodyTop, header, top, height } = this.#geometry();
    const target = scrollToShow(this.#offsets, position, top, height);
    if (target !== null) scroller.scrollTop = target + bodyTop - header;
    this.#updateWindow();
  }

  #revealSelected(): void {
    const position = this.#view.indexOf(this.#prepared.ids.indexOf(this.selected!));
    if (position === -1) return;
    this.activePosition = position;
    // On a phone the card may be past the ones shown: it is rendered by the update this schedules.
    void this.updateComplete.then(() => this.#scrollToPosition(position));
  }

  // ---- events ---------------------------------------------------------------------------------

  /** A pick in the region or sector menu; a region picked by the reader is also a selection for the rest of the group. */
  #onMenu(name: 'region' | 'sector', value: string): void {
    this[name] = value;
    if (name === 'sector') return;
    const regions = value.includes(',') ? [] : [value].filter(Boolean);
    this.shareWithGroup({ type: 'select', kind: 'province', id: regions[0] ?? null, regions });
  }

  #onQuery = (e: Event) => (this.query = (e.target as HTMLInputElement).value);

  #onYears = () => {
    const [from, to] = ['from', 'to'].map((bound) => this.renderRoot.querySelector<HTMLInputElement>(`.year-${bound}`)!.value.trim());
    const range = from || to ? { from: from ? Number(from) : -Infinity, to: to ? Number(to) : Infinity } : null;
    this.years = range && range.from > range.to ? formatYears({ from: range.to, to: range.from }) : formatYears(range);
  };

  #clearFilters = () => {
    this.query = '';
    this.region = '';
    this.sector = '';
    this.years = '';
    // The button goes away with the filters: focus goes to the search field rather than the page's <body>.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus());
  };

  #setSort(keys: SortKey[]): void {
    this.sort = formatSort(keys);
  }

  /** A click on a header, or Enter and Space on it: handled here so that Shift is seen (a keyboard click does not always carry it). */
  #onSort = (e: MouseEvent | KeyboardEvent) => {
    if (e.type === 'keydown') {
      const { key, repeat } = e as KeyboardEvent;
      if (key !== 'Enter' && key !== ' ') return;
      e.preventDefault();
      if (repeat) return;
    }
    this.#setSort(toggleSort(this.#sortKeys, (e.currentTarget as HTMLElement).dataset.key!, e.shiftKey));
  };

  #onRowClick = (e: MouseEvent) => {
    const path = e.composedPath() as Element[];
    if (path.some((el) => el instanceof HTMLAnchorElement)) return;
    const item = path.find((el) => el instanceof HTMLElement && el.dataset.row !== undefined) as HTMLElement | undefined;
    if (!item) return;
    this.activePosition = Number(item.dataset.position);
    const id = this.#prepared.ids[Number(item.dataset.row)];
    this.#select(id === this.selected ? null : id);
  };

  #onRowKeyDown = (e: KeyboardEvent) => {
    const count = this.#view.length;
    if (count === 0) return;
    const page = Math.max(1, Math.floor((this.#scroller?.clientHeight ?? 400) / this.#estimate) - 1);
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
      this.#pendingFocus = true;
      this.#keyboardAnchor = next;
      this.#scrollToPosition(next);
      this.requestUpdate();
    } else if (e.key === 'Escape' && this.selected) {
      e.preventDefault();
      this.#select(null);
    }
  };

  #select(id: string | null): void {
    const { columns, cells, ids } = this.#prepared;
    this.#selectionFromUser = true;
    this.selected = id;
    const r = id === null ? -1 : ids.indexOf(id);
    /** The value of a column in the selected row, or null. */
    const cell = (c: number) => (r === -1 || c === -1 ? null : cells[c][r]);
    const header = columns.findIndex((c) => c.rowHeader);
    const name = cell(header);
    this.announcement = id === null ? this.#t.cleared : interpolate(this.#t.selected, { name: name === null ? id : cellText(columns[header], name, this.#vocabulary) });
    // The region of the row, read from the region filter's column.
    const region = cell(this.#filterColumn('region'));
    const kind = this.#selectionKind;
    emit(this, 'sino-select', { kind, id });
    this.shareWithGroup({ type: 'select', kind, id, regions: typeof region === 'string' && region ? [region] : [] });
  }

  // ---- linked views ---------------------------------------------------------------------------

  /**
   * Carries out a reaction of the link table (internal/links.ts): sets properties, posts nothing.
   * @internal
   */
  applyLink(reaction: Reaction, message: GroupMessage): void {
    // Before the first render the columns are not read yet: the filter is then set and checked as usual.
    const has = (filter: FilterName) => !this.hasUpdated || this.#filterColumn(filter) !== -1;
    if (reaction === 'filter-region') {
      if (has('region')) this.region = regionsOf(message).join(',');
    } else if (reaction === 'filter-years') {
      if (has('years')) this.years = yearsFilter(message);
    } else if (reaction === 'select-record' && message.type === 'select' && message.kind === this.#selectionKind) {
      if (message.id === null || this.#prepared.ids.includes(message.id)) this.selected = message.id;
    }
  }
}
