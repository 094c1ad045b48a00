import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { parks } from '@sinocarte/data/parks';
import { typology } from '@sinocarte/data/typology';
import { events } from '@sinocarte/data/events';
import '../province-map.js';
import '../park-table.js';
import '../timeline.js';
import '../typology.js';
import type { SinoProvinceMap } from '../province-map/province-map.component.js';
import type { SinoParkTable } from '../park-table/park-table.component.js';
import type { SinoTimeline } from '../timeline/timeline.component.js';
import type { SinoTypology } from '../typology/typology.component.js';
import type { SinoRangeDetail, SinoSelectDetail } from './events.js';
import { groupSize } from './group.js';

const shadow = (el: Element) => el.shadowRoot!;
const rows = (t: SinoParkTable) => [...shadow(t).querySelectorAll<HTMLTableRowElement>('tbody tr[data-row]')];
const rowIds = (t: SinoParkTable) => rows(t).map((tr) => parks[Number(tr.dataset.row)].id);
const parksOf = (region: string) => parks.filter((p) => p.provinceId === region);

interface Views {
  map: SinoProvinceMap;
  table: SinoParkTable;
  timeline: SinoTimeline;
  typology: SinoTypology;
}

/** Renders the four views, each with the group given (or none), and waits until they are drawn. */
async function renderViews(groups: Partial<Record<keyof Views, string>>): Promise<Views> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1100px">
    <sino-province-map group=${groups.map ?? ''}></sino-province-map>
    <sino-park-table group=${groups.table ?? ''}></sino-park-table>
    <sino-timeline group=${groups.timeline ?? ''}></sino-timeline>
    <sino-typology group=${groups.typology ?? ''}></sino-typology>
  </div>`);
  const views = {
    map: wrapper.querySelector('sino-province-map')!,
    table: wrapper.querySelector('sino-park-table')!,
    timeline: wrapper.querySelector('sino-timeline')!,
    typology: wrapper.querySelector('sino-typology')!,
  };
  const drawn = () =>
    shadow(views.map).querySelector('path.region') && shadow(views.timeline).querySelector('svg.chart') && shadow(views.typology).querySelector('g.point');
  for (let i = 0; i < 60 && !drawn(); i++) await nextFrame();
  await settle(views);
  expect(Boolean(drawn()), 'the views are drawn').to.equal(true);
  return views;
}

async function settle(views: Views) {
  for (const v of Object.values(views)) await v.updateComplete;
  await nextFrame();
  for (const v of Object.values(views)) await v.updateComplete;
}

/** A reader's click on a region of the map. */
function clickRegion(map: SinoProvinceMap, id: string) {
  shadow(map).querySelector(`path.region[data-id="${id}"]`)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}

describe('linked views', () => {
  it('a region selected on the map filters the grouped table to its parks and highlights its events and programmes', async () => {
    const v = await renderViews({ map: 'demo', table: 'demo', timeline: 'demo', typology: 'demo' });
    expect(rows(v.table)).to.have.length(parks.length);
    const selects: SinoSelectDetail[] = [];
    const record = (e: Event) => selects.push((e as CustomEvent<SinoSelectDetail>).detail);
    document.addEventListener('sino-select', record);
    const filtered = oneEvent(v.table, 'sino-filter');
    clickRegion(v.map, 'CN-SD');
    await filtered;
    await settle(v);

    // Table: exactly the parks of Shandong.
    expect(v.table.region).to.equal('CN-SD');
    expect(rows(v.table)).to.have.length(parksOf('CN-SD').length);
    expect(rowIds(v.table).sort()).to.deep.equal(parksOf('CN-SD').map((p) => p.id).sort());

    // Timeline: the events linked to Shandong stand out.
    const linkedEvents = events.filter((e) => e.provinceIds.includes('CN-SD')).map((e) => e.id);
    expect(v.timeline.highlight).to.equal('CN-SD');
    expect(shadow(v.timeline).querySelector('svg.chart')!.classList.contains('has-highlight')).to.equal(true);
    const shown = [...shadow(v.timeline).querySelectorAll<SVGRectElement>('rect.event.is-linked')].map((r) => r.dataset.id!);
    for (const id of shown) expect(linkedEvents).to.include(id);
    const clustersLinked = shadow(v.timeline).querySelectorAll('.cluster.is-linked').length;
    expect(shown.length + clustersLinked, 'some marks are linked').to.be.greaterThan(0);

    // Typology: the programmes with partners in Shandong, and only them.
    const expected = typology.programmes.filter((p) => p.positions.objectives && p.provinceIds.includes('CN-SD')).map((p) => p.id);
    expect(expected.length).to.be.greaterThan(0);
    const linkedPoints = [...shadow(v.typology).querySelectorAll<SVGGElement>('g.point.is-linked')].map((g) => g.dataset.id!);
    expect(linkedPoints.sort()).to.deep.equal(expected.sort());
    expect(shadow(v.typology).querySelector(`g.point[data-id="${expected[0]}"]`)!.getAttribute('aria-label')).to.contain('lié à la sélection');

    // Only the reader's own selection was fired: applying it elsewhere fired no sino-select.
    expect(selects).to.deep.equal([{ kind: 'province', id: 'CN-SD' }]);
    document.removeEventListener('sino-select', record);

    // Clearing the selection lifts the filter and the highlights.
    shadow(v.map).querySelector('svg.map')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await settle(v);
    expect(v.map.selected).to.equal(null);
    expect(rows(v.table)).to.have.length(parks.length);
    expect(v.timeline.highlight).to.equal('');
    expect(shadow(v.typology).querySelectorAll('g.point.is-linked')).to.have.length(0);
  });

  it('a park selected in the table selects its region on the map', async () => {
    const v = await renderViews({ map: 'g', table: 'g', timeline: 'g', typology: 'g' });
    const park = parks.find((p) => p.provinceId === 'CN-HB')!;
    const row = rows(v.table)[parks.indexOf(park)];
    const event = oneEvent(v.table, 'sino-select');
    row.querySelector<HTMLButtonElement>('.row-select')!.click();
    expect(((await event) as CustomEvent<SinoSelectDetail>).detail).to.deep.equal({ kind: 'park', id: park.id });
    await settle(v);
    expect(v.map.selected).to.equal('CN-HB');
    expect(shadow(v.map).querySelector('path.region[data-id="CN-HB"]')!.getAttribute('aria-selected')).to.equal('true');
    expect(shadow(v.map).querySelector('.selected-outline'), 'the region is outlined').to.not.equal(null);
    // The map applied it without filtering the table (no echo): every park is still listed.
    expect(v.table.region).to.equal('');
    expect(rows(v.table)).to.have.length(parks.length);
    expect(v.timeline.highlight).to.equal('CN-HB');
  });

  it('the timeline’s period filters the table by founding year and restricts the map’s parks', async () => {
    const v = await renderViews({ map: 'g', table: 'g', timeline: 'g', typology: 'g' });
    v.timeline.range = '1988-2000'; // the host's range: not shared
    await settle(v);
    expect(v.table.years).to.equal('');
    const ranged = oneEvent(v.timeline, 'sino-range');
    shadow(v.timeline).querySelector<HTMLButtonElement>('.zoom-in')!.click(); // the reader's zoom: shared
    const { detail } = (await ranged) as CustomEvent<SinoRangeDetail>;
    await settle(v);
    const from = Number(detail.from.slice(0, 4));
    const to = Number(detail.to.slice(0, 4));
    expect(v.table.years).to.equal(`${from}-${to}`);
    const inRange = parks.filter((p) => p.year !== null && p.year >= from && p.year <= to);
    expect(inRange.length, 'the zoom leaves some parks out').to.be.lessThan(parks.length);
    expect(rows(v.table)).to.have.length(inRange.length);
    expect(rowIds(v.table).sort()).to.deep.equal(inRange.map((p) => p.id).sort());
    // Map: only those parks are drawn, and counted by the `parks` metric.
    expect(v.map.years).to.equal(`${from}-${to}`);
    expect(shadow(v.map).querySelectorAll('circle.park')).to.have.length(inRange.length);
    expect(shadow(v.map).querySelector('.legend-title')!.textContent).to.contain(`${from}–${to}`);
    // Back to the whole period: the filters are lifted.
    shadow(v.timeline).querySelector<HTMLButtonElement>('.zoom-reset')!.click();
    await settle(v);
    expect(v.table.years).to.equal('');
    expect(rows(v.table)).to.have.length(parks.length);
    expect(shadow(v.map).querySelectorAll('circle.park')).to.have.length(parks.length);
  });

  it('a programme selected on the typology outlines its regions on the map and filters the table', async () => {
    const v = await renderViews({ map: 'g', table: 'g', typology: 'g' });
    const programme = typology.programmes.find((p) => p.positions.objectives && p.provinceIds.length === 1)!;
    shadow(v.typology).querySelector(`g.point[data-id="${programme.id}"]`)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(v);
    expect(v.map.highlight).to.equal(programme.provinceIds.join(','));
    expect(shadow(v.map).querySelectorAll('.linked-outline')).to.have.length(programme.provinceIds.length);
    expect(v.map.selected, 'outlined, not selected').to.equal(null);
    expect(rows(v.table)).to.have.length(parksOf(programme.provinceIds[0]).length);
  });

  it('elements in different groups do not affect each other', async () => {
    const v = await renderViews({ map: 'one', table: 'two', timeline: 'two', typology: 'one' });
    clickRegion(v.map, 'CN-GD');
    await settle(v);
    expect(v.map.selected).to.equal('CN-GD');
    expect(v.table.region).to.equal('');
    expect(rows(v.table)).to.have.length(parks.length);
    expect(v.timeline.highlight).to.equal('');
    expect(v.typology.highlight, 'same group: linked').to.equal('CN-GD');
  });

  it('without a group, nothing is linked', async () => {
    const v = await renderViews({});
    clickRegion(v.map, 'CN-GD');
    rows(v.table)[0].querySelector<HTMLButtonElement>('.row-select')!.click();
    await settle(v);
    expect(v.map.selected).to.equal('CN-GD');
    expect(v.table.region).to.equal('');
    expect(rows(v.table)).to.have.length(parks.length);
    expect(v.timeline.highlight).to.equal('');
    expect(v.typology.highlight).to.equal('');
  });

  it('an element removed from the page leaves its group', async () => {
    const v = await renderViews({ map: 'leave', table: 'leave' });
    expect(groupSize(document, 'leave')).to.equal(2);
    v.table.remove();
    expect(groupSize(document, 'leave')).to.equal(1);
    clickRegion(v.map, 'CN-GD');
    await v.map.updateComplete;
    expect(v.table.region, 'a removed table is not filtered').to.equal('');
    v.map.remove();
    expect(groupSize(document, 'leave')).to.equal(0);
  });

  it('a group set or changed after the first render takes effect', async () => {
    const v = await renderViews({});
    v.map.group = 'late';
    v.table.group = 'late';
    await settle(v);
    clickRegion(v.map, 'CN-JS');
    await settle(v);
    expect(rows(v.table)).to.have.length(parksOf('CN-JS').length);
    v.table.group = 'elsewhere';
    await settle(v);
    clickRegion(v.map, 'CN-GD');
    await settle(v);
    expect(v.table.region, 'moved to another group').to.equal('CN-JS');
  });
});
