import { expect } from '@open-wc/testing';
import { until } from './fixtures/hostile-helpers.js';

/**
 * Issue 15, "lifecycle and loading": the lazy loader when an element's code does not arrive. The table's chunk
 * is sent to a missing file by an import map: the element keeps its space and says it is loading, the loader
 * tries once more by itself, then shows a note with a button and fires `sino-error`.
 */

const LAZY = '/packages/sinocarte/dist/lazy/';

describe('hostile host: the lazy loader when a chunk fails', function () {
  this.timeout(20_000);

  it('reserves space with a localized placeholder, retries once, then shows a note with a retry button', async () => {
    const loader = await (await fetch(`${LAZY}loader.js`)).text();
    const chunk = /chunks\/park-table-[\w-]+\.js/.exec(loader)?.[0];
    expect(chunk, 'the table chunk named in the loader').to.be.a('string');
    const missing = `/packages/sinocarte/test/fixtures/missing-chunk.js`;
    const frame = document.createElement('iframe');
    frame.width = '800';
    frame.height = '600';
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <script type="importmap">${JSON.stringify({ imports: { [`${LAZY}${chunk}`]: missing } })}</script>
      <script type="module" src="${LAZY}loader.js"></script></head>
      <body><sino-park-table></sino-park-table></body></html>`;
    document.body.append(frame);
    try {
      const win = await until(() => frame.contentDocument?.querySelector('sino-park-table') && frame.contentWindow, 'the page');
      const doc = win.document;
      const errors: string[] = [];
      doc.addEventListener('sino-error', (e) => errors.push((e as CustomEvent).detail.code));
      const table = doc.querySelector('sino-park-table')!;
      // While loading: not 0 px, and the placeholder text in the page's language.
      await until(() => table.getBoundingClientRect().height > 100, 'reserved space', 3000);
      expect(win.getComputedStyle(table, '::before').content).to.equal('"Loading…"');
      // After the automatic retry fails too: a note with a button, and sino-error.
      const button = await until(() => table.querySelector<HTMLButtonElement>('p[part="load-failed"] button'), 'the failure note', 8000);
      expect(table.querySelector('p[part="load-failed"]')!.textContent).to.contain('could not be loaded');
      expect(button.textContent).to.equal('Try again');
      expect(errors).to.deep.equal(['load-failed']);
      const attempts = win.performance.getEntriesByType('resource').filter((r) => r.name.endsWith('missing-chunk.js')).length;
      expect(attempts, 'tried twice (one automatic retry)').to.be.at.least(2);
      expect(table.getBoundingClientRect().height, 'still holds its space').to.be.greaterThan(100);
      // The button tries again (still missing here): the note comes back, one only.
      button.click();
      await until(() => table.querySelectorAll('p[part="load-failed"]').length === 1 && errors.length === 2, 'the second failure', 8000);
      expect(table.querySelectorAll('p[part="load-failed"]').length).to.equal(1);
    } finally {
      frame.remove();
    }
  });
});
