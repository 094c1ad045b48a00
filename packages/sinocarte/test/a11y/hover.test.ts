/**
 * Issue 13, item 7 (WCAG 1.4.13, content on hover): Escape dismisses a tooltip while the pointer stays; the
 * timeline and typology tooltips stay while the pointer moves onto them; the timeline's does not cover the lane names.
 */
import { expect, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/timeline.js';
import '../../src/typology.js';
import '../../src/province-map.js';
import { render, shadow } from './helpers.js';

const tooltip = (el: Element) => shadow(el).querySelector<HTMLElement>('.tooltip')!;
const centre = (r: DOMRect): [number, number] => [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function hover(el: Element & { updateComplete?: Promise<unknown> }, target: Element) {
  await sendMouse({ type: 'move', position: centre(target.getBoundingClientRect()) });
  await el.updateComplete;
  expect(tooltip(el).hidden, 'the tooltip shows').to.equal(false);
}

for (const theme of ['light', 'dark']) {
  describe(`a11y: content on hover (${theme})`, () => {
    afterEach(() => resetMouse());

    it('map: Escape hides the tooltip while the pointer stays on the region', async () => {
      const el = await render(html`<sino-province-map theme=${theme}></sino-province-map>`, 'sino-province-map', (e) => shadow(e).querySelector('svg.map'));
      await hover(el, shadow(el).querySelector('path.region[data-id="CN-XJ"]')!);
      await sendKeys({ press: 'Escape' });
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(tooltip(el).hidden, 'Escape dismissed it').to.equal(true);
    });

    it('timeline: the tooltip stays when the pointer moves onto it, Escape hides it, and it leaves the lane names uncovered', async () => {
      const el = await render(html`<sino-timeline theme=${theme} range="1962-2030"></sino-timeline>`, 'sino-timeline', (e) => shadow(e).querySelector('svg.chart'), 1000);
      const marks = [...shadow(el).querySelectorAll('rect.event')].sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);
      await hover(el, marks[0]);
      const tip = tooltip(el).getBoundingClientRect();
      for (const label of shadow(el).querySelectorAll('.lane-label')) expect(overlaps(tip, label.getBoundingClientRect()), `covers ${label.textContent}`).to.equal(false);
      const title = tooltip(el).textContent;
      await sendMouse({ type: 'move', position: centre(tip) });
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(tooltip(el).hidden, 'still there with the pointer on it').to.equal(false);
      expect(tooltip(el).textContent).to.equal(title);
      await sendKeys({ press: 'Escape' });
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(tooltip(el).hidden, 'Escape dismissed it').to.equal(true);
    });

    it('typology: the tooltip stays when the pointer moves onto it, and Escape hides it', async () => {
      const el = await render(html`<sino-typology theme=${theme}></sino-typology>`, 'sino-typology', (e) => shadow(e).querySelector('g.point'));
      await hover(el, shadow(el).querySelector('g.point .dot')!);
      const tip = tooltip(el).getBoundingClientRect();
      // A spot of the tooltip with no other point beneath it (there, Escape would reveal that point's own tooltip).
      const spots: [number, number][] = [];
      for (let fy = 0.2; fy < 1; fy += 0.2) for (let fx = 0.1; fx < 1; fx += 0.2) spots.push([Math.round(tip.left + tip.width * fx), Math.round(tip.top + tip.height * fy)]);
      const clear = spots.find(([x, y]) => !shadow(el).elementsFromPoint(x, y).some((n) => n.closest('g.point')));
      expect(clear, 'a spot of the tooltip over no point').to.not.equal(undefined);
      await sendMouse({ type: 'move', position: clear! });
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(tooltip(el).hidden, 'still there with the pointer on it').to.equal(false);
      await sendKeys({ press: 'Escape' });
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(tooltip(el).hidden, 'Escape dismissed it').to.equal(true);
    });
  });
}
