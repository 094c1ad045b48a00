import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../province-map.js';
import '../park-table.js';
import '../timeline.js';
import '../typology.js';
import '../atlas.js';
import { LANGS, LANG_INFO, commonMessages, frameMessages, mapMessages, messages, tableMessages, timelineMessages, typologyMessages, type Lang, type Messages } from './index.js';
import { formatNumber, intlLocale, normalizeLang, plural } from '../internal/i18n.js';

type Tree = { [key: string]: string | Tree };

const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

/**
 * Every way `translation` falls short of `reference`, one line each, named by key path: a key missing or
 * added, a value empty or of another type, a `{placeholder}` of the reference missing or a new one invented.
 */
function catalogProblems(reference: unknown, translation: unknown, path = ''): string[] {
  const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  if (kind(reference) !== kind(translation)) return [`${path}: ${kind(translation)} instead of ${kind(reference)}`];
  if (typeof reference === 'string') {
    const text = translation as string;
    if (!text.trim()) return [`${path}: empty`];
    const expected = placeholders(reference);
    const found = placeholders(text);
    return [
      ...[...expected].filter((p) => !found.has(p)).map((p) => `${path}: placeholder {${p}} missing`),
      ...[...found].filter((p) => !expected.has(p)).map((p) => `${path}: placeholder {${p}} not in the reference`),
    ];
  }
  if (kind(reference) !== 'object') return [`${path}: unexpected ${kind(reference)}`];
  const ref = reference as Tree;
  const tr = translation as Tree;
  const at = (key: string) => (path ? `${path}.${key}` : key);
  return [
    ...Object.keys(ref).flatMap((key) => (key in tr ? catalogProblems(ref[key], tr[key], at(key)) : [`${at(key)}: missing`])),
    ...Object.keys(tr).filter((key) => !(key in ref)).map((key) => `${at(key)}: not in the reference`),
  ];
}

/** Every string of a tree with its key path. */
function leaves(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  return Object.entries(tree as Tree).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

describe('interface languages', () => {
  it('has every French key in English and Chinese, non-empty, of the same type, with the same placeholders', () => {
    const reference = messages('fr');
    expect(leaves(reference).filter(([, text]) => !text.trim()), 'empty French strings').to.deep.equal([]);
    expect(leaves(reference).length).to.be.greaterThan(200);
    for (const lang of LANGS.filter((l) => l !== 'fr')) {
      expect(catalogProblems(reference, messages(lang)), `problems in ${lang}`).to.deep.equal([]);
    }
  });

  it('names the key path of each kind of gap (the check itself can fail)', () => {
    const broken = JSON.parse(JSON.stringify(messages('en')));
    delete broken.map.zoomIn;
    broken.table.search = '   ';
    broken.timeline.categories.torch = 'TORCH';
    broken.typology.phase = 'Phase';
    broken.atlas.panels.extra = 'Extra';
    broken.common.linkHighlighted = '{count} highlighted';
    expect(catalogProblems(messages('fr'), broken)).to.have.members([
      'map.zoomIn: missing',
      'table.search: empty',
      'timeline.categories.torch: string instead of object',
      'typology.phase: placeholder {n} missing',
      'atlas.panels.extra: not in the reference',
      'common.linkHighlighted: placeholder {n} missing',
      'common.linkHighlighted: placeholder {count} not in the reference',
    ]);
  });

  it('keeps the registry, Lang and normalizeLang in step, each language with a working Intl locale', () => {
    for (const table of [commonMessages, frameMessages, mapMessages, tableMessages, timelineMessages, typologyMessages]) {
      expect(Object.keys(table)).to.have.members([...LANGS]);
    }
    expect(LANGS[0]).to.equal('fr');
    for (const lang of LANGS) {
      expect(normalizeLang(lang)).to.equal(lang);
      expect(normalizeLang(`${lang.toUpperCase()}-XX`)).to.equal(lang);
      expect(new Intl.NumberFormat(intlLocale(lang)).resolvedOptions().locale.split('-')[0]).to.equal(lang);
    }
    expect(normalizeLang('de-DE')).to.equal('fr');
    // Each language names itself, so the atlas's switch reads the same in every interface language.
    expect(new Set(LANGS.map((l) => LANG_INFO[l].name)).size).to.equal(LANGS.length);
  });

  it('formats numbers and picks plurals as Intl does, each language and set of options with its own cached formatter', () => {
    const cases: [number, Intl.NumberFormatOptions | undefined][] = [
      [1234.5678, undefined],
      [1234.5678, { maximumFractionDigits: 0 }],
      [1234.5678, { maximumFractionDigits: 2 }],
      [1234.5678, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }],
      [1234.5678, { signDisplay: 'exceptZero', maximumFractionDigits: 2 }],
      [1234.5678, { maximumFractionDigits: 1 }],
      [0.5, { style: 'percent' }],
      // Numbers with no option but the fraction digits are written without a formatter: the same text.
      ...[0, 1, 7, 34, 999, 1000, 12345, 1234567.891, -3, -0, -0.001, 2.5, 0.125, 1.005, 2.675, 1e-7, 999.9999, 123456789012, 1e16, NaN, Infinity].flatMap(
        (n): [number, Intl.NumberFormatOptions | undefined][] => [
          [n, undefined],
          [n, { maximumFractionDigits: 0 }],
          [n, { maximumFractionDigits: 1 }],
          [n, { maximumFractionDigits: 2 }],
          [n, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }],
          [n, { signDisplay: 'exceptZero' }],
          [n, { signDisplay: 'always' }],
          [n, { minimumFractionDigits: 1 }],
          [n, { style: 'percent' }],
        ],
      ),
      // Seeded values of every size and sign.
      ...Array.from({ length: 300 }, (_, i): [number, Intl.NumberFormatOptions] => [
        (((i * 7919) % 1000) - 500) * 10 ** ((i % 13) - 6) + i / 7,
        i % 5 ? { maximumFractionDigits: i % 4 } : { maximumFractionDigits: i % 3, signDisplay: 'exceptZero' },
      ]),
    ];
    for (const lang of LANGS) {
      // Twice: the second call reads the cache, which must not hand one call's formatter to another.
      for (let pass = 0; pass < 2; pass++) {
        for (const [value, options] of cases) expect(formatNumber(value, lang, options), `${lang} ${JSON.stringify(options)}`).to.equal(new Intl.NumberFormat(intlLocale(lang), options).format(value));
        for (const n of [0, 1, 2, 5]) expect(plural(n, lang)).to.equal(new Intl.PluralRules(intlLocale(lang)).select(n));
      }
    }
  });
});

/** What a reader or a screen reader gets from an element: its text and labelling attributes, nested shadow roots included. */
function readable(root: ShadowRoot | Element): string {
  const parts: string[] = [root.textContent ?? ''];
  for (const el of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'aria-roledescription', 'aria-description', 'title', 'placeholder', 'alt']) {
      const value = el.getAttribute(name);
      if (value) parts.push(value);
    }
    if (el.shadowRoot) parts.push(readable(el.shadowRoot));
  }
  return parts.join('\n');
}

/**
 * Distinctive pieces of the French strings of some parts: each literal run between placeholders, at least
 * 8 characters long and different from the English and Chinese strings of the same key (so that a shared
 * word such as "Programme" or a proper noun from the data does not count as a leak). The language names
 * are not strings of a part (langs.ts): the atlas's switch shows "Français" in every interface language, on purpose.
 */
function frenchPieces(parts: (keyof Messages)[]): { path: string; piece: string }[] {
  const other = (lang: Lang, path: string) => leaves(messages(lang)).find(([p]) => p === path)?.[1] ?? '';
  return parts.flatMap((part) =>
    leaves(messages('fr')[part], part).flatMap(([path, text]) =>
      text
        .split(/\{\w+\}/)
        .map((piece) => piece.trim())
        .filter((piece) => piece.length >= 8 && !other('en', path).includes(piece) && !other('zh', path).includes(piece))
        .map((piece) => ({ path, piece })),
    ),
  );
}

async function rendered(template: ReturnType<typeof html>, ready: (el: HTMLElement) => boolean): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px">${template}</div>`);
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  for (let i = 0; i < 100 && !ready(el); i++) await nextFrame();
  await nextFrame();
  return el;
}

const CASES: { tag: string; parts: (keyof Messages)[]; template: () => ReturnType<typeof html>; ready: (el: HTMLElement) => boolean; zh: string[] }[] = [
  {
    tag: 'sino-province-map',
    parts: ['map', 'common'],
    template: () => html`<sino-province-map lang="zh"></sino-province-map>`,
    ready: (el) => !!el.shadowRoot?.querySelector('path.region'),
    zh: [messages('zh').map.zoomIn, messages('zh').map.showTable, messages('zh').map.metricParks],
  },
  {
    tag: 'sino-park-table',
    parts: ['table', 'common'],
    template: () => html`<sino-park-table lang="zh"></sino-park-table>`,
    ready: (el) => !!el.shadowRoot?.querySelector('tbody tr, li.card'),
    zh: [messages('zh').table.search, messages('zh').table.download, messages('zh').table.caption.parks],
  },
  {
    tag: 'sino-timeline',
    parts: ['timeline', 'common'],
    template: () => html`<sino-timeline lang="zh"></sino-timeline>`,
    ready: (el) => !!el.shadowRoot?.querySelector('svg'),
    zh: [messages('zh').timeline.roleDescription, messages('zh').timeline.categories.torch.label, messages('zh').timeline.zoomReset],
  },
  {
    tag: 'sino-typology',
    parts: ['typology', 'common'],
    template: () => html`<sino-typology lang="zh"></sino-typology>`,
    ready: (el) => !!el.shadowRoot?.querySelector('g.point'),
    zh: [messages('zh').typology.views.objectives, messages('zh').typology.showTable, messages('zh').typology.axisX],
  },
  {
    tag: 'sino-atlas',
    parts: ['atlas', 'map', 'table', 'timeline', 'typology', 'common'],
    template: () => html`<sino-atlas lang="zh"></sino-atlas>`,
    // The atlas draws its table when it comes into view, as a reader scrolls to it.
    ready: (el) => {
      const view = (tag: string) => el.shadowRoot?.querySelector(tag)?.shadowRoot;
      el.shadowRoot?.querySelector('sino-park-table')?.scrollIntoView();
      return !!view('sino-typology')?.querySelector('g.point') && !!view('sino-province-map')?.querySelector('path.region') && !!view('sino-park-table')?.querySelector('tbody tr, li.card');
    },
    zh: [messages('zh').atlas.title, messages('zh').atlas.reset, messages('zh').map.zoomIn, messages('zh').table.search],
  },
];

describe('lang="zh" on every element', () => {
  for (const { tag, parts, template, ready, zh } of CASES) {
    it(`<${tag}> speaks Chinese with no French UI string left`, async () => {
      const el = await rendered(template(), ready);
      const text = readable(el.shadowRoot!);
      for (const expected of zh) expect(text, `${tag} shows "${expected}"`).to.contain(expected);
      const pieces = frenchPieces(parts);
      expect(pieces.length).to.be.greaterThan(20);
      const leaked = pieces.filter(({ piece }) => text.includes(piece)).map(({ path, piece }) => `${path}: "${piece}"`);
      expect(leaked, `French strings in <${tag} lang="zh">`).to.deep.equal([]);
    });
  }

  it('takes the language of the closest [lang] ancestor, across shadow roots, when lang is not set', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-Hans-CN"><section lang="en-GB"><sino-park-table></sino-park-table></section></div>`);
    const table = wrapper.querySelector('sino-park-table') as HTMLElement & { updateComplete: Promise<unknown>; lang: string };
    await table.updateComplete;
    expect(readable(table.shadowRoot!)).to.contain(messages('en').table.search).and.not.contain(messages('fr').table.searchPlaceholder);
    table.lang = 'zh';
    await table.updateComplete;
    expect(readable(table.shadowRoot!)).to.contain(messages('zh').table.search).and.not.contain(messages('en').table.searchPlaceholder);
    const atlas = await rendered(html`<div lang="en"><sino-atlas></sino-atlas></div>`, () => true);
    const inner = atlas.querySelector('sino-atlas')!;
    await (inner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(readable(inner.shadowRoot!)).to.contain(messages('en').atlas.title);
  });
});
