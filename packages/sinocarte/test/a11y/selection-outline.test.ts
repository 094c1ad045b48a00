/**
 * Issue 13, item 11: the map's selection outline reaches 3:1 against every class colour (WCAG 1.4.11): a double
 * outline, the accent line over a halo of the background colour, so one of the two always stands out.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/province-map.js';
import { contrast, render, shadow } from './helpers.js';

for (const theme of ['light', 'dark']) {
  it(`a11y: the map's selection outline stands out 3:1 from every class (${theme})`, async () => {
    const el = await render(html`<sino-province-map theme=${theme} selected="CN-GD"></sino-province-map>`, 'sino-province-map', (e) => shadow(e).querySelector('svg.map'));
    const outline = shadow(el).querySelector('.selected-outline')!;
    const halo = shadow(el).querySelector('.selected-halo');
    expect(halo, 'a halo under the outline').to.not.equal(null);
    const line = getComputedStyle(outline).stroke;
    const band = getComputedStyle(halo!).stroke;
    expect(contrast(line, band), 'the two lines tell apart').to.be.at.least(3);
    const fills = new Set([...shadow(el).querySelectorAll('path.region')].map((p) => getComputedStyle(p).fill).filter((f) => f.startsWith('rgb')));
    expect(fills.size).to.be.greaterThan(3);
    for (const fill of fills) expect(Math.max(contrast(line, fill), contrast(band, fill)), `against ${fill}`).to.be.at.least(3);
  });
}
