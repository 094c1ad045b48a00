import { expect, fixture, html, oneEvent, aTimeout, nextFrame } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse, emulateMedia } from '@web/test-runner-commands';
import { typology } from '@sinocarte/data/typology';
import '../typology.js';
import type { SinoTypology } from './typology.component.js';
import type { TypologyDiagram } from '../lib/typology-data.js';
import type { SinoErrorDetail, SinoSelectDetail } from '../internal/events.js';
import { taskStamps } from '../../test/fixtures/task-stamp.js';

const shadow = (el: Element) => el.shadowRoot!;
const svgOf = (el: SinoTypology) => shadow(el).querySelector<SVGSVGElement>('svg.diagram')!;
const points = (el: SinoTypology) => [...shadow(el).querySelectorAll<SVGGElement>('g.point')];
const point = (el: SinoTypology, id: string) => shadow(el).querySelector<SVGGElement>(`g.point[data-id="${id}"]`)!;
const tooltip = (el: SinoTypology) => shadow(el).querySelector<HTMLElement>('.tooltip')!;
const onPlane = (plane: 'objectives' | 'coordination') => typology.programmes.filter((p) => p.positions[plane]);

async function render(template = html`<sino-typology></sino-typology>`, width = 900): Promise<SinoTypology> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = wrapper.querySelector('sino-typology')!;
  await waitForDrawn(el);
  return el;
}

async function waitForDrawn(el: SinoTypology) {
  for (let i = 0; i < 50 && !svgOf(el); i++) await nextFrame();
  await el.updateComplete;
  expect(svgOf(el), 'the diagram is drawn').to.not.equal(null);
}

function centreOf(node: Element): [number, number] {
  const box = node.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

function overlap(a: DOMRect, b: DOMRect, slack = 0.5): boolean {
  return a.left + slack < b.right && b.left + slack < a.right && a.top + slack < b.bottom && b.top + slack < a.bottom;
}

/** Rendered boxes of every label, every point and every quadrant name: none may overlap another. */
function assertNoLabelOverlap(el: SinoTypology) {
  const svgBox = svgOf(el).getBoundingClientRect();
  const labels = [...shadow(el).querySelectorAll<SVGTextElement>('text.label')];
  const dots = [...shadow(el).querySelectorAll<SVGCircleElement>('circle.dot')];
  const quadrants = [...shadow(el).querySelectorAll<SVGTextElement>('text.quadrant')];
  expect(labels.length, 'every point has a label (name or number)').to.equal(dots.length);
  const labelBoxes = labels.map((l) => l.getBoundingClientRect());
  labelBoxes.forEach((a, i) => {
    const name = labels[i].textContent;
    expect(a.left, `${name} inside`).to.be.at.least(svgBox.left - 0.5);
    expect(a.right, `${name} inside`).to.be.at.most(svgBox.right + 0.5);
    expect(a.top).to.be.at.least(svgBox.top - 0.5);
    expect(a.bottom).to.be.at.most(svgBox.bottom + 0.5);
    labelBoxes.forEach((b, j) => j > i && expect(overlap(a, b), `${name} / ${labels[j].textContent}`).to.equal(false));
    for (const dot of dots) expect(overlap(a, dot.getBoundingClientRect()), `${name} covers a point`).to.equal(false);
    for (const q of quadrants) expect(overlap(a, q.getBoundingClientRect()), `${name} covers a quadrant name`).to.equal(false);
  });
}

describe('<sino-typology>', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  // First in the file: the page has made no collator yet, so the first layout makes one.
  it('lays out its first drawing in tasks of its own: the collator, the layout and the drawing after the first update', async () => {
    // Each step is stamped with the task it ran in.
    const { task } = taskStamps();
    const tasks = new Map<string, object>();
    const Collator = Intl.Collator;
    Intl.Collator = class extends Collator {
      constructor(...args: ConstructorParameters<typeof Collator>) {
        super(...args);
        if (!tasks.has('collator')) tasks.set('collator', task());
      }
    } as typeof Collator;
    const proto = customElements.get('sino-typology')!.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const originals = { firstUpdated: proto.firstUpdated, computeLayout: proto.computeLayout, updated: proto.updated };
    proto.firstUpdated = function (this: HTMLElement, ...args: unknown[]) {
      tasks.set('first update', task());
      return originals.firstUpdated.apply(this, args);
    };
    proto.computeLayout = function (this: HTMLElement, ...args: unknown[]) {
      if (!tasks.has('layout')) tasks.set('layout', task());
      return originals.computeLayout.apply(this, args);
    };
    proto.updated = function (this: HTMLElement, ...args: unknown[]) {
      if (!tasks.has('drawing') && this.shadowRoot?.querySelector('svg.diagram g.point')) tasks.set('drawing', task());
      return originals.updated.apply(this, args);
    };
    try {
      const el = await render();
      await el.updateComplete;
      expect(points(el)).to.have.length(onPlane('objectives').length);
      expect([...tasks.keys()]).to.have.members(['first update', 'collator', 'layout', 'drawing']);
      expect(new Set(tasks.values()).size, 'each in a task of its own').to.equal(4);
    } finally {
      Intl.Collator = Collator;
      Object.assign(proto, originals);
    }
  });

  it('draws the objectives plane: a point per placed programme, four quadrant names, both ends of both axes, the editorial note', async () => {
    const el = await render();
    expect(points(el).map((p) => p.dataset.id).sort()).to.deep.equal(onPlane('objectives').map((p) => p.id).sort());
    expect(shadow(el).querySelectorAll('text.quadrant')).to.have.length(4);
    for (const end of ['x-min', 'x-max', 'y-min', 'y-max']) {
      expect(shadow(el).querySelector(`.end-${end}`)!.textContent!.trim().length, end).to.be.greaterThan(3);
    }
    const note = shadow(el).querySelector<HTMLElement>('.note')!;
    expect(note.textContent).to.contain('Figure 14');
    expect(note.getBoundingClientRect().height).to.be.greaterThan(0);
    // Points on the right of the vertical axis are the programmes with x > 0.
    const axisX = centreOf(shadow(el).querySelectorAll('line.axis')[1])[0];
    for (const p of onPlane('objectives')) {
      const [x] = centreOf(point(el, p.id).querySelector('.dot')!);
      expect(Math.sign(x - axisX), p.id).to.equal(Math.sign(p.positions.objectives!.x));
    }
  });

  it('draws the coordination plane, and switches planes with its buttons, animating the programmes on both', async () => {
    const el = await render(html`<sino-typology plane="coordination"></sino-typology>`);
    expect(points(el)).to.have.length(onPlane('coordination').length);
    expect(shadow(el).querySelector('.note')!.textContent).to.contain('Figure 15');
    const shared = onPlane('coordination').find((p) => p.positions.objectives)!;
    const node = point(el, shared.id);
    const before = centreOf(node.querySelector('.dot')!);
    shadow(el).querySelector<HTMLButtonElement>('.switch[data-view="objectives"]')!.click();
    await el.updateComplete;
    expect(el.plane).to.equal('objectives');
    expect(el.getAttribute('plane')).to.equal('objectives');
    expect(point(el, shared.id), 'the same node moves').to.equal(node);
    expect(svgOf(el).classList.contains('animate')).to.equal(true);
    expect(getComputedStyle(node).transitionDuration).to.not.equal('0s');
    await aTimeout(600);
    expect(centreOf(node.querySelector('.dot')!)).to.not.deep.equal(before);
    expect(points(el)).to.have.length(onPlane('objectives').length);
  });

  it('does not animate under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await render();
    el.plane = 'coordination';
    await el.updateComplete;
    expect(svgOf(el).classList.contains('animate')).to.equal(false);
    for (const p of points(el)) expect(getComputedStyle(p).transitionDuration).to.equal('0s');
  });

  for (const width of [320, 1200]) {
    for (const plane of ['objectives', 'coordination'] as const) {
      it(`places labels without overlap at ${width} px (${plane})`, async () => {
        const el = await render(html`<sino-typology plane=${plane}></sino-typology>`, width);
        expect(Number(svgOf(el).getAttribute('width'))).to.be.at.most(width);
        assertNoLabelOverlap(el);
      });
    }
  }

  it('sorts its programmes by name without making a collator at each drawing', async () => {
    const el = await render();
    const Collator = Intl.Collator;
    let made = 0;
    // Counts the collators made from now on (a subclass: `new` and the prototype behave as before).
    Intl.Collator = class extends Collator {
      constructor(...args: ConstructorParameters<typeof Collator>) {
        super(...args);
        made++;
      }
    } as typeof Collator;
    try {
      for (const width of [700, 500, 900]) {
        el.parentElement!.style.width = `${width}px`;
        for (let i = 0; i < 10 && Math.abs(svgOf(el).getBoundingClientRect().width - width) > 2; i++) await nextFrame();
        await el.updateComplete;
      }
      expect(points(el).map((g) => g.dataset.id).length).to.equal(onPlane('objectives').length);
      expect(made, 'collators made by three more layouts').to.equal(0);
    } finally {
      Intl.Collator = Collator;
    }
  });

  it('at 280 px, labels move to a numbered key rather than overlap', async () => {
    const el = await render(html`<sino-typology plane="coordination"></sino-typology>`, 280);
    assertNoLabelOverlap(el);
    const key = shadow(el).querySelector('.key');
    const labels = [...shadow(el).querySelectorAll('text.label')].map((l) => l.textContent!.trim());
    if (labels.every((l) => /^\d+$/.test(l))) {
      expect(key, 'numbers come with a key').to.not.equal(null);
      expect(key!.querySelectorAll('li')).to.have.length(points(el).length);
    }
  });

  it('follows its container from 280 to 1600 px wide', async () => {
    const el = await render(undefined, 280);
    for (const width of [280, 700, 1600]) {
      el.parentElement!.style.width = `${width}px`;
      await aTimeout(80);
      await el.updateComplete;
      const svg = svgOf(el);
      const plot = shadow(el).querySelector('.plot')!.getBoundingClientRect().width;
      expect(Number(svg.getAttribute('width'))).to.be.closeTo(plot, 1);
      expect(el.getBoundingClientRect().width).to.be.closeTo(width, 1);
      expect(svg.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    }
  });

  it('shows the programme in a tooltip on hover: type, partner regions and source, inside the viewport', async () => {
    const el = await render();
    const prog = typology.programmes.find((p) => p.id === 'prog-franche-comte-anhui')!;
    await sendMouse({ type: 'move', position: centreOf(point(el, prog.id).querySelector('.dot')!) });
    await el.updateComplete;
    const tip = tooltip(el);
    expect(tip.hidden).to.equal(false);
    expect(tip.querySelector('.tooltip-title')!.textContent).to.contain(prog.label.fr);
    expect(tip.querySelector('.tooltip-type')!.textContent!.trim().length).to.be.greaterThan(5);
    expect(tip.querySelector('.tooltip-description')!.textContent!.trim().length).to.be.greaterThan(10);
    expect(tip.querySelector('.tooltip-regions')!.textContent).to.contain('Anhui');
    expect(tip.querySelector('.tooltip-source')!.textContent).to.contain('§7.2.1');
    const box = tip.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(window.innerWidth);
    expect(box.top).to.be.at.least(0);
    await sendMouse({ type: 'move', position: [2, 2] });
    await el.updateComplete;
    expect(tooltip(el).hidden).to.equal(true);
  });

  it('on touch, a tap shows the tooltip and selects, a second tap or a tap elsewhere hides it', async () => {
    const el = await render();
    const target = point(el, 'prog-alpes-sichuan');
    const tap = async (node: Element) => {
      node.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
      node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
    };
    await tap(target);
    expect(tooltip(el).hidden).to.equal(false);
    expect(el.selected).to.equal('prog-alpes-sichuan');
    await tap(target);
    expect(tooltip(el).hidden, 'second tap hides').to.equal(true);
    await tap(target);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(tooltip(el).hidden, 'tap elsewhere hides').to.equal(true);
  });

  it('selects with the mouse and fires sino-select with the programme and its regions', async () => {
    const el = await render();
    const event = oneEvent(el, 'sino-select');
    await sendMouse({ type: 'click', position: centreOf(point(el, 'prog-brest-qingdao').querySelector('.dot')!) });
    const { detail } = (await event) as CustomEvent<SinoSelectDetail & { regions: string[] }>;
    expect(detail).to.deep.equal({ kind: 'programme', id: 'prog-brest-qingdao', regions: ['CN-SD'] });
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('prog-brest-qingdao');
    expect(point(el, 'prog-brest-qingdao').getAttribute('aria-pressed')).to.equal('true');
    expect(point(el, 'prog-brest-qingdao').classList.contains('is-selected')).to.equal(true);
    // Clicking the label selects too.
    const label = shadow(el).querySelector<SVGTextElement>('text.label[data-id="prog-aquitaine-hubei"]')!;
    await sendMouse({ type: 'click', position: centreOf(label) });
    expect(el.selected).to.equal('prog-aquitaine-hubei');
  });

  it('is usable with the keyboard: points in tab order by name, arrows to neighbours, Enter selects, Escape clears', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"><button id="before">before</button><sino-typology lang="fr"></sino-typology></div>`);
    const el = wrapper.querySelector('sino-typology')!;
    await waitForDrawn(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    // Three view buttons, then the points.
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    const names: string[] = [];
    for (let i = 0; i < points(el).length; i++) {
      const active = shadow(el).activeElement as SVGGElement;
      expect(active.classList.contains('point')).to.equal(true);
      names.push(active.getAttribute('aria-label')!);
      await sendKeys({ press: 'Tab' });
    }
    const expected = onPlane('objectives').map((p) => p.label.fr).sort(new Intl.Collator('fr').compare);
    expect(names.map((n) => expected.find((e) => n.startsWith(e)))).to.deep.equal(expected);

    point(el, 'prog-montpellier-chengdu').focus();
    await el.updateComplete;
    expect(tooltip(el).hidden, 'focus shows the tooltip').to.equal(false);
    await sendKeys({ press: 'ArrowRight' });
    const moved = (shadow(el).activeElement as SVGGElement).dataset.id!;
    expect(moved).to.not.equal('prog-montpellier-chengdu');
    expect(typology.programmes.find((p) => p.id === moved)!.positions.objectives!.x).to.be.greaterThan(-0.7);
    const event = oneEvent(el, 'sino-select');
    await sendKeys({ press: 'Enter' });
    expect(((await event) as CustomEvent<SinoSelectDetail>).detail.id).to.equal(moved);
    expect(el.selected).to.equal(moved);
    const cleared = oneEvent(el, 'sino-select');
    await sendKeys({ press: 'Escape' });
    expect(((await cleared) as CustomEvent<SinoSelectDetail>).detail.id).to.equal(null);
    expect(el.hasAttribute('selected')).to.equal(false);
  });

  it('lists every programme with its type and position in a table alternative', async () => {
    const el = await render();
    shadow(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await el.updateComplete;
    const rows = [...shadow(el).querySelectorAll<HTMLTableRowElement>('table tbody tr')];
    expect(rows.map((r) => r.dataset.id).sort()).to.deep.equal(onPlane('objectives').map((p) => p.id).sort());
    const anhui = rows.find((r) => r.dataset.id === 'prog-franche-comte-anhui')!;
    const cells = [...anhui.cells].map((c) => c.textContent!.trim());
    expect(cells[1].length, 'type').to.be.greaterThan(5);
    expect(cells[2]).to.match(/^\+0,8 /);
    expect(cells[3]).to.match(/^\+0,5 /);
  });

  it('shows the six coordination types and the phases, with the programmes as links', async () => {
    const el = await fixture<SinoTypology>(html`<sino-typology view="types"></sino-typology>`);
    await el.updateComplete;
    const cards = shadow(el).querySelectorAll('.card');
    expect(cards).to.have.length(typology.coordinationTypes.length);
    expect(cards).to.have.length(6);
    const rows = shadow(el).querySelectorAll('.stair-row');
    expect(rows).to.have.length(typology.phases.typologies.length + 1);
    for (const typ of typology.phases.typologies) {
      const row = shadow(el).querySelector(`.stair-row[data-id="${typ.id}"]`)!;
      expect(row.querySelectorAll('.step')).to.have.length(typ.steps.length);
      expect(row.textContent).to.contain(String(typ.year));
    }
    const longest = Math.max(...typology.phases.typologies.map((t) => t.steps.length));
    expect(shadow(el).querySelectorAll('.franco-chinese .step.skipped')).to.have.length(longest - 1);
    expect(shadow(el).querySelectorAll('.franco-chinese .step.reached')).to.have.length(1);
    // Later phases stand higher: a stepped diagram.
    const steps = [...shadow(el).querySelectorAll<HTMLElement>(`.stair-row[data-id="burkina-faso"] .step`)];
    expect(steps[steps.length - 1].getBoundingClientRect().height).to.be.greaterThan(steps[0].getBoundingClientRect().height);
    expect(shadow(el).querySelector('.contrast')!.textContent!.trim().length).to.be.greaterThan(40);
    const link = shadow(el).querySelector<HTMLButtonElement>('.programme-link[data-id="prog-groupe-liaoning"]')!;
    const event = oneEvent(el, 'sino-select');
    link.click();
    const { detail } = (await event) as CustomEvent<SinoSelectDetail & { regions: string[] }>;
    expect(detail).to.deep.equal({ kind: 'programme', id: 'prog-groupe-liaoning', regions: ['CN-LN'] });
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.card.is-selected').length).to.be.greaterThan(0);
  });

  it('speaks English and Chinese', async () => {
    const el = await render(html`<sino-typology lang="en" plane="coordination"></sino-typology>`);
    expect(shadow(el).querySelector('.end-y-max')!.textContent).to.contain(typology.planes.coordination.axes.y.max.en);
    expect(shadow(el).querySelector('.note')!.textContent).to.match(/^Editorial placement/);
    el.lang = 'zh';
    await el.updateComplete;
    await nextFrame();
    expect(shadow(el).querySelector('.end-y-max')!.textContent).to.contain(typology.planes.coordination.axes.y.max.zh!);
    expect([...shadow(el).querySelectorAll('text.quadrant')].map((q) => q.textContent!.replace(/\s/g, '')).join('')).to.contain('纵向协调');
  });

  it('labels every programme in Chinese on a Chinese page', async () => {
    const el = await render(html`<sino-typology lang="zh"></sino-typology>`);
    await waitForDrawn(el);
    const labels = [...shadow(el).querySelectorAll<SVGTextElement>('text.label')];
    expect(labels.length).to.be.greaterThan(0);
    for (const label of labels) expect(label.getAttribute('lang'), label.textContent!).to.equal('zh');
    const shown = labels.map((l) => l.textContent!.replace(/\s/g, '')).join('');
    for (const p of onPlane('objectives')) expect(shown, p.id).to.contain(p.label.zh!.replace(/\s/g, '').slice(0, 2));
  });

  describe('custom data', () => {
    const custom: TypologyDiagram = {
      title: 'Mine',
      note: { fr: 'Positions de l’équipe.', en: 'Team positions.' },
      axes: { x: { min: 'Local', max: 'Global' }, y: { min: 'Informel', max: 'Formel' } },
      quadrants: [{ x: 'max', y: 'max', label: 'Institutions' }],
      items: [
        { id: 'a', label: 'Alpha', x: 0.5, y: 0.5, regions: ['CN-HB'], type: 'T1' },
        { id: 'b', label: 'Beta', x: -0.5, y: -0.5 },
      ],
    };

    it('draws the host’s typology, with its note and no plane switcher, and selects its items', async () => {
      const el = await render(html`<sino-typology .data=${custom}></sino-typology>`);
      expect(points(el).map((p) => p.dataset.id).sort()).to.deep.equal(['a', 'b']);
      expect(shadow(el).querySelector('.controls')).to.equal(null);
      expect(shadow(el).querySelector('.note')!.textContent).to.contain('Positions de l’équipe');
      expect(shadow(el).querySelector('.end-x-max')!.textContent).to.contain('Global');
      expect(shadow(el).querySelectorAll('text.quadrant')).to.have.length(1);
      const event = oneEvent(el, 'sino-select');
      await sendMouse({ type: 'click', position: centreOf(point(el, 'a').querySelector('.dot')!) });
      expect(((await event) as CustomEvent).detail).to.deep.equal({ kind: 'programme', id: 'a', regions: ['CN-HB'] });
      assertNoLabelOverlap(el);
    });

    it('animates the items kept when the host replaces its data', async () => {
      const el = await render(html`<sino-typology .data=${custom}></sino-typology>`);
      const node = point(el, 'a');
      el.data = { ...custom, items: [{ ...custom.items[0], x: -0.8 }, { id: 'c', label: 'Gamma', x: 0, y: 0.9 }] };
      await el.updateComplete;
      expect(point(el, 'a')).to.equal(node);
      expect(svgOf(el).classList.contains('animate')).to.equal(true);
      expect(point(el, 'c').classList.contains('entering')).to.equal(true);
    });
  });

  describe('bad input', () => {
    it('clamps coordinates outside [-1, 1], sets aside NaN and unlabelled items, says so and fires sino-error', async () => {
      const errors: SinoErrorDetail[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:800px" @sino-error=${(e: CustomEvent<SinoErrorDetail>) => errors.push(e.detail)}></div>`);
      const el = document.createElement('sino-typology');
      el.data = {
        axes: { x: { min: 'L', max: 'R' }, y: { min: 'B', max: 'T' } },
        items: [
          { id: 'far', label: 'Far', x: 4, y: 0 },
          { id: 'nan', label: 'NaN', x: Number.NaN, y: 0 },
          { id: 'nolabel', x: 0, y: 0 } as unknown as TypologyDiagram['items'][number],
          { id: 'ok', label: 'OK', x: -0.2, y: 0.3 },
        ],
      };
      wrapper.append(el);
      await waitForDrawn(el);
      expect(points(el).map((p) => p.dataset.id).sort()).to.deep.equal(['far', 'ok']);
      const far = point(el, 'far');
      expect(far.classList.contains('is-clamped')).to.equal(true);
      // Drawn at the right edge of the plotting area, like x = 1.
      const svgBox = svgOf(el).getBoundingClientRect();
      expect(centreOf(far)[0]).to.be.greaterThan(svgBox.left + svgBox.width * 0.9);
      const note = shadow(el).querySelector('.problems')!;
      expect(note.querySelectorAll('p')).to.have.length(3);
      expect(note.textContent).to.contain('Far');
      expect(errors.map((e) => e.code).sort()).to.deep.equal(['invalid-data', 'invalid-value', 'invalid-value']);
      // Reworded, not re-fired, in another language.
      el.lang = 'en';
      await el.updateComplete;
      expect(note.textContent).to.contain('brought to the edge');
      expect(errors).to.have.length(3);
    });

    it('an unknown plane or view: the objectives plane, a note, sino-error', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
      const el = document.createElement('sino-typology');
      el.setAttribute('plane', 'economy');
      const event = oneEvent(el, 'sino-error');
      wrapper.append(el);
      const { detail } = (await event) as CustomEvent<SinoErrorDetail>;
      expect(detail.code).to.equal('invalid-attribute');
      await waitForDrawn(el);
      expect(points(el)).to.have.length(onPlane('objectives').length);
      expect(shadow(el).querySelector('.problems')!.textContent).to.contain('economy');
      el.plane = 'coordination';
      await el.updateComplete;
      expect(shadow(el).querySelector('.problems')!.textContent!.trim()).to.equal('');
      // @ts-expect-error: a value outside the type, as a plain-JS host may set it
      el.view = 'tables';
      await el.updateComplete;
      expect(svgOf(el)).to.not.equal(null);
      expect(shadow(el).querySelector('.problems')!.textContent).to.contain('tables');
    });

    it('data that is not an object, or without axes or items, never leaves a blank or broken diagram', async () => {
      const el = await render();
      for (const bad of [42, 'typology', [1, 2], { items: 'none' }, { axes: null, items: [{ label: 'Only', x: 0, y: 0 }] }]) {
        const event = oneEvent(el, 'sino-error');
        el.data = bad as unknown as TypologyDiagram;
        await event;
        await el.updateComplete;
        expect(svgOf(el) ?? shadow(el).querySelector('.empty'), JSON.stringify(bad)).to.not.equal(null);
        expect(shadow(el).querySelector('.problems')!.textContent!.trim().length).to.be.greaterThan(0);
      }
      expect(points(el)).to.have.length(1);
      el.data = null;
      await el.updateComplete;
      expect(points(el)).to.have.length(onPlane('objectives').length);
      expect(shadow(el).querySelector('.problems')!.textContent!.trim()).to.equal('');
    });

    it('an unknown selected id: nothing selected, a note, sino-error', async () => {
      const el = await render();
      const event = oneEvent(el, 'sino-error');
      el.selected = 'prog-nowhere';
      expect(((await event) as CustomEvent<SinoErrorDetail>).detail.code).to.equal('unknown-selection');
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('g.point.is-selected')).to.have.length(0);
    });
  });

  describe('accessibility', () => {
    it('has no axe violations in the light theme, a programme selected', async () => {
      const el = await render(html`<sino-typology theme="light" selected="prog-bordeaux-wuhan"></sino-typology>`);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in the dark theme, with the table open', async () => {
      const el = await render(html`<sino-typology theme="dark" plane="coordination"></sino-typology>`);
      shadow(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in the types view, light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await fixture<SinoTypology>(html`<sino-typology theme=${theme} view="types" selected="prog-groupe-liaoning"></sino-typology>`);
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
    });
  });
});
