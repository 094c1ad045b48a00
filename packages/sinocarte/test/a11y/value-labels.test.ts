/**
 * Issue 13, beyond the anchors: the choropleth does not rely on colour alone. `labels="values"` writes each
 * region's value on it, legible (4.5:1 against its halo) in light and dark; a bad value is reported, not thrown.
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import { parks } from '@sinocarte/data/parks';
import '../../src/province-map.js';
import type { SinoProvinceMap } from '../../src/province-map/province-map.component.js';
import { contrast, render, shadow } from './helpers.js';

const drawn = (el: Element) => shadow(el).querySelector('svg.map');
const count = (id: string) => parks.filter((p) => p.provinceId === id).length;

for (const theme of ['light', 'dark']) {
  it(`a11y: labels="values" writes each region's value on it (${theme})`, async () => {
    const el = await render<SinoProvinceMap>(html`<sino-province-map theme=${theme} lang="en"></sino-province-map>`, 'sino-province-map', drawn);
    expect(shadow(el).querySelectorAll('.value-label'), 'none by default').to.have.length(0);
    el.setAttribute('labels', 'values');
    await el.updateComplete;
    const labels = [...shadow(el).querySelectorAll<SVGTextElement>('.value-label')];
    expect(labels.length, 'the mainland regions, big enough for one').to.be.at.least(29);
    for (const id of ['CN-GD', 'CN-HB', 'CN-XZ']) {
      const label = labels.find((l) => l.dataset.id === id)!;
      expect(label.textContent, id).to.equal(String(count(id)));
      const box = label.getBoundingClientRect();
      const region = shadow(el).querySelector(`path.region[data-id="${id}"]`)!.getBoundingClientRect();
      expect(box.left + box.width / 2).to.be.within(region.left, region.right);
      expect(box.top + box.height / 2).to.be.within(region.top, region.bottom);
    }
    const style = getComputedStyle(labels[0]);
    expect(contrast(style.fill, style.stroke), 'text over its halo').to.be.at.least(4.5);
    const error = oneEvent(el, 'sino-error');
    el.setAttribute('labels', 'stripes');
    expect(((await error) as CustomEvent).detail.code).to.equal('invalid-attribute');
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.value-label')).to.have.length(0);
    await expect(el).to.be.accessible();
  });
}
