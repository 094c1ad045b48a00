import { expect } from '@open-wc/testing';
import { parks } from '@sinocarte/data/parks';
import { until } from './fixtures/hostile-helpers.js';
import { describeHostApp } from './hosts/host-app.js';

// The React 19 app of test/hosts/react/, built by scripts/check-packages.mjs into .cache/react-app/.
describeHostApp('react', '19');

describe('the atlas in the React app, in English and in a partner brand', function () {
  this.timeout(20_000);

  it('renders the four linked views in English, with the brand colours, filtered to the region it was given', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'react app';
    frame.width = '1200';
    frame.height = '3000';
    frame.src = '/.cache/react-app/index.html';
    document.body.append(frame);
    try {
      const win = await until(() => frame.contentWindow?.document.readyState === 'complete' && frame.contentWindow, 'the page');
      const atlas = await until(() => win.document.querySelector('sino-atlas'), 'the atlas');
      const view = <T extends Element>(tag: string) => atlas.shadowRoot?.querySelector<T>(tag) ?? null;
      await until(() => view('sino-province-map')?.shadowRoot?.querySelectorAll('path.region').length === 34, 'the atlas map');
      expect(atlas.shadowRoot!.textContent).to.contain('Atlas of Franco-Chinese cooperation');
      const shandong = parks.filter((p) => p.provinceId === 'CN-SD').length;
      const rows = await until(() => {
        const r = view('sino-park-table')?.shadowRoot?.querySelectorAll('tbody tr[data-row]');
        return r && r.length === shandong && r;
      }, 'the table filtered to Shandong');
      expect(rows.length).to.equal(shandong);
      const darkest = view('sino-province-map')!.shadowRoot!.querySelector('path.region.q4')!;
      expect(win.getComputedStyle(darkest).fill, 'the brand ramp reaches into the atlas').to.equal('rgb(30, 58, 138)');
    } finally {
      frame.remove();
    }
  });
});
