/**
 * Issue 13, item 11 (WCAG 1.4.12, RGAA 10.12): after a reader's text-spacing override (line height 1.5, letter
 * spacing 0.12em, word spacing 0.16em, paragraph spacing 2em) the labels drawn in SVG are measured again: the
 * timeline's event and lane names, the typology's labels and the map's value labels do not overlap.
 */
import { aTimeout, expect, html } from '@open-wc/testing';
import '../../src/timeline.js';
import '../../src/typology.js';
import '../../src/province-map.js';
import { overlaps, overrideTextSpacing, render, shadow } from './helpers.js';

type Drawn = HTMLElement & { updateComplete: Promise<unknown> };

/** Lets the element notice the new spacing and draw again. */
async function settle(el: Drawn) {
  await aTimeout(150);
  await el.updateComplete;
}

/** Every pair of boxes that overlap, named. */
function collisions(a: { name: string; box: DOMRect }[], b = a): string[] {
  const found: string[] = [];
  a.forEach((x, i) => b.forEach((y, j) => (b !== a || j > i) && x.name !== y.name && overlaps(x.box, y.box) && found.push(`${x.name} / ${y.name}`)));
  return found;
}

const boxes = (el: Element, selector: string, name: (e: Element) => string = (e) => e.textContent ?? '') =>
  [...shadow(el).querySelectorAll(selector)].map((e) => ({ name: name(e), box: e.getBoundingClientRect() }));

for (const theme of ['light', 'dark']) {
  describe(`a11y: labels after a text-spacing override (${theme})`, () => {
    let restore = () => {};
    afterEach(() => restore());

    it('timeline at 1000 px: event titles cover no other mark or title, lane names stay in their band', async () => {
      const el = await render<Drawn>(html`<sino-timeline theme=${theme} lang="fr" range="1990-2026"></sino-timeline>`, 'sino-timeline', (e) => shadow(e).querySelector('svg.chart text.label'), 1000);
      restore = overrideTextSpacing(el);
      await settle(el);
      const titles = boxes(el, 'text.label', (e) => `title ${e.getAttribute('data-id')}`);
      expect(titles.length, 'titles are still drawn').to.be.greaterThan(3);
      const marks = boxes(el, 'rect.event, g.cluster', (e) => `title ${e.getAttribute('data-id') ?? 'cluster'}`);
      expect(collisions(titles), 'titles over titles').to.deep.equal([]);
      expect(collisions(titles, marks), 'titles over other marks').to.deep.equal([]);
      const lanes = boxes(el, 'text.lane-label', (e) => `lane ${e.textContent}`);
      const track = Math.min(...marks.map((m) => m.box.left), ...titles.map((t) => t.box.left));
      for (const lane of lanes) expect(lane.box.right, `${lane.name} ends before the track`).to.be.at.most(track + 0.5);
    });

    it('timeline at 375 px: the lane names written upwards stay above the marks', async () => {
      const el = await render<Drawn>(html`<sino-timeline theme=${theme} lang="fr"></sino-timeline>`, 'sino-timeline', (e) => shadow(e).querySelector('.base.vertical svg.chart'), 375);
      restore = overrideTextSpacing(el);
      await settle(el);
      const svg = shadow(el).querySelector('svg.chart')!.getBoundingClientRect();
      const lanes = boxes(el, 'text.lane-label', (e) => `lane ${e.textContent}`);
      const top = Math.min(...boxes(el, 'rect.event, g.cluster').map((m) => m.box.top));
      for (const lane of lanes) {
        expect(lane.box.top, `${lane.name} inside the chart`).to.be.at.least(svg.top - 0.5);
        expect(lane.box.bottom, `${lane.name} above the marks`).to.be.at.most(top + 0.5);
      }
    });

    it('typology at 900 px: labels, points and quadrant names do not overlap', async () => {
      const el = await render<Drawn>(html`<sino-typology theme=${theme} lang="fr"></sino-typology>`, 'sino-typology', (e) => shadow(e).querySelector('svg.diagram text.label'), 900);
      restore = overrideTextSpacing(el);
      await settle(el);
      const svg = shadow(el).querySelector('svg.diagram')!.getBoundingClientRect();
      const labels = boxes(el, 'text.label', (e) => `label ${e.textContent}`);
      const quadrants = boxes(el, 'text.quadrant', (e) => `quadrant ${e.textContent}`);
      const dots = boxes(el, 'circle.dot', (e) => `point ${e.closest('[data-id]')?.getAttribute('data-id')}`);
      expect(collisions(labels), 'labels over labels').to.deep.equal([]);
      expect(collisions(labels, [...quadrants, ...dots]), 'labels over points or quadrant names').to.deep.equal([]);
      for (const l of [...labels, ...quadrants]) {
        expect(l.box.left, `${l.name} inside`).to.be.at.least(svg.left - 0.5);
        expect(l.box.right, `${l.name} inside`).to.be.at.most(svg.right + 0.5);
      }
    });

    it('map at 900 px with labels="values": the values do not overlap', async () => {
      const el = await render<Drawn>(html`<sino-province-map theme=${theme} lang="fr" labels="values" metric="revenue"></sino-province-map>`, 'sino-province-map', (e) => shadow(e).querySelector('svg.map text.value-label'), 900);
      restore = overrideTextSpacing(el);
      await settle(el);
      const labels = boxes(el, 'text.value-label', (e) => `value ${e.getAttribute('data-id')}`);
      expect(labels.length, 'values are still written').to.be.greaterThan(20);
      expect(collisions(labels)).to.deep.equal([]);
    });
  });
}
