import { expect } from '@open-wc/testing';
import '../src/park-table.js';
import '../src/typology.js';
import { events } from '@sinocarte/data/events';
import '../src/timeline.js';
import type { SinoParkTable } from '../src/park-table/park-table.component.js';
import { until } from './fixtures/hostile-helpers.js';

/**
 * Issue 15, "very large inputs stay responsive": behaviour, not timings (scripts/bench-hostile.mjs measures).
 * The CSV download of a large view is written in slices with pauses: the page's own timers run while it is
 * written, its progress shows beside the button, and the reader can cancel it.
 */

const ROWS = 100_000;
const columns = [
  { key: 'id', label: 'Id', rowHeader: true },
  { key: 'name', label: 'Name' },
  { key: 'year', label: 'Year', type: 'year' },
];
const rows = Array.from({ length: ROWS }, (_, i) => ({ id: `r${i}`, name: `Row number ${i}, with some text to write`, year: 1980 + (i % 40) }));

describe('hostile input: very large views', function () {
  this.timeout(60_000);
  let el: SinoParkTable;
  const notice = () => el.shadowRoot!.querySelector('.notice')?.textContent?.trim() ?? '';

  beforeEach(async () => {
    el = document.createElement('sino-park-table') as SinoParkTable;
    el.lang = 'en';
    Object.assign(el, { columns, rows });
    document.body.append(el);
    await el.updateComplete;
    await until(() => el.shadowRoot!.querySelector('tbody tr[data-row]'), 'the first rows', 20_000);
  });
  afterEach(() => el.remove());

  /** Catches the file handed to the browser, and what the page could do before it was. */
  function catchFile() {
    const original = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    const caught: { blob: Blob | null; timerFiredBefore: boolean; progress: string[] } = { blob: null, timerFiredBefore: false, progress: [] };
    let timerFired = false;
    HTMLAnchorElement.prototype.click = () => undefined;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      caught.blob = b as Blob;
      caught.timerFiredBefore = timerFired;
      return original.call(URL, b);
    };
    // A page's timer set as the download starts: it must run before the file is done, not after.
    setTimeout(() => {
      timerFired = true;
      caught.progress.push(notice());
    });
    return {
      caught,
      restore: () => {
        URL.createObjectURL = original;
        HTMLAnchorElement.prototype.click = click;
      },
    };
  }

  it(`the CSV download of ${ROWS.toLocaleString('en')} rows lets the page run while it is written, shows its progress, then the file`, async () => {
    const { caught, restore } = catchFile();
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.download')!.click();
      await until(() => caught.blob, 'the file', 30_000);
    } finally {
      restore();
    }
    expect(caught.timerFiredBefore, 'a timer of the page fired while the file was written').to.equal(true);
    expect(caught.progress[0], 'the progress beside the button').to.match(/^Preparing the file: \d+ %/);
    // Read with its BOM (Blob.text() drops it).
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await caught.blob!.arrayBuffer());
    expect(text.split('\r\n').length, 'header, every row, final CRLF').to.equal(ROWS + 2);
    expect(text).to.equal(el.toCSV());
    await el.updateComplete;
    expect(notice()).to.contain('downloaded');
    expect(el.shadowRoot!.querySelector('button.cancel-download'), 'no Cancel button once done').to.equal(null);
  });

  it('a CSV download under way can be cancelled: no file, a note says so', async () => {
    const { caught, restore } = catchFile();
    try {
      const done = el.downloadCSV();
      await el.updateComplete;
      const cancel = el.shadowRoot!.querySelector<HTMLButtonElement>('button.cancel-download');
      expect(cancel, 'a Cancel button while it is written').not.to.equal(null);
      cancel!.click();
      await done;
    } finally {
      restore();
    }
    expect(caught.blob, 'no file').to.equal(null);
    await el.updateComplete;
    expect(notice()).to.equal('Download cancelled.');
  });
});

describe('hostile input: very long texts are clipped before layout', function () {
  this.timeout(60_000);
  const HUGE = 'x'.repeat(10_000_000);
  let container: HTMLDivElement;
  beforeEach(() => {
    container = document.createElement('div');
    container.style.width = '800px';
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it('a 10 MB item label and heading on the typology are drawn clipped (at most 1,000 characters)', async () => {
    const el = document.createElement('sino-typology') as HTMLElement & { data: unknown; heading: string; updateComplete: Promise<unknown> };
    el.heading = HUGE;
    el.data = {
      axes: { x: { min: 'a', max: 'b' }, y: { min: 'c', max: 'd' } },
      items: [
        { id: 'huge', label: HUGE, x: 0.5, y: 0.5 },
        { id: 'small', label: 'Small', x: -0.5, y: -0.5 },
      ],
    };
    container.append(el);
    await el.updateComplete;
    await until(() => el.shadowRoot!.querySelectorAll('g.point').length === 2, 'the two points', 20_000);
    const longest = Math.max(...[...el.shadowRoot!.querySelectorAll('*')].map((node) => (node.childElementCount === 0 ? (node.textContent ?? '').length : 0)));
    expect(longest, 'the longest text drawn').to.be.at.most(1000);
    expect(el.shadowRoot!.querySelector('[part~="frame-heading"]')!.textContent!.trim()).to.match(/^x{999}…$/);
  });

  it('a 10 MB event title on the timeline is drawn clipped', async () => {
    const el = document.createElement('sino-timeline') as HTMLElement & { events: unknown; selected: string; updateComplete: Promise<unknown> };
    el.events = [{ ...events[0], title: { fr: HUGE, en: HUGE } }, ...events.slice(1, 5)];
    el.selected = events[0].id;
    container.append(el);
    await el.updateComplete;
    await until(() => el.shadowRoot!.querySelector('[part~="panel"]'), 'the panel', 20_000);
    const longest = Math.max(...[...el.shadowRoot!.querySelectorAll('*')].map((node) => (node.childElementCount === 0 ? (node.textContent ?? '').length : 0)));
    expect(longest, 'the longest text drawn').to.be.at.most(1000);
  });
});
