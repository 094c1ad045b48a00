import { expect } from '@open-wc/testing';
import { parks } from '@sinocarte/data/parks';
import { until, type HostileWindow } from './fixtures/hostile-helpers.js';

/**
 * The lazy loader (dist/lazy/loader.js, built by `vite build --mode lazy`) in a plain page with a strict CSP:
 * a page with only a table downloads the table's code and not the map's; a map added later is loaded then.
 */

const PAGE = '/packages/sinocarte/test/fixtures/lazy-table.html';
const LAZY = '/packages/sinocarte/dist/lazy/';

/** The files of dist/lazy/ the page downloaded, by path (`loader.js`, `chunks/park-table-….js`). */
const downloaded = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(LAZY))
    .map((path) => path.slice(LAZY.length));

async function loadPage() {
  const frame = document.createElement('iframe');
  frame.title = 'lazy page';
  frame.width = '1000';
  frame.height = '1400';
  frame.src = PAGE;
  document.body.append(frame);
  const win = await until(
    () => frame.contentWindow?.location.pathname === PAGE && frame.contentWindow.document.readyState === 'complete' && (frame.contentWindow as HostileWindow),
    'the page',
  );
  return { frame, win, doc: win.document };
}

describe('the lazy loader', function () {
  this.timeout(20_000);

  it('renders a page with only a table without downloading the map, and loads the map when one is added', async () => {
    const probe = await fetch(`${LAZY}loader.js`);
    expect(probe.ok, 'dist/lazy/loader.js exists: run `npm run build`').to.equal(true);
    const { frame, win, doc } = await loadPage();
    try {
      const table = doc.querySelector('sino-park-table')!;
      const rows = await until(() => {
        const r = table.shadowRoot?.querySelectorAll('tbody tr[data-row]');
        return r && r.length > 0 && r;
      }, 'the table rows');
      expect(rows.length).to.equal(parks.filter((p) => p.provinceId === 'CN-GD').length);
      expect(win.customElements.get('sino-park-table')).to.equal(table.constructor);

      const before = downloaded(win);
      expect(before, 'the loader was downloaded').to.include('loader.js');
      expect(before.some((file) => /^chunks\/park-table-[\w-]+\.js$/.test(file)), `the table's chunk was downloaded (${before})`).to.equal(true);
      for (const other of ['province-map', 'timeline', 'typology', 'atlas']) {
        expect(before.filter((file) => file.startsWith(`chunks/${other}-`)), `${other} was not downloaded`).to.deep.equal([]);
        expect(win.customElements.get(`sino-${other}`), `<sino-${other}> is not registered`).to.equal(undefined);
      }

      // Later, the page (a CMS, a framework) adds a map: the loader sees it, downloads it, the map draws.
      const map = doc.createElement('sino-province-map');
      map.setAttribute('selected', 'CN-GD');
      doc.body.append(map);
      await until(() => map.shadowRoot?.querySelectorAll('path.region').length === 34, 'the map regions');
      expect(map.shadowRoot!.querySelector('[aria-selected="true"]')!.getAttribute('data-id')).to.equal('CN-GD');
      const after = downloaded(win);
      expect(after.filter((file) => file.startsWith('chunks/province-map-')), 'the map chunk, once').to.have.length(1);
      expect(after.filter((file) => file.startsWith('chunks/timeline-')), 'still no timeline').to.deep.equal([]);

      // A second map, inside a container added in one go, reuses the registered element: nothing new is fetched.
      const box = doc.createElement('section');
      box.innerHTML = '<div><sino-province-map selected="CN-HB"></sino-province-map></div>';
      doc.body.append(box);
      const second = box.querySelector('sino-province-map')!;
      await until(() => second.shadowRoot?.querySelectorAll('path.region').length === 34, 'the second map');
      expect(downloaded(win).length).to.equal(after.length);

      // A timeline inserted inside a subtree is found too.
      const wrapper = doc.createElement('article');
      wrapper.innerHTML = '<p>Chronologie</p><div><sino-timeline range="1980-2011"></sino-timeline></div>';
      doc.body.append(wrapper);
      const timeline = wrapper.querySelector('sino-timeline')!;
      await until(() => (timeline.shadowRoot?.querySelectorAll('rect.event').length ?? 0) > 0, 'the timeline events');
      expect(downloaded(win).filter((file) => file.startsWith('chunks/timeline-'))).to.have.length(1);

      expect(win.cspViolations, 'CSP violations').to.deep.equal([]);
      expect(win.pageErrors, 'uncaught errors').to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
