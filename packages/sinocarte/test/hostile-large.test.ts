import { expect } from '@open-wc/testing';
import '../src/park-table.js';
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
