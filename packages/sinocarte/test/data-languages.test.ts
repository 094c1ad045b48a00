import { expect, fixture, html } from '@open-wc/testing';
import { events } from '@sinocarte/data/events';
import '../src/timeline.js';
import type { SinoTimeline } from '../src/timeline/timeline.component.js';

/** Whether this page has downloaded Chinese texts of the bundled records (a table per dataset: `texts/zh/events.js`). */
const fetchedChinese = () => performance.getEntriesByType('resource').some((entry) => /\/texts\/zh[./]/.test(entry.name));

/** An event of the package whose Chinese title differs from its French and English ones. */
const event = events.find((e) => e.title.zh && e.title.zh !== e.title.en && !e.parkIds?.length)!;

describe('data texts in the language shown', () => {
  it('a French page draws the events in French and never downloads their Chinese', async () => {
    const el = await fixture<SinoTimeline>(html`<sino-timeline lang="fr" selected=${event.id}></sino-timeline>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.panel-title')!.textContent).to.contain(event.title.fr);
    expect(fetchedChinese()).to.equal(false);
  });

  it('a Chinese element shows the Chinese titles at its first drawing (fetched once, before it draws)', async () => {
    const el = await fixture<SinoTimeline>(html`<sino-timeline lang="zh" selected=${event.id}></sino-timeline>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.panel-title')!.textContent).to.contain(event.title.zh!);
    expect(fetchedChinese()).to.equal(true);
  });

  it('an element switched from French to Chinese shows Chinese', async () => {
    const el = await fixture<SinoTimeline>(html`<sino-timeline lang="fr" selected=${event.id}></sino-timeline>`);
    await el.updateComplete;
    el.lang = 'zh';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.panel-title')!.textContent).to.contain(event.title.zh!);
  });
});
