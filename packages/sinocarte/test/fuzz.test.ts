import { expect, nextFrame } from '@open-wc/testing';
import fc from 'fast-check';
import { regions } from '@sinocarte/data/regions';
import { parks } from '@sinocarte/data/parks';
import { sectors } from '@sinocarte/data/sectors';
import { events } from '@sinocarte/data/events';
import { typology } from '@sinocarte/data/typology';
import '../src/index.js';
import { presets } from '../src/park-table/park-table.component.js';
import { LANES } from '../src/timeline/timeline.strings.js';
import type { SinoElement } from '../src/internal/sino-element.js';
import type { SinoErrorDetail } from '../src/internal/events.js';
import { HOSTILE_KINDS, hostileValue, pathsOf as placesOf, withHostileAt } from './fixtures/hostile-values.js';

/**
 * Property fuzzing of every public property and attribute of every element, as listed by the Custom Elements
 * Manifest (so a property added tomorrow is fuzzed too). Three promises are checked:
 * 1. whatever a host sets, in whatever order, nothing is thrown at the page (setter, update, event loop);
 * 2. every `sino-error` is well-formed and its message is shown in the element's note;
 * 3. each rejection is explained: a value the element cannot use fires `sino-error`.
 * The seed is fixed (runs are reproducible); fast-check prints it with the shrunk counter-example on failure.
 */

const SEED = 20261122;
const RUNS = 100;
const ERROR_CODES = ['unknown-metric', 'unknown-selection', 'invalid-data', 'invalid-value', 'invalid-attribute'];
/** A note is a short sentence; a message that quotes 10,000 characters of input is not. */
const MAX_MESSAGE = 400;

interface ManifestField {
  kind: string;
  name: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  attribute?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  members?: ManifestField[];
  attributes?: { name: string; fieldName?: string }[];
}
interface ElementApi {
  tag: string;
  /** Writable public properties. */
  fields: string[];
  /** Observed attributes, with the property each feeds. */
  attributes: { name: string; field?: string }[];
}

async function readManifest(): Promise<ElementApi[]> {
  // The test server turns JSON into a module; a variable specifier keeps tsc from needing the (generated) file.
  const url = '/packages/sinocarte/custom-elements.json';
  const loaded = (await import(/* @vite-ignore */ url).catch(() => {
    throw new Error('custom-elements.json is missing: run `npm run manifest -w sinocarte` (part of `npm run build`)');
  })) as { default: { modules: { declarations?: ManifestDeclaration[] }[] } };
  const manifest = loaded.default;
  const apis: ElementApi[] = [];
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (!declaration.tagName) continue;
    const fields = (declaration.members ?? [])
      .filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public')
      .map((m) => m.name);
    const attributes = (declaration.attributes ?? []).map((a) => ({ name: a.name, field: a.fieldName }));
    apis.push({ tag: declaration.tagName, fields, attributes });
  }
  return apis;
}

// ---- values -----------------------------------------------------------------------------------

const REGION_IDS = regions.map((r) => r.id);
const NASTY_STRINGS = [
  '',
  ' ',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  'true',
  'false',
  '__proto__',
  'constructor',
  'toString',
  ',',
  ',,CN-GD,,',
  '-',
  '1980-',
  '-2011',
  '2011-1980',
  '1980-2011',
  '1980-13/1990-02-30',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '${value}',
  '{n}',
  'x'.repeat(10_000),
  '\u0000\u200b\u202e',
  '四川',
  'CN-sc',
  'cn-gd',
];

/** Plausible values of each attribute, so runs also reach the code behind valid input. */
const VALID_HINTS: Record<string, string[]> = {
  metric: ['parks', 'revenue', 'partnerships', 'offices'],
  preset: ['parks', 'partnerships', 'offices'],
  plane: ['objectives', 'coordination'],
  view: ['plane', 'types'],
  'csv-layout': ['auto', 'french', 'international'],
  theme: ['auto', 'light', 'dark'],
  lang: ['fr', 'en', 'zh', 'zh-Hans', 'de'],
  kind: ['province', 'park', 'partnership', 'office', 'event', 'programme'],
  selected: [...REGION_IDS.slice(0, 3), parks[0].id, events[0].id, typology.programmes[0].id],
  region: ['CN-GD', 'CN-HB,CN-SC', 'HK'],
  sector: [sectors[0].id, `${sectors[0].id},${sectors[1].id}`],
  years: ['1988-1991', '1988', '1990-', '-1991'],
  range: ['1980-2011', '1980-03/2011-06', '2000-2001'],
  categories: ['torch,park', LANES[0]],
  sort: ['-year,name', 'name', '-revenue'],
  'show-parks': ['false', 'true', ''],
};

const attributeValue = (name: string) =>
  fc.oneof(
    fc.constantFrom(...(VALID_HINTS[name] ?? ['a'])),
    fc.constantFrom(...NASTY_STRINGS),
    fc.string({ maxLength: 20 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
  );

const anythingOptions = {
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withSparseArray: true,
  withTypedArray: true,
  withObjectString: true,
};
const anything = fc.anything(anythingOptions);
/** For properties that are text: a number or a list is a plausible mistake, a null-prototype object is not. */
const anythingButNullPrototype = fc.anything({ ...anythingOptions, withNullPrototype: false });

/** Values no `String()`, no plain read survives: null-prototype objects, Symbols, BigInts, throwing getters and Proxies. */
const hostile = fc.constantFrom(...HOSTILE_KINDS).map((kind) => hostileValue(kind, () => undefined));

const odd = fc.constantFrom<unknown>(NaN, Infinity, -Infinity, -0, 1e308, -1, 1990, '', 'x'.repeat(5000), null, undefined, [], {}, [null], [[]], new Date(NaN), () => 1);

/** A well-formed sample of each object property, that the fuzzer then breaks in places. */
const SAMPLE_DIAGRAM = {
  title: { fr: 'Ma typologie', en: 'My typology' },
  note: 'Placement éditorial',
  axes: { x: { label: 'Échelle', min: 'Local', max: 'Global' }, y: { min: 'Informel', max: { fr: 'Formel', en: 'Formal' } } },
  quadrants: [{ x: 'max', y: 'max', label: 'Institutions' }, { x: 'min', y: 'min', label: 'Réseaux' }],
  items: [
    { id: 'a', label: 'Projet A', x: 0.4, y: -0.2, regions: ['CN-HB'] },
    { id: 'b', label: { fr: 'Projet B', zh: '项目B' }, x: -0.7, y: 0.9, type: 'Jumelage' },
    { label: 'Projet C', x: 0, y: 0 },
  ],
};
const SAMPLES: Record<string, () => unknown> = {
  parks: () => parks.slice(0, 6),
  rows: () => parks.slice(0, 6),
  data: () => SAMPLE_DIAGRAM,
  columns: () => presets.parks,
  events: () => events.slice(0, 8),
  values: () => ({ 'CN-GD': 12, 'CN-SC': 3, 'CN-HB': null, HK: 0 }),
};
// `data` of the table is an alias of `rows`.
const sampleFor = (tag: string, field: string) => (tag === 'sino-park-table' && field === 'data' ? SAMPLES.rows() : SAMPLES[field]?.());

/** Paths to the places of a value worth breaking: every property down to depth 3, the first items of lists. */
function pathsOf(value: unknown, depth = 0, prefix: (string | number)[] = []): (string | number)[][] {
  if (depth > 3 || value === null || typeof value !== 'object') return [];
  const keys = Array.isArray(value) ? value.slice(0, 3).map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => [[...prefix, k], ...pathsOf((value as Record<string | number, unknown>)[k], depth + 1, [...prefix, k])]);
}

/** A copy of the sample with a few places replaced by anything (or removed). */
function broken(sample: unknown) {
  const paths = pathsOf(sample);
  const edit = fc.record({ path: fc.constantFrom(...paths), value: fc.oneof(anything, odd, hostile), remove: fc.boolean() });
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
    const copy = structuredClone(sample) as Record<string | number, unknown>;
    for (const { path, value, remove } of edits) {
      let parent: Record<string | number, unknown> | undefined = copy;
      for (const k of path.slice(0, -1)) parent = parent?.[k] as Record<string | number, unknown> | undefined;
      if (parent === null || typeof parent !== 'object') continue;
      if (remove) delete parent[path[path.length - 1]];
      else parent[path[path.length - 1]] = value;
    }
    return copy;
  });
}

/** A copy of the sample with one hostile value at one of its places, nested (a source's `ref`, an item's `x`). */
function hostileAt(sample: unknown) {
  return fc
    .record({ path: fc.constantFrom(...placesOf(sample)), kind: fc.constantFrom(...HOSTILE_KINDS) })
    .map(({ path, kind }) => withHostileAt(sample, path, kind, () => undefined));
}

const propertyValue = (tag: string, field: string, attribute: string | undefined) => {
  const sample = sampleFor(tag, field);
  const options: fc.Arbitrary<unknown>[] = [sample === undefined ? anythingButNullPrototype : anything, odd, hostile];
  if (attribute) options.push(attributeValue(attribute));
  if (sample !== undefined) options.push(fc.constant(sample), broken(sample), broken(sample), hostileAt(sample));
  return fc.oneof(...options);
};

type Step = { kind: 'attribute'; name: string; value: string | null } | { kind: 'property'; name: string; value: unknown };

function stepArbitrary(api: ElementApi): fc.Arbitrary<Step> {
  const attributeOf = (field: string) => api.attributes.find((a) => a.field === field)?.name;
  const steps: fc.Arbitrary<Step>[] = [
    ...api.attributes.map((a) =>
      fc.option(attributeValue(a.name), { freq: 6 }).map((value): Step => ({ kind: 'attribute', name: a.name, value })),
    ),
    ...api.fields.map((f) => propertyValue(api.tag, f, attributeOf(f)).map((value): Step => ({ kind: 'property', name: f, value }))),
  ];
  return fc.oneof(...steps);
}

// ---- harness ----------------------------------------------------------------------------------

let container: HTMLDivElement;
const uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(e.reason?.stack ?? e.reason)}`);

const note = (el: Element) => (el.shadowRoot?.querySelector('[part~="message"]')?.textContent ?? '').replace(/\s+/g, ' ');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Applies one step and says what the element reported while it updated; anything thrown is a failure. */
type Report = SinoErrorDetail & { origin: Element };

async function apply(el: SinoElement, step: Step): Promise<Report[]> {
  const reported: Report[] = [];
  // The element itself, or one of its own children (the atlas holds the four others): the note is the origin's.
  const listen = (e: Event) => reported.push({ ...(e as CustomEvent<SinoErrorDetail>).detail, origin: e.composedPath()[0] as Element });
  el.addEventListener('sino-error', listen);
  try {
    try {
      if (step.kind === 'attribute') {
        if (step.value === null) el.removeAttribute(step.name);
        else el.setAttribute(step.name, step.value);
      } else {
        (el as unknown as Record<string, unknown>)[step.name] = step.value;
      }
    } catch (error) {
      throw new Error(`setting ${step.kind} ${step.name} threw: ${(error as Error).stack ?? error}`);
    }
    try {
      await el.updateComplete;
    } catch (error) {
      throw new Error(`the update after ${step.kind} ${step.name} threw: ${(error as Error).stack ?? error}`);
    }
    // A task later, an update that failed has surfaced as an error or an unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve));
    if (uncaught.length > 0) throw new Error(`after ${step.kind} ${step.name}: ${uncaught.splice(0).join('\n')}`);
  } finally {
    el.removeEventListener('sino-error', listen);
  }
  return reported;
}

function checkReports(reported: Report[]) {
  for (const { code, message, origin } of reported) {
    const shown = squash(note(origin));
    expect(ERROR_CODES, 'sino-error code').to.include(code);
    expect(message, 'sino-error message').to.be.a('string');
    expect(message.trim(), 'sino-error message').not.to.equal('');
    expect(message.length, `a short message, not: ${message.slice(0, 120)}…`).to.be.at.most(MAX_MESSAGE);
    expect(shown, 'the note shows the message of each sino-error').to.contain(squash(message));
  }
}

/** What the reader sees, without Lit's markers nor transition classes: two elements that show the same thing match. */
const signature = (el: Element) =>
  (el.shadowRoot?.innerHTML ?? '')
    .replace(/<!--[^>]*-->/g, '')
    .replace(/\b(animate|entering)\b/g, '')
    // Group names an element makes up for its children (`sino-atlas-3`) count instances: not a difference.
    .replace(/(group="[^"]*?)-\d+"/g, '$1-#"')
    .replace(/\s+/g, ' ');

/** Waits until the element has drawn at its size (observers fire, then frames): the same rendering over three frames. */
async function settle(el: SinoElement) {
  let previous = '';
  let stable = 0;
  for (let i = 0; i < 30 && stable < 3; i++) {
    await el.updateComplete;
    await nextFrame();
    const current = signature(el);
    stable = current === previous ? stable + 1 : 0;
    previous = current;
  }
}

function defaultsOf(api: ElementApi): Record<string, unknown> {
  const pristine = document.createElement(api.tag) as unknown as Record<string, unknown>;
  return Object.fromEntries(api.fields.map((f) => [f, pristine[f]]));
}

/** Every element of the manifest that `import 'sinocarte'` registers: the four of the issue, and any added later. */
const apis = (await readManifest()).filter((api) => customElements.get(api.tag));
const TAGS = apis.map((a) => a.tag);

describe('property fuzzing (fast-check)', function () {
  this.timeout(120_000);

  before(() => {
    container = document.createElement('div');
    container.style.width = '720px';
    document.body.append(container);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  after(() => {
    container.remove();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  beforeEach(() => {
    uncaught.length = 0;
  });

  it('knows the four elements and their properties from the manifest', () => {
    const four = ['sino-park-table', 'sino-province-map', 'sino-timeline', 'sino-typology'];
    expect(TAGS).to.include.members(four);
    for (const api of apis.filter((a) => four.includes(a.tag))) {
      expect(api.fields, api.tag).to.include.members(['lang', 'theme', 'group', 'selected']);
      expect(api.attributes.map((a) => a.name), api.tag).to.include.members(['lang', 'theme', 'group', 'selected']);
    }
  });

  for (const tag of TAGS) {
    it(`<${tag}>: any sequence of properties and attributes throws nothing, explains itself, and recovers`, async () => {
      const api = apis.find((a) => a.tag === tag)!;
      const defaults = defaultsOf(api);
      // One element for every run: each run ends by setting the defaults back and checking that the element then
      // draws exactly what it drew fresh, so the next run starts from a pristine element (and runs stay fast).
      const fresh = async () => {
        const created = document.createElement(tag) as SinoElement;
        container.append(created);
        await settle(created);
        // A container (the atlas) draws its views below the fold when a reader scrolls to them or a linked view
        // speaks to them; a run may do either, so the reference is the container with every view drawn.
        const waiting = [...(created.shadowRoot?.querySelectorAll('[data-sino-waiting]') ?? [])] as (Element & { drawNow?: () => void })[];
        if (waiting.length) {
          for (const view of waiting) view.drawNow?.();
          // Each view then draws in its turn, one after the other (internal/draw-later.ts): its `updateComplete`
          // waits for that turn; the atlas's own markup does not change meanwhile, so settling alone stops too soon.
          await Promise.all(waiting.map((view) => (view as unknown as SinoElement).updateComplete));
          for (let i = 0; i < 100 && created.shadowRoot?.querySelector('[data-sino-waiting]'); i++) await nextFrame();
          await settle(created);
        }
        return created;
      };
      let el = await fresh();
      const expected = signature(el);
      expect(expected.length, 'the pristine element draws something').to.be.greaterThan(200);
      // A run that failed left the element in an unknown state: the next run (fast-check shrinking) starts afresh.
      let clean = true;
      try {
        await fc.assert(
          fc.asyncProperty(fc.array(stepArbitrary(api), { minLength: 1, maxLength: 6 }), async (steps) => {
            if (!clean) {
              el.remove();
              el = await fresh();
            }
            clean = false;
            for (const step of steps) checkReports(await apply(el, step));
            for (const { name } of api.attributes) el.removeAttribute(name);
            for (const field of api.fields) (el as unknown as Record<string, unknown>)[field] = defaults[field];
            await el.updateComplete;
            await nextFrame();
            await el.updateComplete;
            // Only when it differs, give observers and timers the time to catch up before judging.
            if (signature(el) !== expected) await settle(el);
            expect(uncaught, 'uncaught errors').to.deep.equal([]);
            expect(note(el).trim(), 'no note left once the input is valid again').to.equal('');
            expect(signature(el), 'draws what a fresh element draws').to.equal(expected);
            clean = true;
          }),
          { numRuns: RUNS, seed: SEED, verbose: 1, includeErrorInReport: true },
        );
      } finally {
        el.remove();
      }
    });
  }

  /** Values an element cannot use, and that it must therefore explain with `sino-error`. */
  const unknownToken = (known: readonly string[]) =>
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,11}$/).filter((s) => !known.includes(s) && !known.includes(s.toUpperCase()));
  const ENUMS: Record<string, readonly string[]> = VALID_HINTS;
  const REJECTIONS: { tag: string; name: string; kind: 'attribute' | 'property'; value: fc.Arbitrary<unknown> }[] = [
    { tag: 'sino-province-map', name: 'metric', kind: 'attribute', value: unknownToken(ENUMS.metric) },
    { tag: 'sino-province-map', name: 'selected', kind: 'attribute', value: unknownToken(REGION_IDS) },
    { tag: 'sino-park-table', name: 'preset', kind: 'attribute', value: unknownToken(ENUMS.preset) },
    { tag: 'sino-park-table', name: 'selected', kind: 'attribute', value: unknownToken(parks.map((p) => p.id)) },
    { tag: 'sino-park-table', name: 'region', kind: 'attribute', value: unknownToken(REGION_IDS) },
    { tag: 'sino-park-table', name: 'sector', kind: 'attribute', value: unknownToken(sectors.map((s) => s.id)) },
    { tag: 'sino-park-table', name: 'years', kind: 'attribute', value: fc.stringMatching(/^[a-z]{1,8}$/) },
    { tag: 'sino-park-table', name: 'sort', kind: 'attribute', value: unknownToken(presets.parks.map((c) => c.key)).map((k) => `zz${k}`) },
    { tag: 'sino-park-table', name: 'csv-layout', kind: 'attribute', value: unknownToken(ENUMS['csv-layout']) },
    { tag: 'sino-park-table', name: 'kind', kind: 'attribute', value: unknownToken(ENUMS.kind) },
    { tag: 'sino-timeline', name: 'range', kind: 'attribute', value: fc.stringMatching(/^[a-z]{1,8}$/) },
    { tag: 'sino-timeline', name: 'region', kind: 'attribute', value: unknownToken(REGION_IDS) },
    { tag: 'sino-timeline', name: 'categories', kind: 'attribute', value: unknownToken(LANES) },
    { tag: 'sino-timeline', name: 'selected', kind: 'attribute', value: unknownToken(events.map((e) => e.id)) },
    { tag: 'sino-typology', name: 'plane', kind: 'attribute', value: unknownToken(ENUMS.plane) },
    { tag: 'sino-typology', name: 'view', kind: 'attribute', value: unknownToken(ENUMS.view) },
    { tag: 'sino-typology', name: 'selected', kind: 'attribute', value: unknownToken(typology.programmes.map((p) => p.id)) },
    ...TAGS.map((tag) => ({
      tag,
      name: 'theme',
      kind: 'attribute' as const,
      value: unknownToken(ENUMS.theme),
    })),
    // A list or a record cannot be a number, a string or a boolean.
    ...[
      ['sino-province-map', 'values'],
      ['sino-province-map', 'parks'],
      ['sino-park-table', 'rows'],
      ['sino-park-table', 'data'],
      ['sino-park-table', 'columns'],
      ['sino-timeline', 'events'],
      ['sino-typology', 'data'],
    ].map(([tag, name]) => ({
      tag,
      name,
      kind: 'property' as const,
      value: fc.oneof(fc.double(), fc.string({ minLength: 1 }), fc.boolean(), fc.bigInt()),
    })),
  ];

  for (const { tag, name, kind, value } of REJECTIONS) {
    it(`<${tag}> explains a ${kind} ${name} it cannot use`, async () => {
      await fc.assert(
        fc.asyncProperty(value, async (v) => {
          const el = document.createElement(tag) as SinoElement;
          container.append(el);
          try {
            await el.updateComplete;
            const step: Step = kind === 'attribute' ? { kind, name, value: String(v) } : { kind, name, value: v };
            const reported = await apply(el, step);
            expect(reported.length, `sino-error for ${name}=${String(v)}`).to.be.greaterThan(0);
            checkReports(reported);
            expect(uncaught, 'uncaught errors').to.deep.equal([]);
          } finally {
            el.remove();
            uncaught.length = 0;
          }
        }),
        { numRuns: 20, seed: SEED, verbose: 1, includeErrorInReport: true },
      );
    });
  }

  for (const tag of TAGS) {
    it(`<${tag}>: removing an attribute returns to the default without a complaint`, async () => {
      const api = apis.find((a) => a.tag === tag)!;
      // What a fresh element's properties read once drawn (some reflect what they show, e.g. the timeline's range).
      const fresh = document.createElement(tag) as SinoElement;
      container.append(fresh);
      await settle(fresh);
      const defaults = Object.fromEntries(api.fields.map((f) => [f, (fresh as unknown as Record<string, unknown>)[f]]));
      fresh.remove();
      for (const { name, field } of api.attributes) {
        const hints = VALID_HINTS[name] ?? ['a'];
        const el = document.createElement(tag) as SinoElement;
        el.setAttribute(name, hints[hints.length > 1 ? 1 : 0]);
        container.append(el);
        try {
          await el.updateComplete;
          const reported = await apply(el, { kind: 'attribute', name, value: null });
          expect(reported.map(({ code, message }) => ({ code, message })), `removing ${name}`).to.deep.equal([]);
          expect(note(el).trim(), `no note after removing ${name}`).to.equal('');
          await settle(el);
          if (field) {
            // Reading back the default, or an empty value that means it, are both fine.
            const value = (el as unknown as Record<string, unknown>)[field];
            expect([defaults[field], null, '', undefined], `${field} after removing ${name}: ${String(value)}`).to.deep.include(value);
          }
        } finally {
          el.remove();
        }
      }
    });
  }
});
