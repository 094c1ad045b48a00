/**
 * Issue 13, item 5: Hong Kong and Macao can be targeted. Each has a marker of at least 24 × 24 CSS px that wins
 * over the parks around it (Zhuhai's sits on Macao), at 1280 px and at 375 px, light and dark.
 */
import { expect, html } from '@open-wc/testing';
import { sendMouse, resetMouse, setViewport } from '@web/test-runner-commands';
import '../../src/province-map.js';
import type { SinoProvinceMap } from '../../src/province-map/province-map.component.js';
import { render, shadow } from './helpers.js';

const drawn = (el: Element) => shadow(el).querySelector('svg.map');

for (const theme of ['light', 'dark']) {
  for (const width of [1280, 375]) {
    describe(`a11y: small regions are targets (${theme}, ${width} px)`, () => {
      // The page as wide as the map, so that all of it is on screen to be clicked.
      before(() => setViewport({ width: width + 40, height: 1200 }));
      after(() => setViewport({ width: 800, height: 600 }));
      afterEach(() => resetMouse());

      it('Hong Kong and Macao each have a 24 × 24 px target that a click selects, over any park', async () => {
        const el = await render<SinoProvinceMap>(html`<sino-province-map theme=${theme} lang="en"></sino-province-map>`, 'sino-province-map', drawn, width);
        const centres: [number, number][] = [];
        for (const id of ['HK', 'MO']) {
          const marker = shadow(el).querySelector(`.region-dot[data-id="${id}"]`);
          expect(marker, `${id} has a marker`).to.not.equal(null);
          const box = marker!.getBoundingClientRect();
          expect(box.width, `${id} target width`).to.be.at.least(24);
          expect(box.height, `${id} target height`).to.be.at.least(24);
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          centres.push([x, y]);
          const hit = shadow(el).elementFromPoint(x, y);
          expect(hit?.getAttribute('data-id'), `what is under ${id}'s marker`).to.equal(id);
          await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
          await el.updateComplete;
          expect(el.selected, `a click on ${id}'s marker`).to.equal(id);
        }
        const [[ax, ay], [bx, by]] = centres;
        expect(Math.hypot(ax - bx, ay - by), 'the two markers do not overlap').to.be.at.least(24);
      });
    });
  }
}
