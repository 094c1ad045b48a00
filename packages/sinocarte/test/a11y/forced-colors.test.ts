/**
 * Issue 13, item 3: under forced colours every element uses the system colours, whatever its `theme` says:
 * `theme="light"` with a dark system palette, `theme="dark"` with a light one.
 */
import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/timeline.js';
import '../../src/typology.js';
import '../../src/province-map.js';
import { contrast, render, shadow, systemColors } from './helpers.js';

const cases = [
  { theme: 'light', palette: 'dark' },
  { theme: 'dark', palette: 'light' },
] as const;

for (const { theme, palette } of cases) {
  describe(`a11y: forced colours, theme="${theme}" on a ${palette} system palette`, () => {
    before(() => emulateMedia({ forcedColors: 'active', colorScheme: palette }));
    after(() => emulateMedia({ forcedColors: 'none', colorScheme: 'light' }));

    it('timeline: lane names, ticks and labels are the system text colour on the system background', async () => {
      const el = await render(html`<sino-timeline theme=${theme}></sino-timeline>`, 'sino-timeline', (e) => shadow(e).querySelector('svg.chart'), 1000);
      const { canvas, canvasText } = systemColors();
      expect(contrast(canvas, canvasText), 'the palette itself').to.be.above(7);
      const label = shadow(el).querySelector('.lane-label')!;
      const lane = shadow(el).querySelector('.lane-bg')!;
      expect(getComputedStyle(label).fill, 'lane name').to.equal(canvasText);
      expect(getComputedStyle(lane).fill, 'behind it').to.equal(canvas);
      expect(getComputedStyle(shadow(el).querySelector('.tick')!).fill, 'tick').to.equal(canvasText);
      expect(getComputedStyle(shadow(el).querySelector('.base')!).backgroundColor, 'the element').to.be.oneOf([canvas, 'rgba(0, 0, 0, 0)']);
    });

    it('typology: axes, labels and the plane are drawn in system colours', async () => {
      const el = await render(html`<sino-typology theme=${theme}></sino-typology>`, 'sino-typology', (e) => shadow(e).querySelector('.axis'));
      const { canvas, canvasText } = systemColors();
      for (const axis of shadow(el).querySelectorAll('.axis')) expect(getComputedStyle(axis).stroke, 'axis line').to.equal(canvasText);
      const label = shadow(el).querySelector('.label')!;
      expect(getComputedStyle(label).fill, 'label').to.equal(canvasText);
      for (const bg of shadow(el).querySelectorAll('.label-bg')) expect(contrast(getComputedStyle(bg).fill, canvasText), 'label background').to.be.above(7);
      const tint = shadow(el).querySelector('.tint');
      if (tint) expect(getComputedStyle(tint).fill).to.equal(canvas);
    });

    it('map: region borders, legend text and the table in system colours', async () => {
      const el = await render(html`<sino-province-map theme=${theme}></sino-province-map>`, 'sino-province-map', (e) => shadow(e).querySelector('svg.map'));
      const { canvasText } = systemColors();
      expect(getComputedStyle(shadow(el).querySelector('.region')!).stroke, 'region border').to.equal(canvasText);
      expect(getComputedStyle(shadow(el).querySelector('.legend-title')!).color, 'legend').to.equal(canvasText);
      expect(getComputedStyle(shadow(el).querySelector('.region-mark')!).stroke, 'small-region marker').to.equal(canvasText);
    });
  });
}
