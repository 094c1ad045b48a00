import { expect, fixture, html, oneEvent, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { events } from '@sinocarte/data/events';
import '../timeline.js';
import type { SinoTimeline } from './timeline.component.js';
import type { SinoErrorDetail, SinoFilterDetail, SinoRangeDetail, SinoSelectDetail } from '../internal/events.js';

/** The earliest event of the data package, and its year: the timeline's whole period starts there. */
const firstEvent = events.reduce((a, b) => (b.date < a.date ? b : a));
const firstYear = firstEvent.date.slice(0, 4);

const shadow = (el: Element) => el.shadowRoot!;
const chart = (el: SinoTimeline) => shadow(el).querySelector<SVGSVGElement>('svg.chart')!;
const singles = (el: SinoTimeline) => [...shadow(el).querySelectorAll<SVGRectElement>('rect.event')];
const clusters = (el: SinoTimeline) => [...shadow(el).querySelectorAll<SVGGElement>('g.cluster')];
/** Events drawn: single marks plus the counts shown on clusters. */
const drawnCount = (el: SinoTimeline) => singles(el).length + clusters(el).reduce((n, c) => n + Number(c.querySelector('text')!.textContent), 0);
const live = (el: SinoTimeline) => shadow(el).querySelector('[aria-live]')!.textContent!.trim();
/** Start of a partial date as a sortable string: `2004` and `2004-01` both start on 2004-01-01. */
const startOf = (date: string) => `${date}-01-01`.slice(0, 10);

async function renderTimeline(template = html`<sino-timeline></sino-timeline>`, width = 1000): Promise<SinoTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = wrapper.querySelector('sino-timeline')!;
  for (let i = 0; i < 50 && !chart(el); i++) await nextFrame();
  await el.updateComplete;
  expect(chart(el), 'the timeline is drawn').to.not.equal(null);
  return el;
}

async function openList(el: SinoTimeline): Promise<HTMLLIElement[]> {
  const toggle = shadow(el).querySelector<HTMLButtonElement>('.list-toggle')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await el.updateComplete;
  return [...shadow(el).querySelectorAll<HTMLLIElement>('.list ol > li')];
}

const ev = (id: string, date: string, extra: Record<string, unknown> = {}) => ({
  id,
  date,
  category: 'relations',
  title: { fr: `Titre ${id}`, en: `Title ${id}` },
  provinceIds: [],
  sources: [],
  ...extra,
});

describe('<sino-timeline>', () => {
  it('draws every event of the data package, one lane per category', async () => {
    const el = await renderTimeline();
    expect(drawnCount(el)).to.equal(events.length);
    const lanes = new Set(events.map((e) => e.category));
    expect(shadow(el).querySelectorAll('.lane-label')).to.have.length(lanes.size);
    expect(shadow(el).querySelectorAll('.legend .chip[data-category]')).to.have.length(lanes.size);
    expect(el.getAttribute('range'), 'the whole period is reflected').to.match(new RegExp(`^${firstYear}-20(30|31)$`));
  });

  it('clusters events at low zoom and splits them when zoomed in', async () => {
    const el = await renderTimeline();
    const full = clusters(el).length;
    expect(full, 'clusters at the overview').to.be.greaterThan(0);
    el.range = '2005-10-2005-11';
    await el.updateComplete;
    const drawn = singles(el).map((r) => r.dataset.id);
    expect(drawn).to.include('ev-2005-10-rencontres-wuhan');
    expect(drawn).to.include('ev-2005-10-28-wuhan-declaration');
    expect(clusters(el).length).to.be.lessThan(full);
    // Clicking a cluster zooms on it.
    el.range = '';
    await el.updateComplete;
    el.range = '1960-2031';
    await el.updateComplete;
    const before = el.range;
    const cluster = clusters(el)[0];
    cluster.querySelector('rect')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.range).to.not.equal(before);
  });

  it('draws each zoom step at once: no mark is left fading over the following frames', async () => {
    const el = await renderTimeline();
    const zoomIn = shadow(el).querySelector<HTMLButtonElement>('.zoom-in')!;
    for (let step = 0; step < 3; step++) {
      zoomIn.click();
      await el.updateComplete;
      await nextFrame();
      const running = shadow(el).getAnimations().map((a) => (a.effect as KeyframeEffect | null)?.target?.getAttribute('class'));
      expect(running, `zoom step ${step + 1}`).to.deep.equal([]);
    }
  });


  it('rewrites its marks in place on a zoom step: an element is added or removed only where a kind of mark grows or shrinks', async () => {
    // Lanes of clusters and events at the overview, which zoom steps split into events (labelled or not) and merge
    // back: 80 events a lane at seeded dates over 70 years.
    let seed = 7;
    const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const many = Array.from({ length: 240 }, (_, i) =>
      ev(`mixed-${i}`, `${1960 + Math.floor(rand() * 70)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`, { category: ['relations', 'torch', 'park'][i % 3] }),
    );
    const el = await renderTimeline(html`<sino-timeline .events=${many}></sino-timeline>`);
    const kinds = { bar: 'rect.event', label: 'text.label', cluster: 'g.cluster' } as const;
    const counts = () => Object.fromEntries(Object.entries(kinds).map(([k, s]) => [k, shadow(el).querySelectorAll(s).length])) as Record<keyof typeof kinds, number>;
    const kindOf = (n: Node) => (n instanceof Element ? (Object.keys(kinds) as (keyof typeof kinds)[]).find((k) => n.matches(kinds[k])) : undefined);
    for (const button of ['.zoom-in', '.zoom-in', '.zoom-out', '.zoom-out']) {
      const before = counts();
      const added = { bar: 0, label: 0, cluster: 0 };
      const removed = { bar: 0, label: 0, cluster: 0 };
      const observer = new MutationObserver((records) => {
        for (const r of records) {
          for (const n of r.addedNodes) if (kindOf(n)) added[kindOf(n)!]++;
          for (const n of r.removedNodes) if (kindOf(n)) removed[kindOf(n)!]++;
        }
      });
      observer.observe(chart(el), { childList: true, subtree: true });
      shadow(el).querySelector<HTMLButtonElement>(button)!.click();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r));
      observer.disconnect();
      const after = counts();
      expect(before.cluster !== after.cluster || before.bar !== after.bar, `${button}: the step changes the marks`).to.equal(true);
      for (const k of Object.keys(kinds) as (keyof typeof kinds)[]) {
        expect([added[k], removed[k]], `${button}: ${k}s added and removed (${before[k]} → ${after[k]})`).to.deep.equal([Math.max(0, after[k] - before[k]), Math.max(0, before[k] - after[k])]);
      }
    }
    expect(drawnCount(el), 'every event drawn after the steps').to.equal(240);
  });
  it('keeps its summary and its announcements true to the filters through zoom steps', async () => {
    const five = [ev('e', '1970', { category: 'torch' }), ev('a', '1999'), ev('b', '2001'), ev('c', '2010', { category: 'torch' }), ev('d', '2020', { category: 'torch' })];
    const el = await renderTimeline(html`<sino-timeline lang="en" .events=${five}></sino-timeline>`);
    const summary = () => shadow(el).querySelector('.summary')!.textContent!;
    const zoomIn = shadow(el).querySelector<HTMLButtonElement>('.zoom-in')!;
    expect(summary()).to.contain('Timeline of 5 events from 1970 to 2020.');
    el.range = '1995-2005';
    await el.updateComplete;
    expect(summary()).to.contain('Timeline of 5 events').and.match(/Period shown: [^,]+, 2 events\.$/);
    zoomIn.click();
    await el.updateComplete;
    expect(live(el), 'a step announces the events in view').to.match(/^Period shown, .+, 2 events$/);
    // Without the relations lane: the two events shown are gone, from the summary and from what is announced.
    shadow(el).querySelector<HTMLButtonElement>('.chip[data-category="relations"]')!.click();
    await el.updateComplete;
    expect(summary()).to.contain('Timeline of 3 events from 1970 to 2020.').and.match(/0 events\.$/);
    expect(live(el)).to.match(/, 0 events$/);
    zoomIn.click();
    await el.updateComplete;
    expect(summary()).to.contain('Timeline of 3 events from 1970 to 2020.');
    expect(live(el)).to.match(/, 0 events$/);
    shadow(el).querySelector<HTMLButtonElement>('.chip[data-category="relations"]')!.click();
    await el.updateComplete;
    expect(summary()).to.contain('Timeline of 5 events from 1970 to 2020.').and.match(/, 2 events\.$/);
    expect(live(el)).to.match(/, 2 events$/);
  });

  it('splits the first drawing of many events over several frames, every event drawn once updateComplete resolves', async () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      ev(`many-${i}`, `${1960 + (i % 70)}-${String(1 + (i % 12)).padStart(2, '0')}`, { category: ['relations', 'torch', 'park', 'agreement', 'research', 'partnership'][i % 6] }),
    );
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
    const el = document.createElement('sino-timeline') as SinoTimeline;
    el.events = many as never;
    wrapper.append(el);
    while (!el.shadowRoot?.querySelector('svg.chart')) await new Promise((r) => setTimeout(r));
    const lanes = [...shadow(el).querySelectorAll('g.lane')];
    const drawn = lanes.filter((g) => g.childElementCount > 0).length;
    expect(lanes, 'six lanes').to.have.length(6);
    expect(drawn, 'lanes with marks in the first frame').to.be.within(1, 5);
    await el.updateComplete;
    expect(lanes.every((g) => g.childElementCount > 0), 'every lane drawn').to.equal(true);
    expect(drawnCount(el)).to.equal(1000);
  });

  it('shows the chosen region from the first frame, and lists every region by name once drawn', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
    const el = document.createElement('sino-timeline') as SinoTimeline;
    el.region = 'CN-HB';
    wrapper.append(el);
    while (!el.shadowRoot?.querySelector('select')) await new Promise((r) => setTimeout(r));
    const select = shadow(el).querySelector('select')!;
    expect(select.selectedOptions[0].value, 'first frame').to.equal('CN-HB');
    await el.updateComplete;
    const names = [...select.options].slice(1).map((o) => o.textContent!.trim());
    expect(names.length, 'regions listed').to.be.greaterThan(5);
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('fr').compare));
    expect(select.selectedOptions[0].value).to.equal('CN-HB');
  });

  it('draws a year-only event across its year and a month-only event across its month', async () => {
    const el = await renderTimeline(html`<sino-timeline range="2000-2001"></sino-timeline>`);
    el.events = [ev('year', '2000'), ev('month', '2000-03', { category: 'torch' }), ev('day', '2000-07-14', { category: 'park' })] as never;
    await el.updateComplete;
    const rect = (id: string) => shadow(el).querySelector<SVGRectElement>(`rect.event[data-id="${id}"]`)!;
    const x = (r: SVGRectElement) => Number(r.getAttribute('x'));
    const w = (r: SVGRectElement) => Number(r.getAttribute('width'));
    // The view is 2000–2001 (two years): a year is half the track, a month a 24th, March starts 2 months in.
    const year = rect('year');
    const month = rect('month');
    const track = w(year) * 2;
    expect(w(year) / w(month)).to.be.closeTo(366 / 31, 0.3);
    expect(x(month) - x(year)).to.be.closeTo((track * (31 + 29)) / 731, 1);
    expect(w(rect('day')), 'a day is drawn at the minimum size').to.be.lessThan(w(month));
    // The panel states the precision instead of inventing a day.
    el.selected = 'year';
    await el.updateComplete;
    const date = shadow(el).querySelector('.panel-date')!.textContent!;
    expect(date).to.contain('2000');
    expect(date).to.not.match(/janvier|1er/);
    expect(date).to.contain('année');
  });

  it('sets the visible range from the attribute and reflects zooming with sino-range', async () => {
    const el = await renderTimeline(html`<sino-timeline range="1980-2011"></sino-timeline>`);
    const ticks = [...shadow(el).querySelectorAll('.tick')].map((t) => t.textContent);
    expect(ticks[0]).to.equal('1980');
    expect(Number(ticks[ticks.length - 1])).to.be.at.most(2012);
    expect(el.getAttribute('range')).to.equal('1980-2011');
    const changed = oneEvent(el, 'sino-range');
    shadow(el).querySelector<HTMLButtonElement>('.zoom-in')!.click();
    const { detail } = (await changed) as CustomEvent<SinoRangeDetail>;
    await el.updateComplete;
    expect(Number(detail.from.slice(0, 4))).to.be.greaterThan(1980);
    expect(Number(detail.to.slice(0, 4))).to.be.lessThan(2011);
    expect(el.getAttribute('range')).to.equal(`${detail.from}-${detail.to}`);
    shadow(el).querySelector<HTMLButtonElement>('.zoom-reset')!.click();
    await el.updateComplete;
    expect(el.getAttribute('range')).to.match(new RegExp(`^${firstYear}-`));
  });

  it('moves from event to event in date order with the arrow keys, Home and End', async () => {
    const el = await renderTimeline();
    // The list alternative is in date order (tested below); the keys follow the same order.
    const sortedByDate = (await openList(el)).map((li) => events.find((e) => e.id === li.querySelector('button')!.dataset.id)!);
    expect(startOf(sortedByDate[0].date) <= startOf(sortedByDate[1].date)).to.equal(true);
    chart(el).focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(live(el)).to.contain(sortedByDate[0].title.fr);
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      seen.push(live(el));
    }
    seen.forEach((text, i) => expect(text, `step ${i + 1}`).to.contain(sortedByDate[i + 1].title.fr));
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(live(el)).to.contain(sortedByDate[5].title.fr);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(live(el)).to.match(new RegExp(`${events.length} sur ${events.length}`));
    expect(live(el).length, 'announcements are short').to.be.lessThan(200);
    // Enter opens the detail panel of the active event and fires sino-select.
    const selected = oneEvent(el, 'sino-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await selected) as CustomEvent<SinoSelectDetail>;
    expect(detail.kind).to.equal('event');
    expect(shadow(el).querySelector('.panel-title')!.textContent).to.equal(events.find((e) => e.id === detail.id)!.title.fr);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selected).to.equal(null);
  });

  it('reaches from the keyboard an event whose mark is out of view, and keeps it through zoom steps', async () => {
    const el = await renderTimeline(html`<sino-timeline range="2010-2012"></sino-timeline>`);
    const first = firstEvent;
    expect(shadow(el).querySelector(`rect.event[data-id="${first.id}"]`), 'not drawn while out of view').to.equal(null);
    chart(el).focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(live(el)).to.contain(first.title.fr).and.to.contain(`1 sur ${events.length}`);
    expect(Number(el.range.slice(0, 4)), 'the view moved to it').to.be.at.most(Number(firstYear));
    for (const key of ['+', '+', '-']) {
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(shadow(el).activeElement, `focus after ${key}`).to.equal(chart(el));
      expect(Number(el.range.slice(0, 4)), `still in view after ${key}`).to.be.at.most(Number(firstYear));
      expect(shadow(el).querySelector('.active-ring'), `ring after ${key}`).to.not.equal(null);
    }
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(live(el), 'the event after the same one').to.contain(`2 sur ${events.length}`);
  });

  it('zooms with + and − from the keyboard, and with Ctrl + wheel but not a bare wheel', async () => {
    const el = await renderTimeline();
    const full = el.range;
    chart(el).focus();
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(el.range).to.not.equal(full);
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(el.range).to.equal(full);
    chart(el).blur();
    const box = chart(el).getBoundingClientRect();
    const wheel = (ctrlKey: boolean) =>
      chart(el).dispatchEvent(new WheelEvent('wheel', { deltaY: -300, ctrlKey, clientX: box.left + box.width / 2, clientY: box.top + 100, bubbles: true, cancelable: true }));
    wheel(false);
    await el.updateComplete;
    expect(el.range, 'the page scrolls instead').to.equal(full);
    expect(shadow(el).querySelector('.wheel-hint')).to.not.equal(null);
    wheel(true);
    await el.updateComplete;
    expect(el.range).to.not.equal(full);
  });

  it('zooms by pinching and pans by dragging, and a drag is not a click', async () => {
    const el = await renderTimeline(html`<sino-timeline range="1980-2010"></sino-timeline>`);
    const svg = chart(el);
    const box = svg.getBoundingClientRect();
    const years = () => el.range.split('-').map(Number);
    const pointer = (type: string, id: number, x: number, pointerType = 'touch') =>
      svg.dispatchEvent(new PointerEvent(type, { clientX: box.left + x, clientY: box.top + 120, pointerId: id, pointerType, bubbles: true, composed: true }));
    const [from0, to0] = years();

    // Two fingers move apart: a narrower period fills the axis.
    pointer('pointerdown', 1, 450);
    pointer('pointerdown', 2, 550);
    pointer('pointermove', 1, 400);
    pointer('pointermove', 2, 600);
    pointer('pointerup', 1, 400);
    pointer('pointerup', 2, 600);
    await el.updateComplete;
    const [from1, to1] = years();
    expect(to1 - from1, 'twice as far apart: about half the years').to.be.below((to0 - from0) * 0.6);

    // The mouse drags the axis to the right: earlier years come into view, the span stays.
    let selected = 0;
    el.addEventListener('sino-select', () => selected++);
    pointer('pointerdown', 3, 300, 'mouse');
    pointer('pointermove', 3, 320, 'mouse');
    pointer('pointermove', 3, 500, 'mouse');
    pointer('pointerup', 3, 500, 'mouse');
    svg.dispatchEvent(new MouseEvent('click', { clientX: box.left + 500, clientY: box.top + 120, bubbles: true, composed: true }));
    await el.updateComplete;
    const [from2, to2] = years();
    expect(from2, 'earlier years').to.be.below(from1);
    expect(to2 - from2).to.be.closeTo(to1 - from1, 1);
    expect(selected, 'the click that ends a drag selects nothing').to.equal(0);
  });

  it('opens the details of a clicked event with its sources and links, and fires sino-select', async () => {
    const el = await renderTimeline(html`<sino-timeline range="2005-10-2005-11"></sino-timeline>`);
    const id = 'ev-2005-10-rencontres-wuhan';
    const record = events.find((e) => e.id === id)!;
    const selected = oneEvent(el, 'sino-select');
    shadow(el).querySelector<SVGRectElement>(`rect.event[data-id="${id}"]`)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const { detail } = (await selected) as CustomEvent<SinoSelectDetail>;
    expect(detail).to.deep.equal({ kind: 'event', id });
    await el.updateComplete;
    const panel = shadow(el).querySelector('.panel')!;
    expect(panel.querySelector('.panel-title')!.textContent).to.equal(record.title.fr);
    expect(panel.textContent).to.contain('Hubei');
    expect(panel.querySelectorAll('.sources li')).to.have.length(record.sources.length);
    expect(panel.querySelector('.sources li')!.textContent).to.contain(String(record.sources[0].lines[0]));
    expect(el.getAttribute('selected')).to.equal(id);
  });

  it('lists the events of a cluster that zooming cannot split, and opens one from the list', async () => {
    const el = await renderTimeline(html`<sino-timeline range="1999-2001"></sino-timeline>`);
    el.events = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ev(id, '2000-05-01')) as never;
    await el.updateComplete;
    // Same day, two rows: the events pile up in clusters (here one of four, one of two), whatever the zoom.
    expect(Number(clusters(el)[0].querySelector('text')!.textContent)).to.equal(4);
    for (let i = 0; i < 10 && !shadow(el).querySelector('.cluster-list'); i++) {
      clusters(el)[0].querySelector('rect')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
    }
    const items = [...shadow(el).querySelectorAll<HTMLButtonElement>('.cluster-list .list-item')];
    expect(items.map((b) => b.dataset.id)).to.deep.equal(['a', 'c', 'e', 'f']);
    expect(items[0].textContent).to.match(/1 mai 2000\s+Titre [a-f]/);
    items[2].click();
    await el.updateComplete;
    expect(el.selected).to.equal(items[2].dataset.id);
    expect(shadow(el).querySelector('.cluster-list'), 'the list gives way to the event').to.equal(null);
  });

  it('filters by category from the legend and by region, with sino-filter', async () => {
    const el = await renderTimeline();
    const chip = shadow(el).querySelector<HTMLButtonElement>('.chip[data-category="partnership"]')!;
    const filtered = oneEvent(el, 'sino-filter');
    chip.click();
    const { detail } = (await filtered) as CustomEvent<SinoFilterDetail>;
    await el.updateComplete;
    const partnerships = events.filter((e) => e.category === 'partnership').length;
    expect(detail.count).to.equal(events.length - partnerships);
    expect(chip.getAttribute('aria-pressed')).to.equal('false');
    expect(el.getAttribute('categories')).to.not.contain('partnership');
    expect(drawnCount(el)).to.equal(events.length - partnerships);

    el.categories = 'torch,park';
    await el.updateComplete;
    expect(drawnCount(el)).to.equal(events.filter((e) => e.category === 'torch' || e.category === 'park').length);

    el.categories = '';
    el.region = 'CN-HB';
    await el.updateComplete;
    const hubei = events.filter((e) => e.provinceIds.includes('CN-HB'));
    expect(drawnCount(el)).to.equal(hubei.length);
    const select = shadow(el).querySelector<HTMLSelectElement>('select')!;
    expect(select.value).to.equal('CN-HB');
    const changed = oneEvent(el, 'sino-filter');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    expect(((await changed) as CustomEvent<SinoFilterDetail>).detail.count).to.equal(events.length);
  });

  it('gives every visible event in date order as an ordered list', async () => {
    const el = await renderTimeline();
    const items = await openList(el);
    expect(items).to.have.length(events.length);
    expect(items[0].textContent).to.contain(firstEvent.title.fr);
    const ids = items.map((li) => li.querySelector('button')!.dataset.id!);
    const order = ids.map((id) => startOf(events.find((e) => e.id === id)!.date));
    expect(order, 'date order').to.deep.equal([...order].sort());
    el.range = '2010-2011';
    await el.updateComplete;
    const inRange = events.filter((e) => (e.endDate ?? e.date) >= '2010' && e.date < '2012');
    expect(shadow(el).querySelectorAll('.list ol > li')).to.have.length(inRange.length);
  });

  it('sets aside or corrects bad records, reports each, and renders the rest', async () => {
    const el = await renderTimeline();
    const errors: SinoErrorDetail[] = [];
    el.addEventListener('sino-error', (e) => errors.push(e.detail));
    el.events = [
      ev('good', '1990'),
      ev('impossible', '2009-13-45'),
      ev('text', 'mars 2000'),
      ev('reversed', '2010', { endDate: '2005' }),
      ev('good', '1995'),
      ev('alien', '2001', { category: 'aliens' }),
      ev('unreadable', 'un beau jour'),
    ] as never;
    await el.updateComplete;
    expect(errors.length).to.be.at.least(5);
    expect(errors.every((e) => e.code === 'invalid-data')).to.equal(true);
    const note = shadow(el).querySelector('[part="message"]')!.textContent!;
    for (const id of ['impossible', 'text', 'reversed', 'alien', 'unreadable']) expect(note, id).to.contain(id);
    expect(note).to.contain('2009');
    expect(note).to.contain('2000-03');
    // Good, impossible (→ 2009), text (→ 2000-03), reversed (end dropped), alien (→ Other): five drawn.
    expect(drawnCount(el)).to.equal(5);
    expect(shadow(el).querySelector('.chip[data-category="other"]')).to.not.equal(null);
    el.selected = 'impossible';
    await el.updateComplete;
    expect(shadow(el).querySelector('.panel-corrected')).to.not.equal(null);
  });

  it('has a message for every kind of bad record, in every language', async () => {
    for (const lang of ['fr', 'en', 'zh']) {
      const el = await renderTimeline(html`<sino-timeline lang=${lang}></sino-timeline>`);
      el.events = [
        42,
        { date: '1990' },
        ev('a', '1990'),
        ev('a', '1991'),
        ev('untitled', '1990', { title: {} }),
        ev('undated', 'un jour'),
        ev('repaired', '2009-13'),
        ev('bad-end', '1990', { endDate: 'plus tard' }),
        ev('reversed', '2010', { endDate: '2005' }),
        ev('alien', '2001', { category: 'aliens' }),
      ] as never;
      await el.updateComplete;
      const notes = [...shadow(el).querySelectorAll('[part="message"] p')].map((p) => p.textContent!);
      expect(notes, lang).to.have.length(9);
      for (const note of notes) expect(note, lang).to.match(/^[^{}]+$/).and.not.contain('undefined');
      el.events = 'nope' as never;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="message"] p')!.textContent, lang).to.not.contain('undefined');
    }
  });

  it('reports an unreadable or reversed range and an unknown region, and stays usable', async () => {
    const el = await renderTimeline();
    const full = el.range;
    for (const [attr, value] of [
      ['range', '2011-1980'],
      ['range', 'années 80'],
      ['region', 'CN-XX'],
      ['categories', 'torch,aliens'],
    ]) {
      const error = oneEvent(el, 'sino-error');
      el.setAttribute(attr, value);
      const { detail } = (await error) as CustomEvent<SinoErrorDetail>;
      expect(detail.code).to.equal('invalid-attribute');
      await el.updateComplete;
    }
    expect(drawnCount(el)).to.equal(events.filter((e) => e.category === 'torch').length);
    el.removeAttribute('categories');
    el.removeAttribute('region');
    await el.updateComplete;
    expect(drawnCount(el)).to.be.greaterThan(0);
    expect(full).to.match(new RegExp(`^${firstYear}`));
  });

  it('turns the time axis vertical below 600 px', async () => {
    const el = await renderTimeline(html`<sino-timeline></sino-timeline>`, 360);
    expect(shadow(el).querySelector('.base')!.classList.contains('vertical')).to.equal(true);
    const svg = chart(el);
    expect(Number(svg.getAttribute('height'))).to.be.greaterThan(Number(svg.getAttribute('width')));
    expect(drawnCount(el)).to.equal(events.length);
  });

  it('at any width, its zoom buttons cover no lane name, tick label, mark or label (phones, article columns, pages)', async () => {
    for (const width of [351, 320, 560, 686, 720, 1000]) {
      const el = await renderTimeline(html`<sino-timeline></sino-timeline>`, width);
      const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('.controls button')].map((b) => b.getBoundingClientRect());
      expect(buttons).to.have.length(3);
      const drawn = [...shadow(el).querySelectorAll<SVGGraphicsElement>('text.lane-label, .axis text, rect.event, g.cluster, text.label')];
      expect(drawn.length).to.be.greaterThan(20);
      for (const item of drawn) {
        const r = item.getBoundingClientRect();
        for (const b of buttons) {
          const overlap = r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom;
          expect(overlap, `${width} px: "${item.textContent!.trim() || item.getAttribute('class')}" under a zoom button`).to.equal(false);
        }
      }
      // Still a target a finger can hit.
      for (const b of buttons) expect(Math.min(b.width, b.height)).to.be.at.least(24);
    }
  });

  it('speaks English and Chinese', async () => {
    const el = await renderTimeline(html`<sino-timeline lang="en"></sino-timeline>`);
    expect(shadow(el).querySelector('.list-toggle')!.textContent).to.contain('View as list');
    el.lang = 'zh';
    await el.updateComplete;
    expect(shadow(el).querySelector('.list-toggle')!.textContent).to.contain('列表');
  });

  it('shows the Chinese title and description in Chinese, and marks a text it has only in another language', async () => {
    const el = await renderTimeline(html`<sino-timeline lang="zh" selected="ev-1964-recognition"></sino-timeline>`);
    const recognition = events.find((e) => e.id === 'ev-1964-recognition')!;
    const title = shadow(el).querySelector('.panel-title')!;
    expect(title.textContent).to.contain(recognition.title.zh!);
    expect(title.hasAttribute('lang'), 'Chinese on a Chinese page needs no mark').to.equal(false);
    expect(shadow(el).querySelector('.panel-description')!.textContent).to.contain(recognition.description!.zh!);
    // A host's record without Chinese: shown in English, marked as English.
    el.events = [ev('host', '2000-05-01', { description: { fr: 'Description', en: 'Description in English' } })] as never;
    el.selected = 'host';
    await el.updateComplete;
    expect(shadow(el).querySelector('.panel-title')!.getAttribute('lang')).to.equal('en');
    expect(shadow(el).querySelector('.panel-description')!.getAttribute('lang')).to.equal('en');
    const [item] = await openList(el);
    expect(item.querySelector('.list-title')!.getAttribute('lang')).to.equal('en');
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`at 720 px (${lang}), a label sits inside its bar when it fits, else after it, and never over the next mark; a cut one gives its whole title`, async () => {
      const el = await renderTimeline(html`<sino-timeline lang=${lang}></sino-timeline>`, 720);
      const labels = [...shadow(el).querySelectorAll<SVGTextElement>('text.label')];
      expect(labels.length).to.be.greaterThan(10);
      const marks = [...shadow(el).querySelectorAll<SVGGraphicsElement>('rect.event, rect.cluster-box')].map((m) => m.getBoundingClientRect());
      const titles = new Map(events.map((e) => [e.id, e.title[lang]]));
      const problems: string[] = [];
      const cut: SVGTextElement[] = [];
      for (const label of labels) {
        const text = label.getBoundingClientRect();
        const bar = shadow(el).querySelector(`rect.event[data-id="${label.dataset.id}"]`)!.getBoundingClientRect();
        const shown = [...label.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
        const inside = text.left >= bar.left - 0.5 && text.right <= bar.right + 0.5;
        const after = text.left >= bar.right;
        if (!inside && !after) problems.push(`${shown}: runs past its bar`);
        // No other mark of its lane under the text (a mark on the same line).
        const over = marks.filter((m) => m !== bar && !(m.left === bar.left && m.top === bar.top) && m.top < text.bottom - 2 && m.bottom > text.top + 2 && m.left < text.right - 0.5 && m.right > text.left + 0.5);
        if (over.length) problems.push(`${shown}: over another mark`);
        if (shown.endsWith('…')) cut.push(label);
      }
      // A cut label, hovered, shows its whole title in the tooltip.
      expect(cut.length).to.be.greaterThan(0);
      for (const label of cut) {
        const box = label.getBoundingClientRect();
        label.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, pointerType: 'mouse', clientX: box.left + 2, clientY: box.top + 2 }));
        await el.updateComplete;
        const tip = shadow(el).querySelector('.tooltip-title')?.textContent;
        if (tip !== titles.get(label.dataset.id!)) problems.push(`${label.textContent}: cut, and the tooltip does not give its whole title (${tip})`);
      }
      expect(problems).to.deep.equal([]);
    });
  }

  it('has no axe violations, in light and dark, with the panel and list open', async () => {
    const el = await renderTimeline(html`<sino-timeline theme="light" selected="ev-1964-recognition"></sino-timeline>`);
    await openList(el);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
