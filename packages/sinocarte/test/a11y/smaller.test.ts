/**
 * Issue 13, item 11 (the smaller ones): timeline list buttons are at least 24 px high with a gap; the typology's
 * keyboard help says what the arrows do; the typology's view buttons have a spaced accessible name.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/timeline.js';
import '../../src/typology.js';
import { messages } from '../../src/i18n/index.js';
import { axTree, findAll, render, shadow } from './helpers.js';

for (const theme of ['light', 'dark']) {
  describe(`a11y: smaller items (${theme})`, () => {
    it('timeline: the list buttons are targets of at least 24 px, apart from each other', async () => {
      const el = await render(html`<sino-timeline theme=${theme}></sino-timeline>`, 'sino-timeline', (e) => shadow(e).querySelector('svg.chart'), 1000);
      shadow(el).querySelector<HTMLButtonElement>('.list-toggle')!.click();
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const boxes = [...shadow(el).querySelectorAll('.list .list-item')].slice(0, 20).map((b) => b.getBoundingClientRect());
      for (const box of boxes) expect(box.height).to.be.at.least(24);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i].top - boxes[i - 1].bottom, 'a gap between targets').to.be.at.least(2);
    });

    it('typology: the help says the arrows move in their direction, and view buttons read "Objectives, Figure 14"', async () => {
      const el = await render(html`<sino-typology theme=${theme} lang="en"></sino-typology>`, 'sino-typology', (e) => shadow(e).querySelector('g.point'));
      for (const lang of ['fr', 'en', 'zh'] as const) expect(messages(lang).typology.help, lang).to.not.match(/(or arrows|ou flèches|或方向键)/);
      expect(messages('en').typology.help).to.match(/arrows: the nearest programme in that direction/i);
      const buttons = findAll(await axTree(el), 'button', /Figure/);
      expect(buttons.length).to.be.greaterThan(0);
      for (const b of buttons) expect(b.name, 'a space or a comma before the figure').to.match(/\S[,\s]+Figure \d+/).and.not.match(/[^\s,]Figure/);
    });
  });
}
