import { expect } from '@open-wc/testing';
import { centreOf, frames, loadHostilePage, pointInRegion, until } from './fixtures/hostile-helpers.js';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';

/**
 * The four elements on a page with the strict Content-Security-Policy (no inline script or style, no eval,
 * nothing but 'self'), loaded from the one embed file: they render, and every interaction a reader has with them
 * — select a region, zoom, sort the table, search, zoom and pan the timeline, open an event, switch the typology
 * plane, hover for tooltips — happens with zero CSP violation and zero uncaught error.
 */

const click = async (position: [number, number]) => {
  await sendMouse({ type: 'click', position });
  await frames();
};

describe('a page with a strict Content-Security-Policy', function () {
  this.timeout(30_000);
  let page: Awaited<ReturnType<typeof loadHostilePage>> | undefined;

  before(async () => {
    await setViewport({ width: 1000, height: 3500 });
  });
  after(async () => {
    page?.remove();
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  it('renders the four elements and every interaction works, with zero CSP violation', async () => {
    page = await loadHostilePage('/packages/sinocarte/test/fixtures/hostile-csp.html');
    const { frame, win, get } = page;
    const selections: string[] = [];
    win.document.addEventListener('sino-select', (e) => selections.push(`${(e as CustomEvent).detail.kind}:${(e as CustomEvent).detail.id}`));

    // The map: hover shows a tooltip (positioned through CSSOM), a click selects, the buttons zoom.
    const map = get('sino-province-map');
    const mapRoot = map.shadowRoot!;
    const sichuan = pointInRegion(frame, map, 'CN-SC');
    await sendMouse({ type: 'move', position: sichuan });
    await frames(3);
    const tooltip = mapRoot.querySelector<HTMLElement>('.tooltip')!;
    expect(tooltip.hidden, 'the map tooltip shows on hover').to.equal(false);
    expect(tooltip.textContent).to.contain('Sichuan');
    expect(tooltip.style.transform || tooltip.style.left || tooltip.style.top, 'the tooltip is placed through CSSOM').not.to.equal('');
    await click(sichuan);
    expect(map.getAttribute('selected')).to.equal('CN-SC');
    expect(mapRoot.querySelector('path.selected-outline'), 'the selected region is outlined').to.not.equal(null);
    const zoomLayer = mapRoot.querySelector('.zoom-layer')!;
    const before = (zoomLayer as SVGGElement).style.transform;
    await click(centreOf(frame, mapRoot.querySelector('.zoom-in')!));
    expect((zoomLayer as SVGGElement).style.transform, 'the + button zooms (CSSOM transform)').not.to.equal(before);
    expect(mapRoot.querySelector('svg.map')!.classList.contains('zoomed')).to.equal(true);
    // Keyboard: the arrows move between regions, Enter selects.
    mapRoot.querySelector<SVGElement>('svg.map')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await frames();
    expect(map.getAttribute('selected'), 'the keyboard selects another region').to.match(/^CN-/);
    expect(map.getAttribute('selected')).not.to.equal('CN-SC');

    // The table: a click on a header sorts, the search box filters.
    const table = get('sino-park-table');
    const tableRoot = table.shadowRoot!;
    const yearHeader = [...tableRoot.querySelectorAll('thead th')].find((th) => /Création/.test(th.textContent!))!;
    await click(centreOf(frame, yearHeader.querySelector('button')!));
    expect(yearHeader.getAttribute('aria-sort'), 'sorted by year').to.equal('ascending');
    const years = [...tableRoot.querySelectorAll('tbody tr[data-row]')].map((tr) => Number((tr as HTMLTableRowElement).cells[[...yearHeader.parentElement!.children].indexOf(yearHeader)].textContent));
    expect(years.length).to.be.greaterThan(10);
    expect(years).to.deep.equal([...years].sort((a, b) => a - b));
    const rowsBefore = tableRoot.querySelectorAll('tbody tr[data-row]').length;
    await click(centreOf(frame, tableRoot.querySelector('input[type="search"]')!));
    await sendKeys({ type: 'shenzhen' });
    await until(() => tableRoot.querySelectorAll('tbody tr[data-row]').length < rowsBefore, 'the search to filter');
    expect(tableRoot.querySelector('tbody')!.textContent).to.match(/Shenzhen/i);

    // The timeline: the + button zooms (the range narrows), a click on an event opens its panel.
    const timeline = get('sino-timeline');
    const timelineRoot = timeline.shadowRoot!;
    const span = (range: string) => {
      const [from, to] = range.split(/[-/]/).filter(Boolean).map((y) => Number(y.slice(0, 4)));
      return to - from;
    };
    const rangeBefore = timeline.getAttribute('range')!;
    await click(centreOf(frame, timelineRoot.querySelector('.zoom-in')!));
    await until(() => timeline.getAttribute('range') !== rangeBefore && timeline.getAttribute('range'), 'the timeline to zoom');
    expect(span(timeline.getAttribute('range')!), 'zoomed in').to.be.below(span(rangeBefore));
    const event = timelineRoot.querySelector<SVGRectElement>('rect.event[data-id]')!;
    await sendMouse({ type: 'move', position: centreOf(frame, event) });
    await frames(3);
    await click(centreOf(frame, event));
    await until(() => timeline.getAttribute('selected'), 'an event to open');
    expect(timelineRoot.querySelector('[part~="panel"]'), 'the event panel opens').to.not.equal(null);

    // The typology: switch to the coordination plane, then select a point.
    const typology = get('sino-typology');
    const typologyRoot = typology.shadowRoot!;
    const pointsBefore = [...typologyRoot.querySelectorAll('g.point')].map((p) => p.getAttribute('data-id')).join();
    await click(centreOf(frame, typologyRoot.querySelector('button.switch[data-view="coordination"]')!));
    await until(() => typology.getAttribute('plane') === 'coordination', 'the plane to switch');
    await frames(3);
    expect(typologyRoot.querySelector('button.switch[data-view="coordination"]')!.getAttribute('aria-pressed')).to.equal('true');
    const pointsAfter = [...typologyRoot.querySelectorAll('g.point')].map((p) => p.getAttribute('data-id')).join();
    expect(pointsAfter, 'another set of programmes').not.to.equal(pointsBefore);
    const point = typologyRoot.querySelector('g.point')!;
    await click(centreOf(frame, point.querySelector('circle.dot')!));
    expect(typology.getAttribute('selected')).to.equal(point.getAttribute('data-id'));
    await click(centreOf(frame, typologyRoot.querySelector('button.switch[data-view="types"]')!));
    expect(typologyRoot.querySelector('[part~="types"]'), 'the types view').to.not.equal(null);

    expect(selections.some((s) => s === 'province:CN-SC'), 'sino-select from the map').to.equal(true);
    expect(selections.some((s) => s.startsWith('event:')), 'sino-select from the timeline').to.equal(true);
    expect(selections.some((s) => s.startsWith('programme:')), 'sino-select from the typology').to.equal(true);
    expect(win.cspViolations, 'CSP violations').to.deep.equal([]);
    expect(win.pageErrors, 'uncaught errors').to.deep.equal([]);
  });
});
