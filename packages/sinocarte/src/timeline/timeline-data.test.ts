import { expect, fixture, html } from '@open-wc/testing';
import { events } from '@sinocarte/data/events';
import '../timeline.js';

/**
 * What a timeline page pays for (issue 12): the parks and partnerships records, which only name what an open
 * event links to, are downloaded when a panel first needs them. This file runs in a page of its own.
 */
/** Has the page fetched this dataset's module (`packages/data/dist/parks.js` or `…/dist/base/parks.js`)? */
const fetched = (name: string) =>
  performance.getEntriesByType('resource').some((entry) => /\/data\/dist\/(base\/)?([\w-]+)\.js$/.exec(new URL(entry.name).pathname)?.[2] === name);

describe('timeline: records downloaded on demand', function () {
  this.timeout(15_000);

  it('draws without the parks or partnerships, and names them once an event that links to them is opened', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<sino-timeline lang="fr"></sino-timeline>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg'), 'the timeline is drawn').to.not.equal(null);
    expect(fetched('parks'), 'parks').to.equal(false);
    expect(fetched('partnerships'), 'partnerships').to.equal(false);

    const event = events.find((e) => e.partnershipIds?.length && e.parkIds?.length)!;
    const { partnerships } = await import('@sinocarte/data/partnerships');
    const { parks } = await import('@sinocarte/data/parks');
    const partnership = partnerships.find((p) => p.id === event.partnershipIds![0])!;
    const park = parks.find((p) => p.id === event.parkIds![0])!;
    el.setAttribute('selected', event.id);
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector('.panel')!;
    expect(panel.textContent).to.contain(partnership.french.name).and.contain(park.name).and.not.contain(event.partnershipIds![0]);
  });
});
