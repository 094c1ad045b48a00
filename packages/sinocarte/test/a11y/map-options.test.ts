/**
 * Issue 13, item 2: the map's regions are options a screen reader announces, with the selected one said to be
 * selected: checked on Chromium's accessibility tree, not on attributes.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/province-map.js';
import type { SinoProvinceMap } from '../../src/province-map/province-map.component.js';
import { axTree, findAll, render, shadow } from './helpers.js';

const drawn = (el: Element) => shadow(el).querySelector('svg.map');

for (const theme of ['light', 'dark']) {
  describe(`a11y: map regions are options (${theme})`, () => {
    it('exposes a listbox of 34 options, named with their values, one of them selected', async () => {
      const el = await render<SinoProvinceMap>(html`<sino-province-map theme=${theme} lang="en" selected="CN-HB"></sino-province-map>`, 'sino-province-map', drawn);
      const tree = await axTree(el);
      const listboxes = findAll(tree, 'listbox');
      expect(listboxes, 'one listbox').to.have.length(1);
      // The regions are the listbox's own options (the parks are options of a group inside it).
      const options = listboxes[0].children.filter((n) => n.role === 'option');
      expect(options, 'its options').to.have.length(34);
      expect(options.filter((o) => /^Guangdong, \d+ parks$/.test(o.name)), 'Guangdong is an option, named with its value').to.have.length(1);
      const selected = options.filter((o) => o.properties.selected === true);
      expect(selected.map((o) => o.name.split(',')[0])).to.deep.equal(['Hubei']);
      expect(findAll(tree, 'graphics-symbol'), 'no region is left as a bare graphic').to.have.length(0);
    });

    it('follows the keyboard: the active option is the focused one, and Enter selects it', async () => {
      const el = await render<SinoProvinceMap>(html`<sino-province-map theme=${theme} lang="en"></sino-province-map>`, 'sino-province-map', drawn);
      shadow(el).querySelector<HTMLElement>('[role="listbox"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.selected).to.be.a('string');
      const tree = await axTree(el);
      const options = findAll(tree, 'listbox')[0].children.filter((n) => n.role === 'option');
      const selected = options.filter((o) => o.properties.selected === true);
      expect(selected, 'one option selected').to.have.length(1);
      const listbox = findAll(tree, 'listbox')[0];
      expect(listbox.properties.focused, 'the listbox has the focus').to.equal(true);
      expect(listbox.properties.activedescendant, 'its active option is the selected one').to.deep.equal(selected.map((o) => o.name));
    });
  });
}
