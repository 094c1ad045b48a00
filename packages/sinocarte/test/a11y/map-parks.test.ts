/**
 * Issue 13, item 4: park details are not for the mouse only. Parks are options of the map (in a "TORCH parks"
 * group) that the keyboard reaches from their region, a tap on a park shows the park, and the table alternative
 * carries what the tooltips show (region type, 2026 strengths, each park's city and revenue).
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parks } from '@sinocarte/data/parks';
import '../../src/province-map.js';
import type { SinoProvinceMap } from '../../src/province-map/province-map.component.js';
import { axTree, findAll, render, shadow } from './helpers.js';

const drawn = (el: Element) => shadow(el).querySelector('svg.map');
const tooltip = (el: Element) => shadow(el).querySelector<HTMLElement>('.tooltip')!;
const hubeiParks = parks.filter((p) => p.provinceId === 'CN-HB');

for (const theme of ['light', 'dark']) {
  describe(`a11y: parks without a mouse (${theme})`, () => {
    it('the parks are a group of options, each named with its city and revenue', async () => {
      const el = await render<SinoProvinceMap>(html`<sino-province-map theme=${theme} lang="en"></sino-province-map>`, 'sino-province-map', drawn);
      const tree = await axTree(el);
      const listbox = findAll(tree, 'listbox')[0];
      expect(listbox.children.filter((n) => n.role === 'option'), 'the regions').to.have.length(34);
      const group = findAll(listbox, 'group', /TORCH parks/);
      expect(group, 'a group of parks').to.have.length(1);
      const options = findAll(group[0], 'option');
      expect(options).to.have.length(parks.length);
      const wuhan = hubeiParks[0];
      const named = options.find((o) => o.name.startsWith(wuhan.name))!;
      expect(named.name).to.contain(wuhan.city);
      if (wuhan.revenue) expect(named.name).to.match(/bn yuan/);
    });

    it('P steps into the active region\'s parks, showing each one; Escape goes back to the region', async () => {
      const el = await render<SinoProvinceMap>(html`<sino-province-map theme=${theme} lang="en" selected="CN-HB"></sino-province-map>`, 'sino-province-map', drawn);
      shadow(el).querySelector<HTMLElement>('[role="listbox"]')!.focus();
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'p' });
      await el.updateComplete;
      let listbox = findAll(await axTree(el), 'listbox')[0];
      const first = (listbox.properties.activedescendant as string[])[0];
      expect(hubeiParks.some((p) => first.startsWith(p.name)), `${first} is a Hubei park`).to.equal(true);
      expect(tooltip(el).hidden).to.equal(false);
      expect(first, 'the tooltip shows the park').to.contain(tooltip(el).querySelector('.tooltip-title')!.textContent);
      await sendKeys({ press: 'p' });
      listbox = findAll(await axTree(el), 'listbox')[0];
      const second = (listbox.properties.activedescendant as string[])[0];
      expect(second, 'P again: the next park of the region').to.not.equal(first);
      await sendKeys({ press: 'Escape' });
      listbox = findAll(await axTree(el), 'listbox')[0];
      expect((listbox.properties.activedescendant as string[])[0]).to.match(/^Hubei, /);
      expect(el.selected, 'Escape from a park keeps the selection').to.equal('CN-HB');
    });

    it('a tap on a park at 375 px shows the park, not its region', async () => {
      const el = await render<SinoProvinceMap>(html`<sino-province-map theme=${theme} lang="en"></sino-province-map>`, 'sino-province-map', drawn, 375);
      const park = hubeiParks[0];
      const dot = shadow(el).querySelector(`circle.park[data-park="${park.id}"]`)!.getBoundingClientRect();
      // A finger lands a few pixels off a dot this small.
      const x = dot.left + dot.width / 2 + 4;
      const y = dot.top + dot.height / 2 + 3;
      const target = shadow(el).elementFromPoint(x, y)!;
      const init = { pointerType: 'touch', bubbles: true, composed: true, pointerId: 9, clientX: x, clientY: y };
      target.dispatchEvent(new PointerEvent('pointerdown', init));
      target.dispatchEvent(new PointerEvent('pointerup', init));
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(false);
      expect(tooltip(el).querySelector('.tooltip-title')!.textContent, 'the park, not its region').to.equal(park.name);
    });

    it('the table alternative carries the region type, the 2026 strengths and each park\'s city and revenue', async () => {
      const el = await render<SinoProvinceMap>(html`<sino-province-map theme=${theme} lang="en"></sino-province-map>`, 'sino-province-map', drawn);
      shadow(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await el.updateComplete;
      const table = shadow(el).querySelector('table')!;
      const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
      expect(headers).to.include.members(['Region', 'Type', 'Value', 'Parks', 'Strengths in 2026']);
      const row = [...table.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent!.trim() === 'Hubei')!;
      const text = row.textContent!;
      expect(text).to.contain('province');
      for (const p of hubeiParks) {
        expect(text).to.contain(p.name);
        expect(text).to.contain(p.city);
      }
      expect(text, 'revenue in the table').to.match(/bn yuan/);
      const beijing = [...table.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent!.trim() === 'Beijing')!;
      expect(beijing.textContent, 'Beijing is a municipality').to.contain('municipality');
      expect(beijing.querySelectorAll('td')[3].textContent!.trim().length, 'its 2026 strengths').to.be.greaterThan(3);
      await expect(el).to.be.accessible();
    });
  });
}
