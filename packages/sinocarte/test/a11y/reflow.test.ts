/**
 * Issue 13, item 9: reflow at 320 px. With the map's table alternative open, alone or in the atlas, nothing
 * scrolls sideways but the table's own scroller.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/province-map.js';
import '../../src/atlas.js';
import { shadow, until } from './helpers.js';

async function openMapTable(map: Element) {
  await until(() => shadow(map)?.querySelector('.table-toggle'), 'the map');
  shadow(map).querySelector<HTMLButtonElement>('.table-toggle')!.click();
  await until(() => shadow(map).querySelector('table'), 'the table');
}

const pageWidth = () => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);

for (const theme of ['light', 'dark']) {
  describe(`a11y: reflow at 320 px (${theme})`, () => {
    before(() => setViewport({ width: 320, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('the map with its table open does not make the page scroll sideways', async () => {
      const el = await fixture(html`<sino-province-map theme=${theme}></sino-province-map>`);
      await openMapTable(el);
      expect(pageWidth()).to.be.at.most(320);
      const scroller = shadow(el).querySelector('table')!.parentElement!;
      expect(getComputedStyle(scroller).overflowX, 'the table scrolls in its own box').to.equal('auto');
    });

    it('the atlas with the map table open does not either', async () => {
      const el = await fixture(html`<sino-atlas theme=${theme}></sino-atlas>`);
      const map = await until(() => shadow(el)?.querySelector('sino-province-map'), 'the atlas map');
      await openMapTable(map);
      expect(pageWidth()).to.be.at.most(320);
    });
  });
}
