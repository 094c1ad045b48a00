/**
 * Which options each embed page takes from its URL (`map.html?metric=parks&lang=en&theme=dark&region=CN-HB`),
 * how each is checked, and which attribute of the element it sets. Also builds the URLs and the copy-paste
 * snippets of the generator page, so the pages and the generator can never disagree.
 *
 * Only the options listed here are read; an unknown option or a malformed value is ignored with a console
 * warning. The checks are about shape (an id that looks like a region id, a value from a closed list): whether
 * the region exists is the element's business, and it says so itself (visible note, `sino-error`).
 */

export const FRAME_KINDS = ['map', 'table', 'timeline', 'typology', 'atlas'] as const;
export type FrameKind = (typeof FRAME_KINDS)[number];
export type ContentLang = 'fr' | 'en' | 'zh';

/** A value check: a closed list, a pattern, or a function returning the cleaned value or null. */
type Check = readonly string[] | RegExp | ((value: string) => string | null);

export interface OptionSpec {
  /** Name in the URL. */
  param: string;
  /** Attribute of the element it sets. */
  attribute: string;
  check: Check;
  /** The element's own default: a value the generator need not write (`show-parks=true`). */
  default?: string;
  /** A boolean attribute: `true` is written bare (`share`), `false` left out. */
  boolean?: true;
  /** Only in the script snippet: in a frame it would do nothing a reader can use (`share` writes the frame's own URL). */
  scriptOnly?: true;
}

const REGION = /^(CN-[A-Z]{2}|HK|MO|TW)$/;
const REGIONS = /^(CN-[A-Z]{2}|HK|MO|TW)(,(CN-[A-Z]{2}|HK|MO|TW))*$/;
const SLUGS = /^[a-z0-9-]{1,40}(,[a-z0-9-]{1,40}){0,30}$/;
const RECORD_ID = /^[\w.:-]{1,120}$/;
/** `1988-1991`, `1988`, `1990-`, `-1991`. */
const YEARS = /^(\d{4}-\d{4}|\d{4}-?|-\d{4})$/;
/** Two partial dates: `1980-2011`, `1980-03/2011-06`, `1980-03-02/1981`. */
const RANGE = /^\d{4}(-\d{2}(-\d{2})?)?[-/]\d{4}(-\d{2}(-\d{2})?)?$/;
const SORT = /^-?[\w.]{1,40}(,-?[\w.]{1,40}){0,5}$/;

/** `en`, `EN`, `en-GB` → `en`; anything else → null. */
function lang(value: string): string | null {
  const base = value.trim().toLowerCase().split(/[-_]/)[0];
  return base === 'fr' || base === 'en' || base === 'zh' ? base : null;
}

/** Free text: printable, trimmed, at most `max` characters. */
const freeText =
  (max: number) =>
  (value: string): string | null => {
    const cleaned = value.replace(/[\u0000-\u001f\u007f]/g, '').trim();
    return cleaned && cleaned.length <= max ? cleaned : null;
  };

/** The table's search: at most 100 characters. */
const text = freeText(100);

/** A title, a source line, a caption: at most 200 characters. */
const line = freeText(200);

/** A description or a note: a sentence or two, at most 300 characters. */
const sentences = freeText(300);

const GROUP = /^[\w-]{1,40}$/;

const common: OptionSpec[] = [
  { param: 'lang', attribute: 'lang', check: lang },
  { param: 'theme', attribute: 'theme', check: ['auto', 'light', 'dark'] },
];

/**
 * The editorial frame every element takes (title, description, source line, note), linked views (`group`) and,
 * in the script snippet only, the shareable view (`share`: the reader's choices in the page's URL hash).
 */
const editorial: OptionSpec[] = [
  { param: 'heading', attribute: 'heading', check: line },
  { param: 'description', attribute: 'description', check: sentences },
  { param: 'source', attribute: 'source', check: line },
  { param: 'note', attribute: 'note', check: sentences },
  { param: 'group', attribute: 'group', check: GROUP },
  { param: 'share', attribute: 'share', check: ['true', 'false'], default: 'false', boolean: true, scriptOnly: true },
];

const METRICS = ['parks', 'revenue', 'partnerships', 'offices'];
/** The metric switch above the map (the atlas's too): `off` for a page that fixes the metric. */
const metricSwitch: OptionSpec = { param: 'metric-switch', attribute: 'metric-switch', check: ['on', 'off'], default: 'on' };

export interface FrameElement {
  tag: string;
  options: readonly OptionSpec[];
}

export const FRAME_ELEMENTS: Record<FrameKind, FrameElement> = {
  map: {
    tag: 'sino-province-map',
    options: [
      ...common,
      { param: 'metric', attribute: 'metric', check: METRICS },
      metricSwitch,
      // The vocabulary: `region` is the region of interest; on the map, that is the selected one.
      { param: 'region', attribute: 'selected', check: REGION },
      { param: 'show-parks', attribute: 'show-parks', check: ['true', 'false'], default: 'true' },
      ...editorial,
    ],
  },
  table: {
    tag: 'sino-park-table',
    options: [
      ...common,
      { param: 'preset', attribute: 'preset', check: ['parks', 'partnerships', 'offices'] },
      { param: 'region', attribute: 'region', check: REGIONS },
      { param: 'sector', attribute: 'sector', check: SLUGS },
      { param: 'years', attribute: 'years', check: YEARS },
      { param: 'query', attribute: 'query', check: text },
      { param: 'sort', attribute: 'sort', check: SORT },
      { param: 'selected', attribute: 'selected', check: RECORD_ID },
      { param: 'caption', attribute: 'caption', check: line },
      ...editorial,
    ],
  },
  timeline: {
    tag: 'sino-timeline',
    options: [
      ...common,
      { param: 'range', attribute: 'range', check: RANGE },
      { param: 'categories', attribute: 'categories', check: SLUGS },
      { param: 'region', attribute: 'region', check: REGION },
      { param: 'selected', attribute: 'selected', check: RECORD_ID },
      ...editorial,
    ],
  },
  typology: {
    tag: 'sino-typology',
    options: [
      ...common,
      { param: 'plane', attribute: 'plane', check: ['objectives', 'coordination'] },
      { param: 'view', attribute: 'view', check: ['plane', 'types'] },
      { param: 'selected', attribute: 'selected', check: RECORD_ID },
      ...editorial,
    ],
  },
  atlas: {
    tag: 'sino-atlas',
    options: [
      ...common,
      { param: 'metric', attribute: 'metric', check: METRICS },
      metricSwitch,
      { param: 'region', attribute: 'region', check: REGION },
      ...editorial,
    ],
  },
};

/** URL options that are not element attributes: `id` names the frame in its messages to the host. */
const FRAME_PARAMS = ['id'];
const FRAME_ID = /^[\w-]{1,64}$/;

export function isFrameKind(value: unknown): value is FrameKind {
  return typeof value === 'string' && (FRAME_KINDS as readonly string[]).includes(value);
}

/** The cleaned value, or null when the check rejects it. */
export function checkValue(spec: OptionSpec, raw: string): string | null {
  const { check } = spec;
  const value = raw.trim();
  if (typeof check === 'function') return check(value);
  if (check instanceof RegExp) return check.test(value) ? value : null;
  return check.includes(value) ? value : null;
}

export interface FrameOptions {
  tag: string;
  /** Attributes to set on the element, in the order of the element's option list. */
  attributes: [name: string, value: string][];
  /** The frame's id for its messages (empty when none was given or it was malformed). */
  id: string;
  /** One sentence per ignored option, for the console. */
  warnings: string[];
}

/** Reads the options of an embed page from its query string (`?metric=parks&lang=en`). Never throws. */
export function parseFrameOptions(kind: FrameKind, search: string | URLSearchParams): FrameOptions {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const { tag } = FRAME_ELEMENTS[kind];
  const options = frameOptions(kind);
  const values = new Map<OptionSpec, string>();
  const warnings: string[] = [];
  let id = '';
  for (const [param, raw] of params) {
    if (raw.trim() === '') continue; // `?region=` means "none": nothing to set.
    if (FRAME_PARAMS.includes(param)) {
      if (FRAME_ID.test(raw)) id = raw;
      else warnings.push(`option "id" ignored: "${shorten(raw)}" is not 1 to 64 letters, digits, "_" or "-".`);
      continue;
    }
    const spec = options.find((o) => o.param === param);
    if (!spec) {
      warnings.push(`unknown option "${shorten(param)}" ignored (${kind} takes ${[...options.map((o) => o.param), ...FRAME_PARAMS].join(', ')}).`);
      continue;
    }
    const value = checkValue(spec, raw);
    if (value === null) warnings.push(`option "${param}" ignored: "${shorten(raw)}" ${describe(spec.check)}.`);
    else values.set(spec, value);
  }
  const attributes = options.filter((o) => values.has(o)).map((o): [string, string] => [o.attribute, values.get(o)!]);
  return { tag, attributes, id, warnings };
}

function describe(check: Check): string {
  if (Array.isArray(check)) return `is not one of ${check.join(', ')}`;
  return 'is not a valid value';
}

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** The options an embed page reads from its URL (all but the script-only ones). */
function frameOptions(kind: FrameKind): readonly OptionSpec[] {
  return FRAME_ELEMENTS[kind].options.filter((o) => !o.scriptOnly);
}

/** The options given a value that passes its check and is not the element's default, in the element's order. */
function chosenOptions(options: readonly OptionSpec[], values: Record<string, string>): [OptionSpec, string][] {
  const chosen: [OptionSpec, string][] = [];
  for (const spec of options) {
    const raw = values[spec.param];
    if (raw === undefined || raw.trim() === '') continue;
    const value = checkValue(spec, raw);
    if (value !== null && value !== spec.default) chosen.push([spec, value]);
  }
  return chosen;
}

/** The query string of an embed page for these option values (unchecked, empty and default values left out). */
export function buildFrameQuery(kind: FrameKind, values: Record<string, string>, id = ''): string {
  const params = new URLSearchParams();
  for (const [spec, value] of chosenOptions(frameOptions(kind), values)) params.set(spec.param, value);
  if (FRAME_ID.test(id)) params.set('id', id);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Escapes a value for a double-quoted HTML attribute or text. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The page of each kind under `docs/embed/`. */
export function framePage(kind: FrameKind): string {
  return `${kind}.html`;
}

/** A title for the iframe (screen readers announce it), in the content's language. */
export const FRAME_TITLES: Record<FrameKind, Record<ContentLang, string>> = {
  map: { fr: 'Carte des régions de Chine et des parcs TORCH', en: 'Map of China’s regions and TORCH parks', zh: '中国各地区与火炬园区地图' },
  table: { fr: 'Tableau des parcs technologiques TORCH', en: 'Table of the TORCH hi-tech parks', zh: '火炬高新区一览表' },
  timeline: { fr: 'Chronologie de la coopération franco-chinoise', en: 'Timeline of Franco-Chinese cooperation', zh: '中法合作大事年表' },
  typology: { fr: 'Typologie de la coopération décentralisée franco-chinoise', en: 'Typology of Franco-Chinese decentralised cooperation', zh: '中法地方合作类型' },
  atlas: { fr: 'Atlas Sinocarte : carte, tableau, chronologie et typologie', en: 'Sinocarte atlas: map, table, timeline and typology', zh: 'Sinocarte 图集：地图、表格、年表与类型' },
};

/** The map's title follows its metric: a map of the partnerships is not announced as a map of the parks. */
const MAP_TITLES: Record<'revenue' | 'partnerships' | 'offices', Record<ContentLang, string>> = {
  revenue: {
    fr: 'Carte du chiffre d’affaires des parcs TORCH par région de Chine',
    en: 'Map of the TORCH parks’ revenue by Chinese region',
    zh: '中国各地区火炬园区营业收入地图',
  },
  partnerships: {
    fr: 'Carte des partenariats de coopération décentralisée franco-chinoise par région de Chine',
    en: 'Map of Franco-Chinese decentralised-cooperation partnerships by Chinese region',
    zh: '中法地方合作伙伴关系分布地图',
  },
  offices: {
    fr: 'Carte des bureaux de collectivités françaises en Chine',
    en: 'Map of French local authorities’ offices in China',
    zh: '法国地方政府驻华办事处分布地图',
  },
};

/** The table's title follows its preset: a table of partnerships is not announced as a table of parks. */
const TABLE_TITLES: Record<'parks' | 'partnerships' | 'offices', Record<ContentLang, string>> = {
  parks: FRAME_TITLES.table,
  partnerships: {
    fr: 'Tableau des partenariats de coopération décentralisée franco-chinoise',
    en: 'Table of Franco-Chinese decentralised-cooperation partnerships',
    zh: '中法地方合作伙伴关系一览表',
  },
  offices: {
    fr: 'Tableau des bureaux de collectivités françaises en Chine',
    en: 'Table of French local authorities’ offices in China',
    zh: '法国地方政府驻华办事处一览表',
  },
};

/** The iframe's title (and the embed page's): the heading given, else what the element shows, in the content's language. */
export function frameTitle(kind: FrameKind, values: Record<string, string>): string {
  const heading = line(values.heading ?? '');
  if (heading) return heading;
  const lang = contentLang(values);
  if (kind === 'table' && (values.preset === 'partnerships' || values.preset === 'offices')) return TABLE_TITLES[values.preset][lang];
  if (kind === 'map' && (values.metric === 'revenue' || values.metric === 'partnerships' || values.metric === 'offices')) return MAP_TITLES[values.metric][lang];
  return FRAME_TITLES[kind][lang];
}

/**
 * Height of the iframe before the host script has measured it, and for hosts that cannot run it: the height
 * of each embed page's content in a 720 px article column, rounded up (`iframe.test.ts` measures the pages and
 * checks these still fit). On a phone the content is taller; docs/getting-started.md gives both.
 */
export const FRAME_HEIGHTS: Record<FrameKind, number> = { map: 740, table: 910, timeline: 850, typology: 880, atlas: 3500 };

/** The iframe height asked for in the generator (`values.height`, 100 to 30,000 px), else the default above. */
export function frameHeight(kind: FrameKind, values: Record<string, string>): number {
  const asked = Number(values.height);
  return Number.isInteger(asked) && asked >= 100 && asked <= 30_000 ? asked : FRAME_HEIGHTS[kind];
}

export interface SnippetInput {
  kind: FrameKind;
  values: Record<string, string>;
  /** Folder URL of the embed pages, ending with `/`. */
  pagesBase: string;
  /** URL of `embed.js` (the script snippet) and of `iframe-host.js` (the iframe snippet). */
  embedScript: string;
  hostScript: string;
  id?: string;
}

function contentLang(values: Record<string, string>): ContentLang {
  return (lang(values.lang ?? '') as ContentLang | null) ?? 'fr';
}

/** `<script type="module" src="…embed.js"></script>` and the element with its attributes. */
export function scriptSnippet({ kind, values, embedScript }: SnippetInput): string {
  const { tag, options } = FRAME_ELEMENTS[kind];
  const attrs = chosenOptions(options, values)
    .map(([spec, value]) => (spec.boolean ? (value === 'true' ? ` ${spec.attribute}` : '') : ` ${spec.attribute}="${escapeHtml(value)}"`))
    .join('');
  return `<script type="module" src="${escapeHtml(embedScript)}"></script>\n<${tag}${attrs}></${tag}>`;
}

/** The iframe of an embed page, followed by the host script that sizes it to its content. */
export function iframeSnippet({ kind, values, pagesBase, hostScript, id = '' }: SnippetInput): string {
  const src = `${pagesBase}${framePage(kind)}${buildFrameQuery(kind, values, id)}`;
  const title = frameTitle(kind, values);
  return (
    // One attribute per line: the snippet reads without wrapping (a wrapped URL breaks mid-word).
    `<iframe data-sinocarte\n  src="${escapeHtml(src)}"\n  title="${escapeHtml(title)}"\n  width="100%" height="${frameHeight(kind, values)}" loading="lazy"></iframe>\n` +
    `<script src="${escapeHtml(hostScript)}" defer></script>`
  );
}
