/**
 * Issue 13, item 6 (and issue 12): at phone width the timeline's time axis is vertical, one column per category;
 * each column is named on the chart, so that categories are not told apart by colour alone.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/timeline.js';
import { render, shadow } from './helpers.js';

for (const theme of ['light', 'dark']) {
  for (const width of [375, 320]) {
    it(`a11y: timeline at ${width} px names each lane on the chart (${theme})`, async () => {
      const el = await render(html`<sino-timeline theme=${theme} lang="en"></sino-timeline>`, 'sino-timeline', (e) => shadow(e).querySelector('.base.vertical svg.chart'), width);
      const svg = shadow(el).querySelector('svg.chart')!.getBoundingClientRect();
      const lanes = [...shadow(el).querySelectorAll('.lane-bg')].map((r) => r.getBoundingClientRect());
      const labels = [...shadow(el).querySelectorAll('.lane-label')];
      expect(labels.length, 'one label per lane').to.equal(lanes.length);
      const chips = [...shadow(el).querySelectorAll('.legend .chip[data-category]')].map((c) => c.getAttribute('title'));
      labels.forEach((label, i) => {
        const box = label.getBoundingClientRect();
        const centre = box.left + box.width / 2;
        expect(label.textContent!.trim().length, 'a name').to.be.greaterThan(1);
        expect(chips, 'a category name').to.include(label.querySelector('title')?.textContent);
        expect(centre, `label ${i} is over its lane`).to.be.within(lanes[i].left, lanes[i].right);
        expect(box.top, 'inside the chart').to.be.at.least(svg.top - 0.5);
        expect(box.width, 'narrower than its lane').to.be.at.most(lanes[i].width);
      });
      // No event mark under the names.
      const bottom = Math.max(...labels.map((l) => l.getBoundingClientRect().bottom));
      for (const mark of shadow(el).querySelectorAll('rect.event, g.cluster')) expect(mark.getBoundingClientRect().top).to.be.at.least(bottom - 0.5);
    });
  }
}
