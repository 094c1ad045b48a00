import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { parks } from '@sinocarte/data/parks';
import { partnerships } from '@sinocarte/data/partnerships';
import { offices } from '@sinocarte/data/offices';
import '../atlas.js';
import type { SinoAtlas } from './atlas.component.js';
import { taskStamps } from '../../test/fixtures/task-stamp.js';

const shadow = (el: Element) => el.shadowRoot!;
const TAGS = ['sino-province-map', 'sino-typology', 'sino-timeline', 'sino-park-table'] as const;
const views = (el: SinoAtlas) => TAGS.map((tag) => shadow(el).querySelector(tag)!);
const view = <K extends (typeof TAGS)[number]>(el: SinoAtlas, tag: K) => shadow(el).querySelector(tag)! as HTMLElementTagNameMap[K];
const tableRows = (el: SinoAtlas) => shadow(view(el, 'sino-park-table')).querySelectorAll('tbody tr[data-row], li.card');

async function renderAtlas(template = html`<sino-atlas></sino-atlas>`, width = 1200): Promise<SinoAtlas> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = wrapper.querySelector('sino-atlas')!;
  await el.updateComplete;
  const drawn = () => shadow(view(el, 'sino-province-map')).querySelector('path.region') && shadow(view(el, 'sino-typology')).querySelector('g.point');
  for (let i = 0; i < 80 && !drawn(); i++) await nextFrame();
  await settle(el);
  return el;
}

async function settle(el: SinoAtlas) {
  await el.updateComplete;
  for (const v of views(el)) await (v as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await nextFrame();
  for (const v of views(el)) await (v as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  // A view whose turn came meanwhile (in view, drawn after the others) may still be measuring its size and drawing:
  // wait until no view's box has changed for two frames.
  const boxes = () => views(el).map((v) => `${v.getBoundingClientRect().height}`).join();
  for (let i = 0, last = boxes(), same = 0; i < 60 && same < 2; i++) {
    await nextFrame();
    const now = boxes();
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

describe('<sino-atlas>', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('renders the four views, linked in a group of their own', async () => {
    const el = await renderAtlas();
    const [map, typology, timeline, table] = views(el);
    for (const v of [map, typology, timeline, table]) expect(v, v.localName).to.be.instanceOf(HTMLElement);
    const group = map.getAttribute('group');
    expect(group).to.match(/^sino-atlas-\d+$/);
    for (const v of [typology, timeline, table]) expect(v.getAttribute('group')).to.equal(group);
    expect(shadow(el).querySelectorAll('[role="heading"]')).to.have.length(4);
    // Selecting a region on the map filters the table and reflects on the atlas.
    shadow(map).querySelector('path.region[data-id="CN-GD"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    expect(el.getAttribute('region')).to.equal('CN-GD');
    expect(tableRows(el)).to.have.length(parks.filter((p) => p.provinceId === 'CN-GD').length);
  });

  it('two atlases on one page do not affect each other', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"><sino-atlas></sino-atlas><sino-atlas></sino-atlas></div>`);
    const [a, b] = [...wrapper.querySelectorAll('sino-atlas')];
    // Their views are made once their updateComplete resolves.
    await Promise.all([a.updateComplete, b.updateComplete]);
    for (let i = 0; i < 60 && !shadow(view(a, 'sino-province-map')).querySelector('path.region'); i++) await nextFrame();
    await settle(a);
    await settle(b);
    expect(view(a, 'sino-province-map').group).to.not.equal(view(b, 'sino-province-map').group);
    shadow(view(a, 'sino-province-map')).querySelector('path.region[data-id="CN-HB"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(a);
    await settle(b);
    expect(view(a, 'sino-park-table').region).to.equal('CN-HB');
    expect(view(b, 'sino-park-table').region).to.equal('');
  });

  it('draws the atlas, makes its views and draws each view in a task of its own, and its updateComplete still means drawn', async () => {
    await setViewport({ width: 1280, height: 900 });
    // Each first update is stamped with the task it ran in (timers' and frames' callbacks start tasks too).
    const stamps = taskStamps({ timers: true });
    const task = stamps.task;
    const tasks = new Map<string, object>();
    const tags = ['sino-atlas', 'sino-province-map', 'sino-typology'];
    const restore: (() => unknown)[] = tags.map((tag) => {
      const proto = customElements.get(tag)!.prototype as { firstUpdated: (...args: unknown[]) => void };
      const own = Object.getOwnPropertyDescriptor(proto, 'firstUpdated');
      const original = proto.firstUpdated;
      proto.firstUpdated = function (this: HTMLElement, ...args: unknown[]) {
        tasks.set(tag, task());
        return original.apply(this, args);
      };
      return () => (own ? Object.defineProperty(proto, 'firstUpdated', own) : delete (proto as Partial<typeof proto>).firstUpdated);
    });
    // The map's outlines: the task of the first update that drew them.
    const mapProto = customElements.get('sino-province-map')!.prototype as { updated: (...args: unknown[]) => void };
    const ownUpdated = Object.getOwnPropertyDescriptor(mapProto, 'updated')!;
    mapProto.updated = function (this: HTMLElement, ...args: unknown[]) {
      if (!tasks.has('outlines') && this.shadowRoot?.querySelector('path.region[d^="M"]')) tasks.set('outlines', task());
      return (ownUpdated.value as (...args: unknown[]) => void).apply(this, args);
    };
    restore.push(() => Object.defineProperty(mapProto, 'updated', ownUpdated));
    // The views made (their elements connected, their styles adopted): the task of the atlas's update that made them.
    const atlasProto = customElements.get('sino-atlas')!.prototype as { updated: (...args: unknown[]) => void };
    const atlasUpdated = Object.getOwnPropertyDescriptor(atlasProto, 'updated')!;
    atlasProto.updated = function (this: HTMLElement, ...args: unknown[]) {
      if (!tasks.has('views made') && this.shadowRoot?.querySelector('sino-province-map')) tasks.set('views made', task());
      if (!tasks.has('views below made') && this.shadowRoot?.querySelector('sino-park-table')) tasks.set('views below made', task());
      return (atlasUpdated.value as (...args: unknown[]) => void).apply(this, args);
    };
    restore.push(() => Object.defineProperty(atlasProto, 'updated', atlasUpdated));
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1200px"></div>`);
      // Made and connected by a host's script: its first drawing waits for a task of its own.
      const el = document.createElement('sino-atlas');
      wrapper.append(el);
      tasks.set('created', task());
      await el.updateComplete;
      expect(views(el).every((v) => v), 'the views are made once its updateComplete resolves').to.equal(true);
      const map = view(el, 'sino-province-map');
      await map.updateComplete;
      expect(shadow(map).querySelectorAll('path.region[d^="M"]'), 'the map is drawn once its updateComplete resolves').to.have.length(34);
      await view(el, 'sino-typology').updateComplete;
      for (let i = 0; i < 80 && !shadow(view(el, 'sino-typology')).querySelector('g.point'); i++) await nextFrame();
      expect([...tasks.keys()]).to.have.members([...tags, 'outlines', 'created', 'views made', 'views below made']);
      expect(
        new Set(tasks.values()).size,
        "the atlas created, the atlas drawn, the map and typology made, the timeline and table made, the map, the map's outlines and the typology first drawn in seven different tasks",
      ).to.equal(7);
      // The views below the fold are still not drawn: their height was kept while the views above drew.
      expect(view(el, 'sino-park-table').hasAttribute('data-sino-waiting')).to.equal(true);
    } finally {
      for (const undo of restore) undo();
      stamps.restore();
    }
  });

  it('draws the table when it comes into view, in the height kept for it', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await renderAtlas();
    const table = view(el, 'sino-park-table');
    const panel = shadow(el).querySelector<HTMLElement>('.panel-table')!;
    expect(table.hasAttribute('data-sino-waiting'), 'below the fold: not drawn yet').to.equal(true);
    expect(tableRows(el)).to.have.length(0);
    const kept = table.getBoundingClientRect().height;
    expect(kept).to.be.greaterThan(500);
    const top = panel.getBoundingClientRect().top + window.scrollY;
    panel.scrollIntoView();
    for (let i = 0; i < 40 && !tableRows(el).length; i++) await nextFrame();
    await settle(el);
    expect(table.hasAttribute('data-sino-waiting')).to.equal(false);
    expect(tableRows(el).length, 'drawn once in view').to.be.greaterThan(0);
    expect(panel.getBoundingClientRect().top + window.scrollY, 'the panel did not move').to.be.closeTo(top, 1);
    expect(Math.abs(table.getBoundingClientRect().height - kept), 'its height was kept for it').to.be.below(kept * 0.1);
    window.scrollTo(0, 0);
  });

  it('keeps the timeline its height while it draws, so that what lies below does not jump up and back', async () => {
    // An article column: the map and the typology one above the other, the timeline well below the fold.
    await setViewport({ width: 800, height: 700 });
    const el = await renderAtlas(undefined, 720);
    const timeline = view(el, 'sino-timeline');
    const panel = shadow(el).querySelector<HTMLElement>('.panel-timeline')!;
    expect(timeline.hasAttribute('data-sino-waiting'), 'below the fold: not drawn yet').to.equal(true);
    const kept = panel.getBoundingClientRect().height;
    const heights: number[] = [];
    panel.scrollIntoView();
    const drawn = () => !!shadow(timeline).querySelector('.event, .cluster');
    for (let i = 0; i < 80 && (!drawn() || timeline.hasAttribute('data-sino-waiting')); i++) {
      heights.push(panel.getBoundingClientRect().height);
      await nextFrame();
    }
    await settle(el);
    heights.push(panel.getBoundingClientRect().height);
    expect(drawn(), 'drawn once in view').to.equal(true);
    expect(Math.min(...heights), `the panel's heights while it drew: ${heights.map(Math.round).join(', ')}`).to.be.at.least(kept - 1);
    window.scrollTo(0, 0);
  });

  it('draws the views below the fold for print and for a selection in another view', async () => {
    await setViewport({ width: 1280, height: 900 });
    const printed = await renderAtlas();
    expect(view(printed, 'sino-park-table').hasAttribute('data-sino-waiting')).to.equal(true);
    window.dispatchEvent(new Event('beforeprint'));
    for (let i = 0; i < 40 && !tableRows(printed).length; i++) await nextFrame();
    expect(tableRows(printed).length, 'printed: drawn').to.be.greaterThan(0);

    const el = await renderAtlas();
    expect(view(el, 'sino-park-table').hasAttribute('data-sino-waiting')).to.equal(true);
    shadow(view(el, 'sino-province-map')).querySelector('path.region[data-id="CN-HB"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    for (let i = 0; i < 40 && !tableRows(el).length; i++) await nextFrame();
    await settle(el);
    expect(tableRows(el), 'a selection on the map: the table is drawn, filtered').to.have.length(parks.filter((p) => p.provinceId === 'CN-HB').length);
  });

  it('opens on the region and metric given as attributes', async () => {
    const el = await renderAtlas(html`<sino-atlas region="CN-SD" metric="partnerships"></sino-atlas>`);
    for (let i = 0; i < 10 && view(el, 'sino-park-table').region !== 'CN-SD'; i++) await settle(el);
    expect(view(el, 'sino-province-map').selected).to.equal('CN-SD');
    expect(view(el, 'sino-province-map').metric).to.equal('partnerships');
    expect(view(el, 'sino-park-table').region).to.equal('CN-SD');
    expect(view(el, 'sino-typology').highlight).to.equal('CN-SD');
    // The table follows the metric: the partnerships of Shandong.
    expect(view(el, 'sino-park-table').preset).to.equal('partnerships');
    const expected = partnerships.filter((p) => p.chinese.provinceId === 'CN-SD').length;
    for (let i = 0; i < 20 && tableRows(el).length !== expected; i++) await settle(el);
    expect(expected).to.be.greaterThan(0);
    expect(tableRows(el)).to.have.length(expected);
  });

  it("drives the map and its table from the map's metric switch", async () => {
    const el = await renderAtlas(html`<sino-atlas lang="en"></sino-atlas>`);
    const map = view(el, 'sino-province-map');
    const table = view(el, 'sino-park-table');
    const tableTitle = () => shadow(el).querySelector('#title-table')!.textContent!.trim();
    const press = async (metric: string) => {
      shadow(map).querySelector<HTMLButtonElement>(`.metric-switch button[data-metric="${metric}"]`)!.click();
      await settle(el);
    };
    expect(shadow(map).querySelectorAll('.metric-switch button'), 'the switch is shown in the atlas').to.have.length(4);
    expect(tableTitle()).to.equal('TORCH hi-tech parks');
    await press('revenue');
    expect(el.metric).to.equal('revenue');
    expect(el.getAttribute('metric')).to.equal('revenue');
    expect(table.preset, 'revenue is the parks\' revenue: the parks table').to.equal('parks');
    await press('partnerships');
    expect(el.metric).to.equal('partnerships');
    expect(map.metric).to.equal('partnerships');
    expect(table.preset).to.equal('partnerships');
    expect(tableTitle()).to.equal('Decentralised cooperation partnerships');
    await press('offices');
    expect(table.preset).to.equal('offices');
    expect(tableTitle()).to.equal('Offices of French local authorities');
    for (let i = 0; i < 20 && tableRows(el).length !== offices.length; i++) await settle(el);
    expect(tableRows(el)).to.have.length(offices.length);
    // The host sets it back: the map's switch and the table follow.
    el.metric = 'parks';
    await settle(el);
    expect(shadow(map).querySelector('.metric-switch button[aria-pressed="true"]')!.getAttribute('data-metric')).to.equal('parks');
    expect(table.preset).to.equal('parks');
    expect(tableTitle()).to.equal('TORCH hi-tech parks');
  });

  it('switches the language of all four views', async () => {
    const el = await renderAtlas();
    expect(el.locale).to.equal('fr');
    const english = shadow(el).querySelector<HTMLInputElement>('input[name="lang"][value="en"]')!;
    english.click();
    await settle(el);
    expect(el.getAttribute('lang')).to.equal('en');
    for (const v of views(el)) expect(v.getAttribute('lang'), v.localName).to.equal('en');
    expect(shadow(el).querySelector('.title')!.textContent).to.equal('Atlas of Franco-Chinese cooperation');
    // The views speak English: the table's count (once scrolled to: it is drawn when in view) and the map's zoom button.
    view(el, 'sino-park-table').scrollIntoView();
    for (let i = 0; i < 40 && !shadow(view(el, 'sino-park-table')).querySelector('.count'); i++) await nextFrame();
    await settle(el);
    window.scrollTo(0, 0);
    expect(shadow(view(el, 'sino-park-table')).querySelector('.count')!.textContent).to.match(/parks/);
    expect(shadow(view(el, 'sino-province-map')).querySelector('.zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');
    shadow(el).querySelector<HTMLInputElement>('input[name="lang"][value="zh"]')!.click();
    await settle(el);
    for (const v of views(el)) expect(v.getAttribute('lang')).to.equal('zh');
  });

  it('switches the theme of all four views', async () => {
    const el = await renderAtlas();
    const background = (node: Element) => getComputedStyle(node).backgroundColor;
    const light = background(shadow(el).querySelector('.base')!);
    shadow(el).querySelector<HTMLInputElement>('input[name="theme"][value="dark"]')!.click();
    await settle(el);
    expect(el.getAttribute('theme')).to.equal('dark');
    for (const v of views(el)) expect(v.getAttribute('theme'), v.localName).to.equal('dark');
    expect(background(shadow(el).querySelector('.base')!)).to.not.equal(light);
    expect(getComputedStyle(view(el, 'sino-park-table')).color).to.equal('rgb(232, 234, 237)');
  });

  it('puts the map and the typology side by side when wide, and stacks everything on a phone', async () => {
    const wide = await renderAtlas(html`<sino-atlas></sino-atlas>`, 1200);
    const box = (el: SinoAtlas, tag: (typeof TAGS)[number]) => view(el, tag).getBoundingClientRect();
    expect(Math.abs(box(wide, 'sino-province-map').top - box(wide, 'sino-typology').top)).to.be.lessThan(2);
    expect(box(wide, 'sino-typology').left).to.be.greaterThan(box(wide, 'sino-province-map').right - 1);
    await setViewport({ width: 360, height: 740 });
    const phone = await renderAtlas(html`<sino-atlas></sino-atlas>`, 340);
    const boxes = TAGS.map((t) => box(phone, t));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].top, TAGS[i]).to.be.at.least(boxes[i - 1].bottom);
    for (const b of boxes) expect(b.right).to.be.at.most(341);
    const base = shadow(phone).querySelector<HTMLElement>('.base')!;
    expect(base.scrollWidth, 'nothing wider than the phone').to.be.at.most(base.clientWidth);
  });

  it('fits an article column of 720 px: every column of each table in view, the lane names whole', async () => {
    await setViewport({ width: 1000, height: 900 });
    const el = await renderAtlas(html`<sino-atlas></sino-atlas>`, 720);
    const table = view(el, 'sino-park-table');
    // The timeline and the table are drawn once in view.
    table.scrollIntoView();
    view(el, 'sino-timeline').scrollIntoView();
    for (const metric of ['parks', 'partnerships', 'offices'] as const) {
      el.metric = metric;
      await settle(el);
      for (let i = 0; i < 20 && !shadow(table).querySelector('tbody tr[data-row]'); i++) await settle(el);
      const scroller = shadow(table).querySelector<HTMLElement>('.scroller')!;
      // Too wide laid out by its content, the table squeezes into fixed widths a frame later.
      for (let i = 0; i < 10 && scroller.scrollWidth > scroller.clientWidth; i++) await settle(el);
      const right = scroller.getBoundingClientRect().right;
      expect(scroller.scrollWidth, `${metric}: no column off to the right`).to.be.at.most(scroller.clientWidth);
      for (const th of shadow(table).querySelectorAll('thead th')) expect(th.getBoundingClientRect().right, `${metric}: ${th.textContent!.trim()}`).to.be.at.most(right + 0.5);
    }
    const labels = [...shadow(view(el, 'sino-timeline')).querySelectorAll<SVGTextElement>('text.lane-label')];
    expect(labels.length).to.be.greaterThan(5);
    const names = labels.map((l) => [...l.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim());
    for (const name of names) expect(name, 'a lane name is not cut').to.not.match(/…$/);
    expect(names).to.include('Politiques chinoises');
    // Drawn within their band, left of the track where the first tick is.
    const firstTick = Math.min(...[...shadow(view(el, 'sino-timeline')).querySelectorAll('.axis text')].map((t) => t.getBoundingClientRect().left));
    for (const l of labels) expect(l.getBoundingClientRect().right, names[labels.indexOf(l)]).to.be.below(firstTick);
    const base = shadow(el).querySelector<HTMLElement>('.base')!;
    expect(base.scrollWidth, 'nothing wider than the column').to.be.at.most(base.clientWidth);
  });

  it('shows one title: the editor’s heading replaces its own, and names the atlas either way', async () => {
    /** The visible texts drawn as the atlas's title, and the accessible name of its base. */
    const titles = (el: SinoAtlas) => {
      const root = shadow(el);
      const shown = [...root.querySelectorAll<HTMLElement>('.title, .frame-heading')].filter((t) => t.getClientRects().length > 0);
      const base = root.querySelector<HTMLElement>('.base')!;
      const name = (base.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => root.getElementById(id))
        .map((n) => (n?.querySelector('slot')?.assignedNodes().map((a) => a.textContent).join('') || n?.textContent || '').trim())
        .join(' ');
      return { shown: shown.map((t) => (t.querySelector('slot')?.assignedNodes().map((a) => a.textContent).join('') || t.textContent!).trim()), role: base.getAttribute('role'), name };
    };
    const plain = await renderAtlas(html`<sino-atlas></sino-atlas>`);
    expect(titles(plain)).to.deep.equal({ shown: ['Atlas de la coopération franco-chinoise'], role: 'group', name: 'Atlas de la coopération franco-chinoise' });
    const headed = await renderAtlas(html`<sino-atlas heading="La coopération de notre région"></sino-atlas>`);
    expect(titles(headed)).to.deep.equal({ shown: ['La coopération de notre région'], role: 'group', name: 'La coopération de notre région' });
    headed.heading = '';
    await settle(headed);
    expect(titles(headed).shown).to.deep.equal(['Atlas de la coopération franco-chinoise']);
    const slotted = await renderAtlas(html`<sino-atlas><span slot="heading">Nos <em>partenaires</em></span></sino-atlas>`);
    await settle(slotted);
    expect(titles(slotted)).to.deep.equal({ shown: ['Nos partenaires'], role: 'group', name: 'Nos partenaires' });
  });

  it('hides the map’s metric switch with metric-switch="off"', async () => {
    const el = await renderAtlas(html`<sino-atlas metric-switch="off" metric="revenue"></sino-atlas>`);
    const map = view(el, 'sino-province-map');
    expect(shadow(map).querySelector('.metric-switch'), 'hidden').to.equal(null);
    expect(map.metric).to.equal('revenue');
    el.metricSwitch = 'on';
    await settle(el);
    expect(shadow(map).querySelectorAll('.metric-switch button').length, 'shown again').to.equal(4);
  });

  it('clears every selection and filter with one button', async () => {
    const el = await renderAtlas(html`<sino-atlas region="CN-JS"></sino-atlas>`);
    for (let i = 0; i < 10 && view(el, 'sino-park-table').region !== 'CN-JS'; i++) await settle(el);
    shadow(el).querySelector<HTMLButtonElement>('.reset')!.click();
    await settle(el);
    expect(el.region).to.equal('');
    expect(view(el, 'sino-province-map').selected).to.equal(null);
    expect(view(el, 'sino-park-table').region).to.equal('');
    expect(tableRows(el)).to.have.length(parks.length);
  });

  it('is accessible in light and dark', async () => {
    const el = await renderAtlas(html`<sino-atlas theme="light" region="CN-HB"></sino-atlas>`);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await settle(el);
    await expect(el).to.be.accessible();
  });
});
