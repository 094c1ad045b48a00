import { expect, fixture, html, oneEvent, aTimeout, nextFrame } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { regions } from '@sinocarte/data/regions';
import { parks } from '@sinocarte/data/parks';
import { partnerships } from '@sinocarte/data/partnerships';
import '../province-map.js';
import type { SinoProvinceMap } from './province-map.component.js';
import type { SinoErrorDetail, SinoSelectDetail } from '../internal/events.js';

const shadow = (el: Element) => el.shadowRoot!;
const regionPath = (el: SinoProvinceMap, id: string) => shadow(el).querySelector<SVGPathElement>(`path.region[data-id="${id}"]`)!;
const mapSvg = (el: SinoProvinceMap) => shadow(el).querySelector<SVGSVGElement>('svg.map')!;
const tooltip = (el: SinoProvinceMap) => shadow(el).querySelector<HTMLElement>('.tooltip')!;
const fillOf = (el: Element) => getComputedStyle(el).fill;

/** Renders a map in a container of a given width and waits until it is drawn at that size. */
async function renderMap(template = html`<sino-province-map></sino-province-map>`, width = 800): Promise<SinoProvinceMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = wrapper.querySelector('sino-province-map')!;
  await waitForDrawn(el);
  return el;
}

async function waitForDrawn(el: SinoProvinceMap) {
  for (let i = 0; i < 50 && !mapSvg(el); i++) await nextFrame();
  await el.updateComplete;
  expect(mapSvg(el), 'the map is drawn').to.not.equal(null);
}

/** Screen coordinates of a point well inside a region (the centre of its largest piece). */
function pointInside(el: SinoProvinceMap, id: string): [number, number] {
  const path = regionPath(el, id);
  const box = path.getBoundingClientRect();
  const svg = mapSvg(el);
  // Scan the bounding box for a point that hits this very path.
  for (let fy = 0.5; fy < 1; fy += 0.1) {
    for (const f of [0.5, 0.4, 0.6, 0.3, 0.7]) {
      for (const g of [fy, 1 - fy]) {
        const x = box.left + box.width * f;
        const y = box.top + box.height * g;
        const hit = svg.getRootNode() instanceof ShadowRoot ? (svg.getRootNode() as ShadowRoot).elementFromPoint(x, y) : null;
        if (hit === path) return [Math.round(x), Math.round(y)];
      }
    }
  }
  throw new Error(`no point found inside ${id}`);
}

describe('<sino-province-map>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('is drawn in the first frame painted after it enters the page', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '640px';
    document.body.append(wrapper);
    try {
      wrapper.append(document.createElement('sino-province-map'));
      // The frame's animation callbacks run before its layout and paint; a task queued from them runs after the paint.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const map = wrapper.querySelector('sino-province-map')!;
      expect(shadow(map).querySelectorAll('path.region[d^="M"]')).to.have.length(34);
    } finally {
      wrapper.remove();
    }
  });

  it('draws the 34 regions with their ISO ids and accessible names', async () => {
    const el = await renderMap();
    const paths = [...shadow(el).querySelectorAll<SVGPathElement>('path.region')];
    expect(paths).to.have.length(34);
    expect(paths.map((p) => p.dataset.id).sort()).to.deep.equal(regions.map((r) => r.id).sort());
    for (const p of paths) expect(p.getAttribute('d')!.length, `${p.dataset.id} has a shape`).to.be.greaterThan(20);
    expect(regionPath(el, 'CN-HA').getAttribute('aria-label')).to.match(/^Henan, /);
    expect(regionPath(el, 'CN-HI').getAttribute('aria-label')).to.match(/^Hainan, /);
  });

  it('draws the 53 TORCH parks, and hides them with show-parks="false"', async () => {
    const el = await renderMap();
    expect(shadow(el).querySelectorAll('circle.park')).to.have.length(53);
    el.setAttribute('show-parks', 'false');
    await el.updateComplete;
    expect(el.showParks).to.equal(false);
    expect(shadow(el).querySelectorAll('circle.park')).to.have.length(0);
    // The legend's checkbox brings them back.
    shadow(el).querySelector<HTMLInputElement>('.park-toggle input')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('circle.park')).to.have.length(53);
  });

  it('colours regions by the metric: most parks darkest, zero and no data distinct', async () => {
    const el = await renderMap();
    const count = (id: string) => parks.filter((p) => p.provinceId === id).length;
    const byCount = regions.filter((r) => r.id.startsWith('CN-')).sort((a, b) => count(b.id) - count(a.id));
    const most = regionPath(el, byCount[0].id);
    const fewest = regionPath(el, byCount.find((r) => count(r.id) === 1)!.id);
    expect(most.classList.contains('q4')).to.equal(true);
    expect(fewest.classList.contains('q0')).to.equal(true);
    expect(regionPath(el, 'CN-XZ').classList.contains('zero'), 'Tibet has no park: zero').to.equal(true);
    expect(regionPath(el, 'TW').classList.contains('nodata'), 'Taiwan is outside the TORCH list').to.equal(true);
    const fills = new Set([most, fewest, regionPath(el, 'CN-XZ'), regionPath(el, 'TW')].map(fillOf));
    expect(fills.size, 'four visibly different fills').to.equal(4);

    el.metric = 'revenue';
    await el.updateComplete;
    expect(regionPath(el, 'CN-BJ').classList.contains('q4'), 'Beijing (Zhongguancun) has the largest revenue').to.equal(true);
    expect(shadow(el).querySelector('.legend-title')!.textContent).to.contain('Chiffre d’affaires');
  });

  it('offers the partnerships and offices metrics of the 2011 evaluation', async () => {
    const el = await renderMap(html`<sino-province-map metric="partnerships"></sino-province-map>`);
    const count = (id: string) => partnerships.filter((p) => p.chinese.provinceId === id && p.status !== 'planned').length;
    const top = regions.map((r) => r.id).sort((a, b) => count(b) - count(a))[0];
    expect(regionPath(el, top).classList.contains('q4')).to.equal(true);
    expect(regionPath(el, top).getAttribute('aria-label')).to.match(/\d+ partenariats$/);
    expect(shadow(el).querySelector('.legend-title')!.textContent).to.contain('Partenariats');
    el.metric = 'offices';
    await el.updateComplete;
    expect(regionPath(el, 'CN-SH').getAttribute('aria-label')).to.match(/^Shanghai, \d+ bureaux$/);
    expect(shadow(el).querySelector('.problems')!.textContent!.trim()).to.equal('');
  });

  it('takes the ramp colours from CSS custom properties', async () => {
    const el = await renderMap(html`<sino-province-map class="custom-ramp"></sino-province-map>`);
    el.style.setProperty('--sino-map-ramp-4', 'rgb(1, 2, 3)');
    const most = shadow(el).querySelector('path.region.q4')!;
    expect(fillOf(most)).to.equal('rgb(1, 2, 3)');
  });

  it('selects a region on click, reflects it and fires sino-select', async () => {
    const el = await renderMap();
    const [x, y] = pointInside(el, 'CN-HB');
    const event = oneEvent(el, 'sino-select');
    await sendMouse({ type: 'click', position: [x, y] });
    const { detail } = (await event) as CustomEvent<SinoSelectDetail>;
    expect(detail).to.deep.equal({ kind: 'province', id: 'CN-HB' });
    await el.updateComplete;
    expect(el.selected).to.equal('CN-HB');
    expect(el.getAttribute('selected')).to.equal('CN-HB');
    expect(regionPath(el, 'CN-HB').getAttribute('aria-selected')).to.equal('true');
    expect(shadow(el).querySelector('[aria-live="polite"]')!.textContent).to.contain('Hubei');
  });

  it('is one tab stop; arrows move to the neighbour, Enter selects, Escape clears', async () => {
    const el = await renderMap(html`<sino-province-map selected="CN-HB"></sino-province-map>`);
    const svg = mapSvg(el);
    svg.focus();
    expect(shadow(el).activeElement).to.equal(svg);
    await sendKeys({ press: 'ArrowUp' }); // starts on the selected region
    await el.updateComplete;
    expect(svg.getAttribute('aria-activedescendant')).to.equal('region-CN-HB');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(svg.getAttribute('aria-activedescendant'), 'north of Hubei is Henan').to.equal('region-CN-HA');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(svg.getAttribute('aria-activedescendant'), 'south of Hubei is Hunan').to.equal('region-CN-HN');
    expect(tooltip(el).hidden, 'focus shows the tooltip').to.equal(false);
    expect(tooltip(el).textContent).to.contain('Hunan');

    let event = oneEvent(el, 'sino-select');
    await sendKeys({ press: 'Enter' });
    expect(((await event) as CustomEvent<SinoSelectDetail>).detail).to.deep.equal({ kind: 'province', id: 'CN-HN' });

    event = oneEvent(el, 'sino-select');
    await sendKeys({ press: 'Escape' });
    expect(((await event) as CustomEvent<SinoSelectDetail>).detail).to.deep.equal({ kind: 'province', id: null });
    await el.updateComplete;
    expect(el.hasAttribute('selected')).to.equal(false);

    // Tab leaves the map in one press: it is a single tab stop before the zoom buttons.
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.classList.contains('zoom-in')).to.equal(true);
  });

  it('shows a tooltip on hover that names the region and its value, inside the viewport', async () => {
    const el = await renderMap();
    const [x, y] = pointInside(el, 'CN-GD');
    await sendMouse({ type: 'move', position: [x, y] });
    await el.updateComplete;
    await nextFrame();
    const tip = tooltip(el);
    expect(tip.hidden).to.equal(false);
    expect(tip.textContent).to.contain('Guangdong');
    expect(tip.textContent).to.match(/\d+ parcs/);
    const box = tip.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.top).to.be.at.least(0);
    expect(box.right).to.be.at.most(window.innerWidth);
    expect(box.bottom).to.be.at.most(window.innerHeight);
    // Leaving the map hides it.
    await sendMouse({ type: 'move', position: [2, 2] });
    await el.updateComplete;
    expect(tooltip(el).hidden).to.equal(true);
  });

  it('on touch, a tap shows the tooltip, a second tap on the region or a tap elsewhere hides it', async () => {
    const el = await renderMap();
    const path = regionPath(el, 'CN-SC');
    const tap = async (target: Element) => {
      target.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true, pointerId: 7 }));
      target.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'touch', bubbles: true, composed: true, pointerId: 7 }));
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
    };
    await tap(path);
    expect(tooltip(el).hidden).to.equal(false);
    expect(tooltip(el).textContent).to.contain('Sichuan');
    expect(el.selected).to.equal('CN-SC');
    await tap(path);
    expect(tooltip(el).hidden, 'second tap hides').to.equal(true);
    await tap(path);
    expect(tooltip(el).hidden).to.equal(false);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(tooltip(el).hidden, 'tap elsewhere hides').to.equal(true);
  });

  it('zooms with the buttons and the keyboard, and resets', async () => {
    const el = await renderMap();
    const layer = shadow(el).querySelector<SVGGElement>('.zoom-layer')!;
    const scale = () => new DOMMatrix(getComputedStyle(layer).transform).a;
    const zoomOut = shadow(el).querySelector<HTMLButtonElement>('.zoom-out')!;
    expect(zoomOut.disabled, 'cannot zoom out of the whole map').to.equal(true);
    shadow(el).querySelector<HTMLButtonElement>('.zoom-in')!.click();
    await el.updateComplete;
    await aTimeout(300);
    expect(scale()).to.be.closeTo(1.5, 0.01);
    mapSvg(el).focus();
    await sendKeys({ press: '+' });
    await el.updateComplete;
    await aTimeout(300);
    expect(scale()).to.be.closeTo(2.25, 0.01);
    shadow(el).querySelector<HTMLButtonElement>('.zoom-reset')!.click();
    await el.updateComplete;
    await aTimeout(300);
    expect(scale()).to.be.closeTo(1, 0.01);
  });

  it('pans by dragging and zooms by pinching', async () => {
    const el = await renderMap();
    const svg = mapSvg(el);
    const layer = shadow(el).querySelector<SVGGElement>('.zoom-layer')!;
    const matrix = () => new DOMMatrix(getComputedStyle(layer).transform);
    const box = svg.getBoundingClientRect();
    const at = (x: number, y: number) => ({ clientX: box.left + x, clientY: box.top + y, bubbles: true, composed: true });
    const pointer = (type: string, id: number, x: number, y: number, pointerType = 'touch') =>
      svg.dispatchEvent(new PointerEvent(type, { ...at(x, y), pointerId: id, pointerType }));

    // Pinch: two fingers 100 px apart move to 200 px apart around the same centre.
    pointer('pointerdown', 1, 350, 300);
    pointer('pointerdown', 2, 450, 300);
    pointer('pointermove', 1, 300, 300);
    pointer('pointermove', 2, 500, 300);
    pointer('pointerup', 1, 300, 300);
    pointer('pointerup', 2, 500, 300);
    await el.updateComplete;
    expect(matrix().a, 'twice as far apart: twice the scale').to.be.closeTo(2, 0.01);

    // Drag with the mouse: the map follows the pointer.
    const before = matrix().e;
    pointer('pointerdown', 3, 400, 300, 'mouse');
    pointer('pointermove', 3, 420, 300, 'mouse');
    pointer('pointermove', 3, 460, 300, 'mouse');
    pointer('pointerup', 3, 460, 300, 'mouse');
    await el.updateComplete;
    expect(matrix().e - before).to.be.closeTo(60, 0.5);
  });

  it('zooms with Ctrl + wheel, and only hints at it on a plain wheel so the page keeps scrolling', async () => {
    const el = await renderMap();
    const svg = mapSvg(el);
    const layer = shadow(el).querySelector<SVGGElement>('.zoom-layer')!;
    const box = svg.getBoundingClientRect();
    const plain = new WheelEvent('wheel', { deltaY: -200, clientX: box.left + 300, clientY: box.top + 300, bubbles: true, composed: true, cancelable: true });
    svg.dispatchEvent(plain);
    await el.updateComplete;
    expect(plain.defaultPrevented, 'the page scrolls').to.equal(false);
    expect(shadow(el).querySelector('.wheel-hint')!.textContent).to.contain('Ctrl');
    expect(new DOMMatrix(getComputedStyle(layer).transform).a).to.equal(1);
    const withCtrl = new WheelEvent('wheel', { deltaY: -200, ctrlKey: true, clientX: box.left + 300, clientY: box.top + 300, bubbles: true, composed: true, cancelable: true });
    svg.dispatchEvent(withCtrl);
    await el.updateComplete;
    expect(withCtrl.defaultPrevented).to.equal(true);
    expect(new DOMMatrix(getComputedStyle(layer).transform).a).to.be.greaterThan(1.2);
  });

  it('keeps its zoom buttons off the regions on a phone (the north-east stays visible and clickable)', async () => {
    for (const width of [320, 375, 560]) {
      const el = await renderMap(undefined, width);
      const root = shadow(el);
      for (const button of root.querySelectorAll<HTMLButtonElement>('.controls button')) {
        const box = button.getBoundingClientRect();
        // A grid of points over the button, its 4 px surroundings included.
        for (let fx = -0.15; fx <= 1.15; fx += 0.1) {
          for (let fy = -0.15; fy <= 1.15; fy += 0.1) {
            const under = root.elementsFromPoint(box.left + box.width * fx, box.top + box.height * fy).filter((e) => e.matches('path.region'));
            expect(under.map((e) => e.getAttribute('data-id')), `${width} px: under ${button.className}`).to.deep.equal([]);
          }
        }
      }
    }
  });

  it('follows its container from 280 to 1600 px wide', async () => {
    const el = await renderMap(undefined, 280);
    const wrapper = el.parentElement!;
    for (const width of [280, 600, 1600]) {
      wrapper.style.width = `${width}px`;
      await aTimeout(60);
      await el.updateComplete;
      const svg = mapSvg(el);
      expect(Number(svg.getAttribute('width'))).to.equal(width);
      expect(svg.getBoundingClientRect().width).to.be.closeTo(width, 1);
      // Every region is inside the drawing.
      const regionsBox = shadow(el).querySelector<SVGGElement>('.regions')!.getBBox();
      expect(regionsBox.x).to.be.at.least(0);
      expect(regionsBox.x + regionsBox.width).to.be.at.most(width);
      expect(regionsBox.y + regionsBox.height).to.be.at.most(Number(svg.getAttribute('height')));
      expect(regionsBox.width, 'the map fills its box').to.be.greaterThan(width * 0.6);
    }
  });

  it('keeps following its container after being moved in the page', async () => {
    const el = await renderMap(undefined, 400);
    const other = document.createElement('div');
    other.style.width = '700px';
    el.parentElement!.after(other);
    other.append(el); // disconnect + connect, as frameworks do when they move nodes
    await aTimeout(60);
    await el.updateComplete;
    expect(Number(mapSvg(el).getAttribute('width'))).to.equal(700);
    other.style.width = '500px';
    await aTimeout(60);
    await el.updateComplete;
    expect(Number(mapSvg(el).getAttribute('width'))).to.equal(500);
    other.remove();
  });

  it('takes any aspect ratio the host gives it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:500px;height:700px"><sino-province-map style="height:100%"></sino-province-map></div>`);
    const el = wrapper.querySelector('sino-province-map')!;
    await waitForDrawn(el);
    expect(el.getBoundingClientRect().height).to.be.closeTo(700, 1);
    expect(Number(mapSvg(el).getAttribute('height'))).to.be.greaterThan(500);
  });

  it('prints a static map scaled to the paper: no controls, no blank band, nothing clipped', async () => {
    const el = await renderMap(undefined, 900);
    try {
      await emulateMedia({ media: 'print' });
      await nextFrame();
      const svg = mapSvg(el);
      const frame = shadow(el).querySelector<HTMLElement>('.frame')!;
      expect(getComputedStyle(shadow(el).querySelector('.controls')!).display).to.equal('none');
      expect(getComputedStyle(shadow(el).querySelector('.legend-actions')!).display).to.equal('none');
      // Paper is narrower than the screen the map was drawn for, and printing lays out without waiting
      // for the ResizeObserver: measure in the same task, before it can redraw.
      el.parentElement!.style.width = '600px';
      const box = svg.getBoundingClientRect();
      const frameBox = frame.getBoundingClientRect();
      expect(box.width).to.be.closeTo(frameBox.width, 1);
      expect(frameBox.height - box.height, 'the frame is as tall as the drawing').to.be.below(2);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('speaks English and Chinese, with numbers formatted for the language', async () => {
    const el = await renderMap(html`<sino-province-map metric="revenue"></sino-province-map>`);
    shadow(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await el.updateComplete;
    const anhuiRow = () => [...shadow(el).querySelectorAll('tbody tr')].find((tr) => /Anhui/.test(tr.textContent!))!;
    expect(anhuiRow().textContent).to.contain('17,6');
    el.lang = 'en';
    await el.updateComplete;
    expect(anhuiRow().textContent).to.contain('17.6');
    expect(shadow(el).querySelector('.legend-title')!.textContent).to.equal('Park revenue (bn ¥, 2002)');
    expect(regionPath(el, 'CN-NM').getAttribute('aria-label')).to.match(/^Inner Mongolia/);
    el.lang = 'zh';
    await el.updateComplete;
    expect(regionPath(el, 'CN-NM').getAttribute('aria-label')).to.match(/^内蒙古/);
    expect(shadow(el).querySelector('.zoom-in')!.getAttribute('aria-label')).to.equal('放大');
  });

  it('uses the closest [lang] ancestor when it has no lang of its own', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-GB" style="width:600px"><sino-province-map></sino-province-map></div>`);
    const el = wrapper.querySelector('sino-province-map')!;
    await waitForDrawn(el);
    expect(shadow(el).querySelector('.legend-title')!.textContent).to.equal('TORCH hi-tech parks (2004 list)');
  });

  for (const width of [343, 375, 800]) {
    it(`keeps every small region's marker inside the map at ${width} px (none cut at the bottom edge)`, async () => {
      const el = await renderMap(html`<sino-province-map></sino-province-map>`, width);
      for (let i = 0; i < 5; i++) await nextFrame();
      await el.updateComplete;
      const box = mapSvg(el).getBoundingClientRect();
      const marks = [...shadow(el).querySelectorAll<SVGCircleElement>('circle.region-mark')];
      expect(marks.length, 'small regions get a marker').to.be.greaterThan(1);
      for (const mark of marks) {
        const r = mark.getBoundingClientRect();
        const id = mark.nextElementSibling?.getAttribute('data-id');
        expect(r.bottom, `${id}: bottom`).to.be.at.most(box.bottom + 0.5);
        expect(r.top, `${id}: top`).to.be.at.least(box.top - 0.5);
        expect(r.left, `${id}: left`).to.be.at.least(box.left - 0.5);
        expect(r.right, `${id}: right`).to.be.at.most(box.right + 0.5);
      }
    });
  }

  it('a small region’s marker follows the zoom and takes its region’s class when the values change', async () => {
    const el = await renderMap();
    const mark = (id: string) => shadow(el).querySelector(`.region-dot[data-id="${id}"]`)!.previousElementSibling as SVGCircleElement;
    const fill = (node: Element) => [...node.classList].find((c) => /^(q\d|zero|nodata)$/.test(c));
    expect(Number(mark('MO').getAttribute('r'))).to.equal(7);
    expect(fill(mark('MO'))).to.equal(fill(regionPath(el, 'MO')));
    shadow(el).querySelector<HTMLButtonElement>('.zoom-in')!.click();
    await el.updateComplete;
    expect(Number(mark('MO').getAttribute('r'))).to.be.closeTo(7 / 1.5, 0.01);
    expect(fill(mark('HK'))).to.equal('nodata');
    el.values = { HK: 10, MO: 0, 'CN-HB': 5 };
    await el.updateComplete;
    for (const id of ['HK', 'MO']) expect(fill(mark(id)), id).to.equal(fill(regionPath(el, id)));
    expect(fill(mark('HK')), 'a value now').to.match(/^q\d$/);
    expect(fill(mark('MO'))).to.equal('zero');
  });

  it('lists every region with its value in a table alternative', async () => {
    const el = await renderMap();
    const toggle = shadow(el).querySelector<HTMLButtonElement>('.table-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const rows = shadow(el).querySelectorAll('table tbody tr');
    expect(rows).to.have.length(34);
    const tibet = [...rows].find((r) => r.querySelector('th')!.textContent === 'Tibet')!;
    expect(tibet.querySelector('td')!.textContent).to.equal('0 parc');
    const taiwan = [...rows].find((r) => r.querySelector('th')!.textContent === 'Taïwan')!;
    expect(taiwan.querySelector('td')!.textContent).to.equal('Pas de données');
  });

  describe('metric switch', () => {
    const switchButtons = (el: SinoProvinceMap) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.metric-switch button')];
    const legendTitle = (el: SinoProvinceMap) => shadow(el).querySelector('.legend-title')!.textContent!.trim();

    it('lets the reader choose the metric with real buttons, by mouse or keyboard, and says so with sino-filter', async () => {
      const el = await renderMap(html`<sino-province-map lang="en"></sino-province-map>`);
      const group = shadow(el).querySelector('.metric-switch')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(shadow(el).getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('Colour by');
      const buttons = switchButtons(el);
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Parks', 'Revenue', 'Partnerships', 'Offices']);
      expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false', 'false']);
      expect(buttons[0].getBoundingClientRect().height, 'visible').to.be.greaterThan(20);

      setTimeout(() => buttons[1].click());
      const e = (await oneEvent(el, 'sino-filter')) as CustomEvent<{ filters: Record<string, unknown>; count: number }>;
      expect(e.bubbles && e.composed).to.equal(true);
      expect(e.detail).to.deep.equal({ filters: { metric: 'revenue' }, count: 34 });
      await el.updateComplete;
      expect(el.metric).to.equal('revenue');
      expect(el.getAttribute('metric')).to.equal('revenue');
      expect(legendTitle(el)).to.equal('Park revenue (bn ¥, 2002)');
      expect(switchButtons(el).map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'false', 'false']);

      // Keyboard: Tab to a button, Enter presses it.
      switchButtons(el)[2].focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.metric).to.equal('partnerships');
      expect(legendTitle(el)).to.equal('Decentralised cooperation partnerships (2011)');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.metric).to.equal('offices');
      await expect(el).to.be.accessible();
    });

    it('follows a metric the host sets, speaks the page language, and is hidden by metric-switch="off" or own values', async () => {
      const el = await renderMap(html`<sino-province-map lang="zh" metric="offices"></sino-province-map>`);
      expect(switchButtons(el).map((b) => b.textContent!.trim())).to.deep.equal(['园区', '营业收入', '合作伙伴关系', '代表处']);
      expect(switchButtons(el)[3].getAttribute('aria-pressed')).to.equal('true');
      el.metricSwitch = 'off';
      await el.updateComplete;
      expect(shadow(el).querySelector('.metric-switch')).to.equal(null);
      el.metricSwitch = 'on';
      await el.updateComplete;
      expect(switchButtons(el)).to.have.length(4);
      el.values = { 'CN-HB': 3 };
      await el.updateComplete;
      expect(shadow(el).querySelector('.metric-switch'), 'own values: the metric is the host\'s').to.equal(null);
      const fixed = await renderMap(html`<sino-province-map metric-switch="off"></sino-province-map>`);
      expect(shadow(fixed).querySelector('.metric-switch')).to.equal(null);
    });
  });

  describe('bad input', () => {
    it('an unknown metric: falls back to parks, says so, fires sino-error', async () => {
      const el = await renderMap();
      const event = oneEvent(el, 'sino-error');
      // @ts-expect-error: a value outside the type, as a plain-JS host may set it
      el.metric = 'gdp';
      const { detail } = (await event) as CustomEvent<SinoErrorDetail>;
      expect(detail.code).to.equal('unknown-metric');
      await el.updateComplete;
      const note = shadow(el).querySelector('[role="status"].problems')!;
      expect(note.textContent).to.contain('gdp');
      expect(shadow(el).querySelectorAll('path.region.q4').length).to.be.greaterThan(0);
      el.metric = 'revenue';
      await el.updateComplete;
      expect(note.textContent!.trim(), 'the note goes once the input is fixed').to.equal('');
    });

    it('a selected id that does not exist: nothing selected, a note, sino-error', async () => {
      const el = await renderMap();
      const event = oneEvent(el, 'sino-error');
      el.selected = 'CN-XX';
      expect(((await event) as CustomEvent<SinoErrorDetail>).detail.code).to.equal('unknown-selection');
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('[aria-selected="true"]')).to.have.length(0);
      expect(shadow(el).querySelector('.problems')!.textContent).to.contain('CN-XX');
    });

    it('values of the wrong shape: no data everywhere, a note, sino-error', async () => {
      const el = await renderMap();
      const event = oneEvent(el, 'sino-error');
      el.values = [1, 2, 3] as unknown as Record<string, number>;
      expect(((await event) as CustomEvent<SinoErrorDetail>).detail.code).to.equal('invalid-data');
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('path.region.nodata')).to.have.length(34);
    });

    it('NaN, negative and unknown regions are set aside; the valid values are kept', async () => {
      const el = await renderMap(html`<sino-province-map value-label="Partenariats"></sino-province-map>`);
      const codes: string[] = [];
      el.addEventListener('sino-error', (e) => codes.push(e.detail.code));
      el.values = { 'CN-HB': 4, 'CN-SC': 2, 'CN-GD': NaN, 'CN-AH': -3, 'XX-99': 5, 'CN-XZ': 0, 'CN-BJ': null };
      await el.updateComplete;
      expect(codes).to.include.members(['invalid-value', 'invalid-data']);
      expect(regionPath(el, 'CN-HB').classList.contains('q4')).to.equal(true);
      expect(regionPath(el, 'CN-SC').classList.contains('q0')).to.equal(true);
      expect(regionPath(el, 'CN-GD').classList.contains('nodata')).to.equal(true);
      expect(regionPath(el, 'CN-AH').classList.contains('nodata')).to.equal(true);
      expect(regionPath(el, 'CN-XZ').classList.contains('zero')).to.equal(true);
      expect(shadow(el).querySelector('.legend-title')!.textContent).to.equal('Partenariats');
      expect(shadow(el).querySelectorAll('.problems p').length).to.equal(3);
    });

    it('parks with broken coordinates or regions are dropped, the others drawn', async () => {
      const el = await renderMap();
      const event = oneEvent(el, 'sino-error');
      el.parks = [...parks.slice(0, 5), { ...parks[5], lon: NaN }, { ...parks[6], provinceId: 'nowhere' }, null as never];
      expect(((await event) as CustomEvent<SinoErrorDetail>).detail.code).to.equal('invalid-data');
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('circle.park')).to.have.length(5);
    });

    it('none of it throws into the host page', async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      const el = await renderMap();
      // @ts-expect-error: a value outside the type, as a plain-JS host may set it
      el.metric = '<img src=x onerror=alert(1)>';
      el.selected = '"><script>';
      el.values = 'nonsense' as never;
      el.parks = 'nonsense' as never;
      await el.updateComplete;
      await aTimeout(50);
      window.removeEventListener('error', onError);
      expect(errors).to.deep.equal([]);
      expect(shadow(el).querySelectorAll('path.region')).to.have.length(34);
      expect(shadow(el).querySelector('img'), 'text from input is rendered as text').to.equal(null);
    });
  });

  it('the summary and the regions’ names a screen reader hears follow the metric, the years, the values and the language, and stay through hovers', async () => {
    const el = await renderMap(html`<sino-province-map lang="en"></sino-province-map>`);
    const summary = () => shadow(el).querySelector('#map-summary')!.textContent!;
    const hubei = () => regionPath(el, 'CN-HB').getAttribute('aria-label');
    expect(hubei()).to.match(/^Hubei, \d+ parks?$/);
    expect(summary()).to.contain('TORCH hi-tech parks (2004 list)');
    const before = summary();
    const [x, y] = pointInside(el, 'CN-SC');
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
    await el.updateComplete;
    expect(tooltip(el).hidden).to.equal(false);
    expect(summary(), 'a hover').to.equal(before);
    expect(hubei(), 'a hover').to.match(/^Hubei, \d+ parks?$/);
    el.years = '1988-1991';
    await el.updateComplete;
    expect(summary()).to.contain('1988–1991').and.not.equal(before);
    el.years = '';
    el.metric = 'revenue';
    await el.updateComplete;
    expect(summary()).to.contain('Park revenue');
    expect(hubei()).to.match(/^Hubei, .*bn/);
    el.values = { 'CN-HB': 5 };
    el.valueLabel = 'Score';
    await el.updateComplete;
    expect(summary()).to.contain('Score').and.contain('Hubei');
    el.values = { 'CN-SC': 7 };
    await el.updateComplete;
    expect(summary()).to.contain('Sichuan').and.not.contain('Hubei');
    expect(hubei()).to.equal('Hubei, No data');
    el.lang = 'fr';
    await el.updateComplete;
    expect(summary()).to.match(/^Carte de|régions/);
    expect(hubei()).to.match(/^Hubei, Pas de données$/);
    await resetMouse();
  });

  describe('accessibility', () => {
    it('has no axe violations in the light theme', async () => {
      const el = await renderMap(html`<sino-province-map theme="light" selected="CN-HB"></sino-province-map>`);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in the dark theme, with the table open', async () => {
      const el = await renderMap(html`<sino-province-map theme="dark" metric="revenue"></sino-province-map>`);
      shadow(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      expect(getComputedStyle(shadow(el).querySelector('.base')!).backgroundColor).to.equal('rgb(21, 24, 29)');
    });
  });

  describe('many park points (over 300): painted on a canvas, found by hit-testing', () => {
    // 400 points around the parks, plus two close ones in Gansu (0.4° apart, a few pixels on screen).
    const many = [
      ...Array.from({ length: 400 }, (_, i) => {
        const p = parks[i % parks.length];
        return { ...p, id: `${p.id}-${i}`, name: `${p.name} #${i}`, lon: p.lon + ((i * 37) % 40) / 10 - 2, lat: p.lat + ((i * 53) % 40) / 10 - 2 };
      }),
      { ...parks[0], id: 'near-a', name: 'Near A', provinceId: 'CN-GS', lon: 100, lat: 40 },
      { ...parks[0], id: 'near-b', name: 'Near B', provinceId: 'CN-GS', lon: 100.4, lat: 40 },
    ];

    async function manyPoints(): Promise<SinoProvinceMap> {
      const el = await renderMap(html`<sino-province-map lang="en"></sino-province-map>`);
      el.parks = many;
      await el.updateComplete;
      return el;
    }

    /** Screen position of the i-th dot, from the points path of the downloaded SVG. */
    async function dotAt(el: SinoProvinceMap, i: number): Promise<[number, number]> {
      const file = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
      const d = [...file.querySelectorAll('path')].map((p) => p.getAttribute('d') ?? '').find((v) => v.endsWith('h0'))!;
      const [x, y] = d.split('M')[i + 1].split('h')[0].split(',').map(Number);
      const m = shadow(el).querySelector<SVGGElement>('.zoom-layer')!.getScreenCTM()!;
      return [x * m.a + y * m.c + m.e, x * m.b + y * m.d + m.f];
    }

    const shownTitle = (el: SinoProvinceMap) => (tooltip(el).hidden ? null : tooltip(el).querySelector('.tooltip-title')!.textContent);

    it('paints the dots on a canvas, not a circle per point, and puts them in the downloaded SVG', async () => {
      const el = await manyPoints();
      expect(shadow(el).querySelectorAll('circle.park'), 'no option is drawn before the keyboard steps into a park').to.have.length(0);
      const canvas = shadow(el).querySelector<HTMLCanvasElement>('canvas.park-canvas')!;
      const box = canvas.getBoundingClientRect();
      const alpha = ([x, y]: [number, number]) => {
        const scale = canvas.width / box.width;
        return canvas.getContext('2d')!.getImageData(Math.round((x - box.left) * scale), Math.round((y - box.top) * scale), 1, 1).data[3];
      };
      expect(alpha(await dotAt(el, 400)), 'a dot is painted where the point is').to.equal(255);
      const [ax, ay] = await dotAt(el, 400);
      expect(alpha([ax - 14, ay]), 'nothing between the dots').to.equal(0);
      const file = await el.toSVG();
      expect(file.match(/h0/g)?.length, 'the downloaded SVG has every dot, twice (outline, fill)').to.equal(2 * many.length);
    });

    it('keeps no path of the dots in the map: they are made for the downloaded image and taken out after it', async () => {
      const el = await manyPoints();
      const paths = () => [...shadow(el).querySelectorAll('path')].filter((p) => p.getAttribute('d')?.endsWith('h0'));
      expect(paths(), 'drawn: the canvas only').to.have.length(0);
      expect((await el.toSVG()).match(/h0/g)?.length).to.equal(2 * many.length);
      expect(paths(), 'after a download').to.have.length(0);
    });

    it('the mouse over a dot shows that park, the nearer of two close ones', async () => {
      const el = await manyPoints();
      for (const [i, name] of [
        [400, 'Near A'],
        [401, 'Near B'],
        [123, many[123].name],
      ] as const) {
        await sendMouse({ type: 'move', position: [2, 2] });
        await el.updateComplete;
        const [x, y] = await dotAt(el, i);
        await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
        await el.updateComplete;
        expect(shownTitle(el), `dot ${i}`).to.equal(name);
      }
      // Between the dots of Gansu's empty west, the region itself.
      const [ax, ay] = await dotAt(el, 400);
      await sendMouse({ type: 'move', position: [Math.round(ax) - 14, Math.round(ay)] });
      await el.updateComplete;
      expect(shownTitle(el)).to.equal('Gansu');
    });

    it('a tap a few pixels off a dot shows its park and selects its region', async () => {
      const el = await manyPoints();
      const [x0, y0] = await dotAt(el, 400);
      const [x, y] = [x0 - 3, y0 + 3];
      const target = shadow(el).elementFromPoint(x, y)!;
      const init = { pointerType: 'touch', bubbles: true, composed: true, pointerId: 9, clientX: x, clientY: y };
      target.dispatchEvent(new PointerEvent('pointerdown', init));
      target.dispatchEvent(new PointerEvent('pointerup', init));
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
      await el.updateComplete;
      expect(shownTitle(el)).to.equal('Near A');
      expect(el.selected).to.equal('CN-GS');
    });

    it('P steps into the parks of the region: the park reached is an option, named, in the tooltip', async () => {
      const el = await manyPoints();
      el.selected = 'CN-GS';
      await el.updateComplete;
      mapSvg(el).focus();
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'p' });
      await el.updateComplete;
      const id = mapSvg(el).getAttribute('aria-activedescendant')!;
      const option = shadow(el).getElementById(id)!;
      expect(option, `#${id} is drawn`).to.not.equal(null);
      expect(option.getAttribute('role')).to.equal('option');
      const park = many.find((p) => `park-${p.id}` === id)!;
      expect(park.provinceId).to.equal('CN-GS');
      expect(option.getAttribute('aria-label')).to.match(new RegExp(`^${park.name}, `));
      expect(shownTitle(el)).to.equal(park.name);
      await sendKeys({ press: 'p' });
      await el.updateComplete;
      expect(mapSvg(el).getAttribute('aria-activedescendant'), 'P again: the next park').to.not.equal(id);
      expect(shadow(el).querySelectorAll('circle.park'), 'one option at a time').to.have.length(1);
    });
  });
});
