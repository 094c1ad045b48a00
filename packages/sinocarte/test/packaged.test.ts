import { expect } from '@open-wc/testing';
import { parks } from '@sinocarte/data/parks';
import { typology } from '@sinocarte/data/typology';
import { loadHostilePage } from './fixtures/hostile-helpers.js';

/**
 * The page scripts/check-packages.mjs built with Vite in a fresh project, from the two `npm pack` tarballs
 * installed there (`import 'sinocarte'`, nothing from this repo): the four elements render in Chromium.
 * Run `node scripts/check-packages.mjs` first (the `test:packages` script does).
 */

type PackagedWindow = Window & { packagedApp?: { mapClass: boolean; parks: number } };

describe('sinocarte installed from its tarball and built with Vite', function () {
  this.timeout(20_000);

  it('renders the four elements from the packaged page, with no error', async () => {
    const probe = await fetch('/.cache/packaged-app/index.html');
    expect(probe.ok, 'the packaged page exists: run `node scripts/check-packages.mjs`').to.equal(true);
    const page = await loadHostilePage('/.cache/packaged-app/index.html', 1000, 2400);
    try {
      const { win, get } = page;
      expect((win as PackagedWindow).packagedApp, 'the app resolved sinocarte/elements and @sinocarte/data/parks').to.deep.equal({ mapClass: true, parks: parks.length });
      const map = get('sino-province-map').shadowRoot!;
      expect(map.querySelectorAll('path.region')).to.have.length(34);
      expect(map.querySelector('[aria-selected="true"]')!.getAttribute('data-id')).to.equal('CN-SC');
      expect(map.querySelectorAll('circle.park')).to.have.length(parks.length);
      const table = get('sino-park-table').shadowRoot!;
      expect(table.querySelectorAll('tbody tr[data-row]')).to.have.length(parks.filter((p) => p.provinceId === 'CN-GD').length);
      expect(get('sino-timeline').shadowRoot!.querySelectorAll('rect.event').length).to.be.greaterThan(10);
      const onPlane = typology.programmes.filter((p: { positions: Record<string, unknown> }) => p.positions.coordination).length;
      const points = get('sino-typology').shadowRoot!.querySelectorAll('g.point[data-id]');
      expect(new Set([...points].map((p) => p.getAttribute('data-id'))).size).to.equal(onPlane);
      expect(page.win.pageErrors, 'uncaught errors (collected by errors.js)').to.deep.equal([]);
    } finally {
      page.remove();
    }
  });
});
