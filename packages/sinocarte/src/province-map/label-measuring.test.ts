import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../province-map.js';
import type { SinoProvinceMap } from './province-map.component.js';

/** Has the page fetched the label measuring (internal/text-metrics.ts or lib/text-spacing.ts)? */
const measuringFetched = () => performance.getEntriesByType('resource').some((e) => /\/(internal\/text-metrics|lib\/text-spacing)\.ts$/.test(new URL(e.name).pathname));

// In a file of its own: another test of the page drawing value labels would have fetched it already.
describe('sino-province-map: the value labels\' measuring is downloaded when first needed', () => {
  it('is not fetched for a map without labels="values", and is when the values are written', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"><sino-province-map lang="fr" metric="revenue"></sino-province-map></div>`);
    const el = wrapper.querySelector<SinoProvinceMap>('sino-province-map')!;
    for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('svg.map path.region'); i++) await nextFrame();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg.map path.region'), 'the map is drawn').to.not.equal(null);
    expect(measuringFetched(), 'not fetched without value labels').to.equal(false);
    expect(el.shadowRoot!.querySelector('.text-probe'), 'no probe without value labels').to.equal(null);

    el.labels = 'values';
    await el.updateComplete;
    expect(measuringFetched(), 'fetched for the value labels').to.equal(true);
    const labels = [...el.shadowRoot!.querySelectorAll('svg.map text.value-label')];
    expect(labels.length, 'the values are written').to.be.greaterThan(20);
    expect(labels.every((l) => /\d/.test(l.textContent ?? '')), 'each label is a number').to.equal(true);
    expect(el.shadowRoot!.querySelector('.text-probe'), 'the probe is drawn to follow the text spacing').to.not.equal(null);
  });
});
