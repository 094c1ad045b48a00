import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../province-map.js';
import '../park-table.js';
import type { SinoProvinceMap } from '../province-map/province-map.component.js';
import type { SinoParkTable } from '../park-table/park-table.component.js';

/** Has the page fetched the group machinery (internal/group.ts or the link table, internal/links.ts)? */
const groupFetched = () => performance.getEntriesByType('resource').some((e) => /\/internal\/(group|links)\.ts$/.test(new URL(e.name).pathname));

const regionDrawn = (map: SinoProvinceMap) => map.shadowRoot!.querySelector('path.region[data-id="CN-SD"]');

// In a page of its own (a file of its own): another test that groups views would have fetched it already.
describe('linked views: the group machinery is downloaded when an element first has a group', () => {
  it('is not fetched for views without a group', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px">
      <sino-province-map lang="fr"></sino-province-map><sino-park-table lang="fr"></sino-park-table>
    </div>`);
    const map = wrapper.querySelector<SinoProvinceMap>('sino-province-map')!;
    for (let i = 0; i < 60 && !regionDrawn(map); i++) await nextFrame();
    await map.updateComplete;
    await wrapper.querySelector<SinoParkTable>('sino-park-table')!.updateComplete;
    expect(regionDrawn(map), 'the map is drawn').to.not.equal(null);
    expect(groupFetched(), 'not fetched without a group').to.equal(false);
  });

  it('is fetched before the first drawing of grouped views: the first selection reaches the other view', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px">
      <sino-province-map lang="fr" group="first"></sino-province-map><sino-park-table lang="fr" group="first"></sino-park-table>
    </div>`);
    const map = wrapper.querySelector<SinoProvinceMap>('sino-province-map')!;
    const table = wrapper.querySelector<SinoParkTable>('sino-park-table')!;
    // The first frame where the map's regions exist: the reader clicks at once.
    for (let i = 0; i < 60 && !regionDrawn(map); i++) await nextFrame();
    expect(groupFetched(), 'fetched for grouped views').to.equal(true);
    regionDrawn(map)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await table.updateComplete;
    expect(table.region, 'the table follows the map').to.equal('CN-SD');
  });

  it('is fetched when a group is given later, and the views are linked from then on', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px">
      <sino-province-map lang="fr"></sino-province-map><sino-park-table lang="fr"></sino-park-table>
    </div>`);
    const map = wrapper.querySelector<SinoProvinceMap>('sino-province-map')!;
    const table = wrapper.querySelector<SinoParkTable>('sino-park-table')!;
    for (let i = 0; i < 60 && !regionDrawn(map); i++) await nextFrame();
    map.group = 'later';
    table.group = 'later';
    await map.updateComplete;
    await table.updateComplete;
    regionDrawn(map)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await table.updateComplete;
    expect(table.region, 'the table follows the map').to.equal('CN-SD');
    table.group = '';
    await table.updateComplete;
    map.shadowRoot!.querySelector<SVGPathElement>('path.region[data-id="CN-GD"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await table.updateComplete;
    expect(table.region, 'a table that left the group no longer follows').to.equal('CN-SD');
  });
});
