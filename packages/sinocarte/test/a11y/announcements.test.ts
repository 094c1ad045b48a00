/**
 * Issue 13, item 8: zoom steps, pans, category toggles and the brush are announced politely, and the brush
 * works from the keyboard.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/timeline.js';
import '../../src/province-map.js';
import type { SinoTimeline } from '../../src/timeline/timeline.component.js';
import type { SinoProvinceMap } from '../../src/province-map/province-map.component.js';
import { axTree, findAll, render, shadow, until } from './helpers.js';

const live = (el: Element) => shadow(el).querySelector('[aria-live="polite"]')!.textContent!.trim();
const chart = (el: Element) => shadow(el).querySelector<SVGSVGElement>('svg.chart');

for (const theme of ['light', 'dark']) {
  describe(`a11y: announcements (${theme})`, () => {
    it('timeline: a zoom step and a page of panning announce the period shown and its count', async () => {
      const el = await render<SinoTimeline>(html`<sino-timeline theme=${theme} lang="en"></sino-timeline>`, 'sino-timeline', chart, 1000);
      chart(el)!.focus();
      await sendKeys({ press: '+' });
      await el.updateComplete;
      const zoomed = live(el);
      expect(zoomed).to.match(/Period shown/);
      expect(zoomed).to.match(/\d+ events?/);
      await sendKeys({ press: 'PageDown' });
      await el.updateComplete;
      expect(live(el), 'after a pan').to.match(/Period shown/);
      expect(live(el)).to.not.equal(zoomed);
    });

    it('timeline: a category toggle announces how many events are shown', async () => {
      const el = await render<SinoTimeline>(html`<sino-timeline theme=${theme} lang="en"></sino-timeline>`, 'sino-timeline', chart, 1000);
      const chip = shadow(el).querySelector<HTMLButtonElement>('.legend .chip[data-category]')!;
      chip.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(live(el)).to.match(/\d+ events?/);
    });

    it('timeline: the brush is a focusable slider that the arrows pan and + − resize, announced', async () => {
      const el = await render<SinoTimeline>(html`<sino-timeline theme=${theme} lang="en" range="1990-2000"></sino-timeline>`, 'sino-timeline', chart, 1000);
      const sliders = findAll(await axTree(el), 'slider');
      expect(sliders, 'the brush is a slider').to.have.length(1);
      expect(sliders[0].name).to.match(/Period shown/);
      shadow(el).querySelector<SVGElement>('.overview')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      const [from] = el.range.split('-').map(Number);
      expect(from, 'the arrow moved the period later').to.be.greaterThan(1990);
      expect(live(el)).to.match(/Period shown/);
      await sendKeys({ press: '-' });
      await el.updateComplete;
      const [a, b] = el.range.split('-').map(Number);
      expect(b - a, 'minus widens the period').to.be.greaterThan(10);
      const after = findAll(await axTree(el), 'slider')[0];
      expect(String(after.value ?? ''), 'the slider says the period').to.match(/\d{4}/);
    });

    it('map: zoom steps are announced', async () => {
      const el = await render<SinoProvinceMap>(html`<sino-province-map theme=${theme} lang="en"></sino-province-map>`, 'sino-province-map', (e) => shadow(e).querySelector('svg.map'));
      shadow(el).querySelector<HTMLElement>('svg.map')!.focus();
      await sendKeys({ press: '+' });
      await until(() => live(el), 'an announcement');
      expect(live(el)).to.match(/Zoom/);
      await sendKeys({ press: '0' });
      await el.updateComplete;
      expect(live(el)).to.match(/whole map|Show all|Zoom 1/);
    });
  });
}
