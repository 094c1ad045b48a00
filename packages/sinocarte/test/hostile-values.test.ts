import { expect, nextFrame } from '@open-wc/testing';
import { parks } from '@sinocarte/data/parks';
import { events } from '@sinocarte/data/events';
import '../src/index.js';
import { presets } from '../src/park-table/park-table.component.js';
import type { SinoElement } from '../src/internal/sino-element.js';
import type { SinoErrorDetail } from '../src/internal/events.js';
import { HOSTILE_KINDS, hostileValue, pathsOf, withHostileAt } from './fixtures/hostile-values.js';

/**
 * Issue 15, the fuzzers' hostile values, placed systematically: each of null-prototype object, Symbol, BigInt,
 * throwing getter and throwing Proxy, at every host-settable property of every element and, for the
 * properties that take records, at every field of a record (nested: a source's `ref`, an item's `x`, a
 * column's `labels`…). Whatever the place: nothing is thrown at the page, each `sino-error` is shown in the
 * note, the other records stay drawn, and a field the element read (its getter was called) and could not use
 * is reported. Then the valid sample comes back and the note goes.
 */

const uncaught: string[] = [];
/** An error's first line and where in Sinocarte it came from: enough to find it, short enough to list many. */
const brief = (error: unknown) => {
  const stack = String((error as Error)?.stack ?? error);
  const lines = stack.split('\n');
  const ours = lines.find((line) => line.includes('/src/') && !line.includes('sino-element.ts')) ?? lines[1] ?? '';
  return `${lines[0].slice(0, 120)} ${ours.trim().replace(/https?:\/\/[^/]+/, '').replace(/\?[^:]*/, '')}`;
};
const onError = (e: ErrorEvent) => uncaught.push(`error: ${brief(e.error ?? e.message)}`);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${brief(e.reason)}`);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const note = (el: Element) => squash(el.shadowRoot?.querySelector('[part~="message"]')?.textContent ?? '');

const valueAt = (value: unknown, path: (string | number)[]) => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
const isRecordList = (value: unknown) => Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object');

const SAMPLE_DIAGRAM = {
  title: { fr: 'Ma typologie', en: 'My typology' },
  note: 'Placement éditorial',
  axes: { x: { label: 'Échelle', min: 'Local', max: 'Global' }, y: { min: 'Informel', max: { fr: 'Formel', en: 'Formal' } } },
  quadrants: [{ x: 'max', y: 'max', label: 'Institutions' }],
  items: [
    { id: 'a', label: 'Projet A', x: 0.4, y: -0.2, regions: ['CN-HB'], type: 'Jumelage' },
    { id: 'b', label: { fr: 'Projet B', zh: '项目B' }, x: -0.7, y: 0.9 },
    { id: 'c', label: 'Projet C', x: 0, y: 0 },
  ],
};

type Report = SinoErrorDetail & { origin: Element };

/**
 * The object properties, each with a valid sample and what shows that the other records are still drawn. A
 * dictionary (the map's `values`) may be a null-prototype object: that one is an empty dictionary, not a mistake.
 */
const RECORDS: { tag: string; field: string; sample: () => unknown; drawn: (el: Element) => number; least: number; dictionary?: boolean }[] = [
  { tag: 'sino-province-map', field: 'parks', sample: () => parks.slice(0, 6), drawn: (el) => el.shadowRoot!.querySelectorAll('path.region').length, least: 34 },
  { tag: 'sino-province-map', field: 'values', sample: () => ({ 'CN-GD': 12, 'CN-SC': 3, 'CN-HB': null, HK: 0 }), drawn: (el) => el.shadowRoot!.querySelectorAll('path.region').length, least: 34, dictionary: true },
  { tag: 'sino-park-table', field: 'rows', sample: () => parks.slice(0, 6), drawn: (el) => el.shadowRoot!.querySelectorAll('tbody tr[data-row]').length, least: 5 },
  { tag: 'sino-park-table', field: 'columns', sample: () => presets.parks.slice(0, 6), drawn: (el) => el.shadowRoot!.querySelectorAll('tbody tr[data-row]').length, least: 5 },
  { tag: 'sino-timeline', field: 'events', sample: () => events.slice(0, 6), drawn: (el) => el.shadowRoot!.querySelectorAll('rect.event, g.cluster').length, least: 1 },
  { tag: 'sino-typology', field: 'data', sample: () => SAMPLE_DIAGRAM, drawn: (el) => el.shadowRoot!.querySelectorAll('g.point').length, least: 2 },
];

/** The other host-settable properties (text, enumerations, booleans), from the elements' classes. */
const SCALARS: Record<string, string[]> = {
  'sino-province-map': ['metric', 'metricSwitch', 'selected', 'showParks', 'valueLabel', 'years', 'labels', 'highlight'],
  'sino-park-table': ['preset', 'kind', 'query', 'region', 'sector', 'years', 'sort', 'selected', 'csvLayout', 'caption', 'filename'],
  'sino-timeline': ['range', 'categories', 'region', 'selected', 'highlight'],
  'sino-typology': ['plane', 'view', 'selected', 'highlight'],
  'sino-atlas': ['region', 'metric', 'headingLevel'],
};
const COMMON = ['lang', 'theme', 'group', 'heading', 'description', 'source', 'note', 'share'];

describe('hostile values at every host-settable place', function () {
  this.timeout(120_000);
  let container: HTMLDivElement;

  // An update that throws is caught by SinoElement.performUpdate (the last line of defence), which logs it with
  // the error: the element then keeps its last drawing instead of drawing the valid records, so it counts here.
  const warn = console.warn;
  before(() => {
    console.warn = (...args: unknown[]) => {
      if (args[1] instanceof Error) uncaught.push(`update threw (caught by performUpdate): ${brief(args[1])}`);
      warn.apply(console, args);
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    container = document.createElement('div');
    container.style.width = '800px';
    document.body.append(container);
  });
  after(() => {
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    container.remove();
  });
  beforeEach(() => {
    uncaught.length = 0;
  });

  /** Sets one property, waits for the update (and the frames that draw at the element's size); the sino-errors fired. */
  async function set(el: SinoElement, field: string, value: unknown): Promise<Report[]> {
    const reported: Report[] = [];
    // The element, or one of its own children (the atlas holds the four others): the note is the origin's.
    const listen = (e: Event) => reported.push({ ...(e as CustomEvent<SinoErrorDetail>).detail, origin: e.composedPath()[0] as Element });
    el.addEventListener('sino-error', listen);
    try {
      try {
        (el as unknown as Record<string, unknown>)[field] = value;
      } catch (error) {
        uncaught.push(`setting ${field} threw: ${brief(error)}`);
      }
      await el.updateComplete.catch((error) => uncaught.push(`update threw: ${brief(error)}`));
      await new Promise((r) => setTimeout(r));
      await nextFrame();
      await el.updateComplete.catch((error) => uncaught.push(`update threw: ${brief(error)}`));
    } finally {
      el.removeEventListener('sino-error', listen);
    }
    return reported;
  }

  /**
   * What every case checks: nothing thrown, each sino-error shown in the note. Failures are collected, so that
   * one run lists every place that fails, not only the first.
   */
  function explained(reported: Report[], where: string, failures: string[]) {
    if (uncaught.length > 0) failures.push(`${where}: ${uncaught.splice(0).join('; ')}`);
    for (const { message, origin } of reported) {
      if (typeof message !== 'string' || message.trim() === '') failures.push(`${where}: sino-error without a message`);
      else if (!note(origin).includes(squash(message))) failures.push(`${where}: the note "${note(origin).slice(0, 80)}" does not show "${message.slice(0, 80)}"`);
    }
  }

  for (const { tag, field, sample, drawn, least, dictionary } of RECORDS) {
    it(`<${tag}>.${field}: each hostile value, as the property and at every field of its records, is explained and the rest kept`, async () => {
      const el = document.createElement(tag) as SinoElement;
      container.append(el);
      try {
        await set(el, field, sample());
        expect(note(el), 'the sample is valid').to.equal('');
        const places = pathsOf(sample());
        const failures: string[] = [];
        const restore = async (after: string) => {
          await set(el, field, sample());
          if (note(el) !== '') failures.push(`a note stays once ${field} is valid again (after ${after}): ${note(el).slice(0, 80)}`);
          uncaught.length = 0;
        };
        for (const kind of HOSTILE_KINDS) {
          // The whole property.
          const where = `${field} = ${kind}`;
          const reported = await set(el, field, hostileValue(kind, () => undefined, sample()));
          explained(reported, where, failures);
          if (reported.length === 0 && !(dictionary && kind === 'a null-prototype object')) failures.push(`${where}: not reported`);
          await restore(where);
          // Each field of its records.
          for (const path of places) {
            const at = `${field}.${path.join('.')} = ${kind}`;
            let touched = false;
            const nested = await set(el, field, withHostileAt(sample(), path, kind, () => (touched = true)));
            explained(nested, at, failures);
            if (touched && nested.length === 0) failures.push(`${at}: read but not reported`);
            // Unless the hostile value replaced a whole list of records (a diagram's items): then none are left to draw.
            const replacedList = isRecordList(valueAt(sample(), path));
            if (!replacedList && drawn(el) < least) failures.push(`${at}: ${drawn(el)} records drawn, fewer than ${least}`);
            await restore(at);
          }
        }
        expect(failures).to.deep.equal([]);
      } finally {
        el.remove();
      }
    });
  }

  for (const [tag, fields] of Object.entries(SCALARS)) {
    it(`<${tag}>: each hostile value as each text, enumerated or boolean property is explained or ignored, never thrown`, async () => {
      const el = document.createElement(tag) as SinoElement;
      container.append(el);
      try {
        await el.updateComplete;
        const failures: string[] = [];
        for (const field of [...fields, ...COMMON]) {
          const initial = (el as unknown as Record<string, unknown>)[field];
          for (const kind of HOSTILE_KINDS) {
            const where = `${field} = ${kind}`;
            explained(await set(el, field, hostileValue(kind, () => undefined)), where, failures);
            await set(el, field, initial);
            if (note(el) !== '') failures.push(`a note stays once ${field} is back (after ${kind}): ${note(el).slice(0, 80)}`);
            uncaught.length = 0;
          }
        }
        expect(failures).to.deep.equal([]);
      } finally {
        el.remove();
      }
    });
  }
});
