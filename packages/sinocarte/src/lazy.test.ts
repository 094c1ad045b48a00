import { expect } from '@open-wc/testing';
import { lazyTags, load, observe } from './lazy.js';
import { until } from '../test/fixtures/hostile-helpers.js';

describe('lazy loader (module API)', function () {
  this.timeout(15_000);

  it('knows every element of the package', () => {
    expect([...lazyTags].sort()).to.deep.equal(['sino-atlas', 'sino-park-table', 'sino-province-map', 'sino-timeline', 'sino-typology']);
  });

  it('load() downloads a tag once and resolves when it is defined', async () => {
    expect(customElements.get('sino-park-table')).to.equal(undefined);
    const first = load('sino-park-table');
    expect(load('sino-park-table'), 'the same promise while it loads').to.equal(first);
    await first;
    expect(customElements.get('sino-park-table')).to.be.a('function');
    await load('sino-park-table');
  });

  it('does not see into a shadow root by itself, and does once observe() is called on it', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('sino-typology');
    el.setAttribute('plane', 'coordination');
    shadow.append(el);
    try {
      await new Promise((r) => setTimeout(r, 300));
      expect(customElements.get('sino-typology'), 'hidden in a shadow root: not loaded').to.equal(undefined);
      observe(shadow);
      await until(() => (el.shadowRoot?.querySelectorAll('g.point').length ?? 0) > 0, 'the typology points');
      expect(el).to.be.instanceOf(customElements.get('sino-typology')!);
    } finally {
      host.remove();
    }
  });

  it('loads a tag the page adds later to the document', async () => {
    expect(customElements.get('sino-timeline')).to.equal(undefined);
    const wrapper = document.createElement('div');
    wrapper.innerHTML = '<section><sino-timeline range="1980-2011"></sino-timeline></section>';
    document.body.append(wrapper);
    try {
      const el = wrapper.querySelector('sino-timeline')!;
      await until(() => (el.shadowRoot?.querySelectorAll('rect.event').length ?? 0) > 0, 'the timeline events');
    } finally {
      wrapper.remove();
    }
  });
});
