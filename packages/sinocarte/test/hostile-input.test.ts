import { expect, nextFrame } from '@open-wc/testing';
import { parks } from '@sinocarte/data/parks';
import { events } from '@sinocarte/data/events';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import '../src/index.js';
import { presets } from '../src/park-table/park-table.component.js';
import { SinoElement } from '../src/internal/sino-element.js';
import type { SinoErrorDetail } from '../src/internal/events.js';
import { until } from './fixtures/hostile-helpers.js';

/**
 * Issue 15, "inputs that crash an update": values a careless or hostile host passes that used to end in an
 * uncaught rejection with no note and no `sino-error`. Each case sets one such value on a live element and
 * checks what the reader and the host see: no uncaught error, a short note, a `sino-error`, and the valid
 * records still drawn.
 */

const uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(e.reason?.stack ?? e.reason)}`);

/** The regions the map draws, once it has drawn them (it draws at its size, and its geometry may come later). */
const mapRegions = (el: Element) => until(() => el.shadowRoot!.querySelectorAll('path.region').length === 34 && 34, 'the map regions', 5000).catch(() => el.shadowRoot!.querySelectorAll('path.region').length);

const note = (el: Element) => (el.shadowRoot?.querySelector('[part~="message"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Creates the element, sets the properties, waits for the update and a task; returns the `sino-error`s fired. */
async function render(tag: string, props: Record<string, unknown>, container: HTMLElement) {
  const el = document.createElement(tag) as SinoElement;
  const reported: SinoErrorDetail[] = [];
  el.addEventListener('sino-error', (e) => reported.push((e as CustomEvent<SinoErrorDetail>).detail));
  container.append(el);
  await el.updateComplete;
  for (const [name, value] of Object.entries(props)) (el as unknown as Record<string, unknown>)[name] = value;
  // Lit re-throws a failed update from updateComplete: that is the page seeing the exception.
  await el.updateComplete.catch((error) => uncaught.push(`update threw: ${(error as Error).stack ?? error}`));
  await new Promise((r) => setTimeout(r));
  await nextFrame();
  await el.updateComplete.catch((error) => uncaught.push(`update threw: ${(error as Error).stack ?? error}`));
  return { el, reported };
}

/** Values that cannot be turned into text by `String()` or a template literal. */
const UNPRINTABLE: [string, () => unknown][] = [
  ['a null-prototype object', () => Object.create(null)],
  ['a Symbol', () => Symbol('x')],
];
/** Values that print but are not what the field holds. */
const MISTYPED: [string, () => unknown][] = [
  ...UNPRINTABLE,
  ['a BigInt', () => 10n],
];

const throwingGetter = <T extends object>(record: T, key: string) =>
  Object.defineProperty({ ...record }, key, {
    enumerable: true,
    get() {
      throw new Error(`hostile getter ${key}`);
    },
  });
const throwingProxy = () =>
  new Proxy([] as unknown[], {
    get(target, key) {
      if (key === 'length') throw new Error('hostile proxy');
      return Reflect.get(target, key);
    },
  });

/** The hooks both suites share: uncaught errors recorded, and a fresh 800 px container for each test (`use` gets it). */
function withContainer(use: (container: HTMLDivElement) => void): void {
  let container: HTMLDivElement;
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    uncaught.length = 0;
    container = document.createElement('div');
    container.style.width = '800px';
    document.body.append(container);
    use(container);
  });
  afterEach(() => container.remove());
}

describe('hostile input: values that used to crash an update', function () {
  this.timeout(20_000);
  let container: HTMLDivElement;
  withContainer((c) => (container = c));

  const expectExplained = (el: Element, reported: SinoErrorDetail[]) => {
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
    expect(reported.length, 'a sino-error').to.be.greaterThan(0);
    expect(note(el), 'a visible note').not.to.equal('');
    for (const r of reported) expect(note(el)).to.contain(r.message.replace(/\s+/g, ' ').trim());
  };
  /** How many marks (events or clusters) the timeline draws, once it has drawn some (it draws at its size). */
  const timelineEvents = (el: Element) => until(() => el.shadowRoot!.querySelectorAll('rect.event, g.cluster').length, 'the timeline marks', 3000).catch(() => 0);
  const typologyPoints = (el: Element) => until(() => el.shadowRoot!.querySelectorAll('g.point').length, 'the typology points', 3000).catch(() => 0);

  for (const [what, value] of MISTYPED) {
    it(`timeline: ${what} as an event's category is reported, the event kept in "other"`, async () => {
      const broken = { ...events[0], category: value() };
      const { el, reported } = await render('sino-timeline', { events: [broken, ...events.slice(1, 6)] }, container);
      expectExplained(el, reported);
      expect(await timelineEvents(el), 'the events are drawn').to.be.greaterThan(0);
    });

    it(`timeline: ${what} as an event's date is reported, the other events kept`, async () => {
      const broken = { ...events[0], date: value() };
      const { el, reported } = await render('sino-timeline', { events: [broken, ...events.slice(1, 6)] }, container);
      expectExplained(el, reported);
      expect(await timelineEvents(el), 'the other events are drawn').to.be.greaterThan(0);
    });

    it(`typology: ${what} as an item's x is reported, the other items kept`, async () => {
      const data = {
        axes: { x: { min: 'a', max: 'b' }, y: { min: 'c', max: 'd' } },
        items: [
          { id: 'bad', label: 'Bad', x: value(), y: 0 },
          { id: 'good', label: 'Good', x: 0.5, y: 0.5 },
        ],
      };
      const { el, reported } = await render('sino-typology', { data }, container);
      expectExplained(el, reported);
      expect(await typologyPoints(el), 'the valid item is drawn').to.equal(1);
    });

    it(`map: ${what} as a park's year is reported, the other parks kept`, async () => {
      const broken = { ...parks[0], year: value() };
      const { el, reported } = await render('sino-province-map', { parks: [broken, ...parks.slice(1, 5)] }, container);
      expectExplained(el, reported);
      expect((await mapRegions(el)), 'the map is drawn').to.equal(34);
    });

    it(`timeline: ${what} as a source's ref, panel open, is reported and the panel shows`, async () => {
      const source = { ...events[0].sources[0], ref: value() };
      const broken = { ...events[0], sources: [source] };
      const { el, reported } = await render('sino-timeline', { events: [broken, ...events.slice(1, 6)], selected: events[0].id }, container);
      expectExplained(el, reported);
      expect(el.shadowRoot!.querySelector('[part~="panel"]'), 'the detail panel').not.to.equal(null);
    });
  }

  it('timeline: flags that are not a list (5), panel open, are reported and the panel shows', async () => {
    const broken = { ...events[0], flags: 5 };
    const { el, reported } = await render('sino-timeline', { events: [broken, ...events.slice(1, 6)], selected: events[0].id }, container);
    expectExplained(el, reported);
    expect(el.shadowRoot!.querySelector('[part~="panel"]'), 'the detail panel').not.to.equal(null);
  });

  it('table: a row whose getter throws is reported, the other cells and rows kept', async () => {
    const rows = [throwingGetter(parks[0], 'name'), ...parks.slice(1, 5)];
    const { el, reported } = await render('sino-park-table', { rows }, container);
    expectExplained(el, reported);
    // The row stays, its unreadable cell empty: the other rows and cells are all there.
    expect(el.shadowRoot!.querySelectorAll('tbody tr[data-row]').length, 'the rows').to.equal(5);
    expect(el.shadowRoot!.querySelector('tbody')!.textContent).to.contain(parks[1].name);
  });

  it('table: a Proxy that throws as rows is reported, the element stays alive', async () => {
    const { el, reported } = await render('sino-park-table', { rows: throwingProxy() }, container);
    expectExplained(el, reported);
    (el as unknown as { rows: unknown }).rows = parks.slice(0, 3);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('tbody tr[data-row]').length, 'valid rows afterwards').to.equal(3);
  });

  it('map: a park whose getter throws is reported, the other parks kept', async () => {
    const { el, reported } = await render('sino-province-map', { parks: [throwingGetter(parks[0], 'lon'), ...parks.slice(1, 5)] }, container);
    expectExplained(el, reported);
    expect((await mapRegions(el))).to.equal(34);
  });

  it('map: a Proxy that throws as parks is reported, the map stays drawn', async () => {
    const { el, reported } = await render('sino-province-map', { parks: throwingProxy() }, container);
    expectExplained(el, reported);
    expect((await mapRegions(el))).to.equal(34);
  });

  it('timeline: an event whose getter throws is reported, the other events kept', async () => {
    const { el, reported } = await render('sino-timeline', { events: [throwingGetter(events[0], 'date'), ...events.slice(1, 6)] }, container);
    expectExplained(el, reported);
    expect(await timelineEvents(el)).to.be.greaterThan(0);
  });

  it('timeline: a Proxy that throws as events is reported, the element stays alive', async () => {
    const { el, reported } = await render('sino-timeline', { events: throwingProxy() }, container);
    expectExplained(el, reported);
  });

  it('typology: items whose getter throws are reported, the other items kept', async () => {
    const good = { id: 'good', label: 'Good', x: 0.5, y: 0.5 };
    const data = { axes: { x: { min: 'a', max: 'b' }, y: { min: 'c', max: 'd' } }, items: [throwingGetter({ id: 'bad', label: 'Bad', x: 0, y: 0 }, 'x'), good] };
    const { el, reported } = await render('sino-typology', { data }, container);
    expectExplained(el, reported);
    expect(await typologyPoints(el)).to.equal(1);
  });

  it('typology: a Proxy that throws as data is reported, the element stays alive', async () => {
    const data = new Proxy({}, { get: () => { throw new Error('hostile proxy'); }, has: () => { throw new Error('hostile proxy'); }, ownKeys: () => { throw new Error('hostile proxy'); } });
    const { el, reported } = await render('sino-typology', { data }, container);
    expectExplained(el, reported);
  });

  for (const code of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
    it(`table: the coded value "${code}" shows as itself and exports (no read through the prototype)`, async () => {
      const columns = [
        { key: 'id', label: 'Id', rowHeader: true },
        { key: 'kind', label: 'Kind', labels: { jumelage: { fr: 'Jumelage', en: 'Twinning' } } },
      ];
      const rows = [JSON.parse(`{"id":"a","kind":${JSON.stringify(code)}}`), { id: 'b', kind: 'jumelage' }];
      const { el } = await render('sino-park-table', { columns, rows }, container);
      expect(uncaught, 'uncaught errors').to.deep.equal([]);
      const cells = [...el.shadowRoot!.querySelectorAll('tbody tr[data-row]')].map((tr) => (tr as HTMLTableRowElement).cells[1].textContent!.trim());
      expect(cells).to.include(code);
      expect(cells).to.include('Jumelage');
      const table = el as unknown as { toCSV(): string; toTSV(): string };
      expect(table.toCSV()).to.contain(code);
      expect(table.toTSV()).to.contain(code);
    });
  }
});

/** An element whose drawing throws on demand: the last line of defence (SinoElement.performUpdate) on its own. */
class ThrowingProbe extends SinoElement {
  static override styles = [SinoElement.baseStyles];
  @property({ type: Number }) breaks = 0;
  override render() {
    if (this.breaks > 0) throw new Error(`probe breaks ${this.breaks}`);
    // As the map does: the note box is drawn only when there is a note.
    const notes = this.problems.length ? html`<div class="problems" part="message" role="status">${this.problems.map((p) => html`<p>${p.message}</p>`)}</div>` : nothing;
    return html`<div class="base">${notes}<p>drawn</p></div>`;
  }
}
customElements.define('sino-throwing-probe', ThrowingProbe);

describe('hostile input: what the sweep of hostile values found (test/hostile-values.test.ts)', function () {
  this.timeout(20_000);
  let container: HTMLDivElement;
  withContainer((c) => (container = c));

  const sourceLine = (el: Element) => el.shadowRoot!.querySelector('[part~="frame-source"]')?.textContent ?? '';

  it('updates that throw, draw, and throw again each show their note, throw nothing, and the note goes once it draws', async () => {
    const { el, reported } = await render('sino-throwing-probe', { breaks: 1 }, container);
    const probe = el as ThrowingProbe;
    for (const breaks of [0, 2, 3, 0, 4, 0]) {
      const before = reported.length;
      probe.breaks = breaks;
      await el.updateComplete.catch((error) => uncaught.push(`update threw: ${(error as Error).stack ?? error}`));
      await new Promise((r) => setTimeout(r));
      await el.updateComplete.catch((error) => uncaught.push(`update threw: ${(error as Error).stack ?? error}`));
      expect(uncaught, `uncaught errors (breaks ${breaks})`).to.deep.equal([]);
      if (breaks === 0) {
        expect(note(el), 'no note once it draws').to.equal('');
        expect(el.shadowRoot!.textContent).to.contain('drawn');
      } else {
        expect(reported.length, `reported (breaks ${breaks})`).to.be.greaterThan(before);
        expect(note(el), `the note shows (breaks ${breaks})`).to.contain(reported[reported.length - 1].message);
      }
    }
  });

  for (const [what, value] of [['a Symbol', () => Symbol('metric')], ['a null-prototype object', () => Object.create(null)]] as const) {
    it(`map: ${what} as the reflected metric is reported, not thrown by the attribute reflection`, async () => {
      const { el, reported } = await render('sino-province-map', { metric: value() }, container);
      expectExplainedHere(el, reported);
      expect((await mapRegions(el))).to.equal(34);
    });
  }

  it('map: values whose getter throws keep the readable values, and say so', async () => {
    const values = Object.defineProperty({ 'CN-GD': 12, 'CN-SC': 3 }, 'CN-HB', { enumerable: true, get: () => { throw new Error('hostile getter'); } });
    const { el, reported } = await render('sino-province-map', { metric: 'custom', values }, container);
    expectExplainedHere(el, reported);
    await mapRegions(el);
    const gd = el.shadowRoot!.querySelector('path.region[data-id="CN-GD"]')!;
    expect(gd.getAttribute('aria-label') ?? gd.closest('[aria-label]')?.getAttribute('aria-label') ?? '', 'Guangdong keeps its value').to.contain('12');
  });

  it('map: a Proxy that throws as values is reported, the map stays drawn', async () => {
    const values = new Proxy({}, { ownKeys: () => { throw new Error('hostile proxy'); } });
    const { el, reported } = await render('sino-province-map', { values }, container);
    expectExplainedHere(el, reported);
    expect((await mapRegions(el))).to.equal(34);
  });

  it('table: a column whose getter throws, or whose label cannot be read, is dropped and reported; the others kept', async () => {
    const columns = [
      ...presets.parks.slice(0, 3),
      Object.defineProperty({ label: 'Broken' }, 'key', { enumerable: true, get: () => { throw new Error('hostile getter'); } }),
      { key: 'city', label: new Proxy({}, { get: () => { throw new Error('hostile proxy'); } }) },
    ];
    const { el, reported } = await render('sino-park-table', { columns, rows: parks.slice(0, 5) }, container);
    expectExplainedHere(el, reported);
    expect(el.shadowRoot!.querySelectorAll('thead th').length, 'the three valid columns').to.equal(3);
    expect(el.shadowRoot!.querySelectorAll('tbody tr[data-row]').length).to.equal(5);
  });

  for (const tag of ['sino-province-map', 'sino-park-table'] as const) {
    it(`${tag === 'sino-province-map' ? 'map' : 'table'}: a record whose sources cannot be read is reported; the source line names the others' documents`, async () => {
      const field = tag === 'sino-province-map' ? 'parks' : 'rows';
      const broken = Object.defineProperty({ ...parks[0] }, 'sources', { enumerable: true, get: () => { throw new Error('hostile getter'); } });
      const { el, reported } = await render(tag, { [field]: [broken, ...parks.slice(1, 5)] }, container);
      expectExplainedHere(el, reported);
      expect(sourceLine(el).trim(), 'a source line').not.to.equal('');
    });
  }

  it("timeline: a bad range's note goes once a valid range is set", async () => {
    const { el, reported } = await render('sino-timeline', { range: 'not a period' }, container);
    expectExplainedHere(el, reported);
    (el as unknown as { range: string }).range = '1990-2000';
    await el.updateComplete;
    await nextFrame();
    expect(note(el), 'no note once the range is valid').to.equal('');
  });

  it('timeline: a null-prototype object as the region is reported in a visible note, the events kept', async () => {
    const { el, reported } = await render('sino-timeline', { region: Object.create(null) }, container);
    expectExplainedHere(el, reported);
    expect(await until(() => el.shadowRoot!.querySelectorAll('rect.event, g.cluster').length, 'the marks', 3000)).to.be.greaterThan(0);
  });

  for (const [what, value] of [['a Symbol', () => Symbol('x')], ['a null-prototype object', () => Object.create(null)]] as const) {
    it(`table: ${what} as the caption and the query throws nothing, the table stays drawn`, async () => {
      const { el } = await render('sino-park-table', { caption: value(), query: value() }, container);
      expect(uncaught, 'uncaught errors').to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('table, [part~="cards"]'), 'the table').not.to.equal(null);
      (el as unknown as { query: string }).query = '';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('tbody tr[data-row]').length, 'rows once the query is cleared').to.be.greaterThan(0);
    });

    it(`atlas: ${what} as the metric and the heading level throws nothing; the map reports the metric`, async () => {
      const { el, reported } = await render('sino-atlas', { metric: value(), headingLevel: value() }, container);
      expect(uncaught, 'uncaught errors').to.deep.equal([]);
      expect(reported.length, 'the metric reported').to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('h2'), 'panel titles at the default level 2').not.to.equal(null);
    });
  }
});

function expectExplainedHere(el: Element, reported: SinoErrorDetail[]) {
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
  expect(reported.length, 'a sino-error').to.be.greaterThan(0);
  expect(note(el), 'a visible note').not.to.equal('');
  for (const r of reported) expect(note(el)).to.contain(r.message.replace(/\s+/g, ' ').trim());
}
