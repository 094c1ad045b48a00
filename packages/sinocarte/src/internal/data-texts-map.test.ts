import { expect, fixture, html } from '@open-wc/testing';
import '../province-map.js';

/**
 * A page fetches the texts of the datasets it shows, in its reader's language only (issue 12): one table per
 * dataset and language (`texts/en/parks.js`...). This file runs in a page of its own, where nothing has been
 * fetched before.
 */
type Map = HTMLElement & { updateComplete: Promise<boolean>; metric: string };

/** The text tables this page has fetched, as `en/parks` (and `en` for a table of every dataset). */
const tables = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => /\/texts\/((?:en|zh)(?:\/[\w-]+)?)\.js$/.exec(new URL(e.name).pathname)?.[1])
    .filter((t): t is string => !!t)
    .sort();

describe('an English map page', function () {
  this.timeout(20_000);

  it('fetches the English texts of the map’s datasets only, then those of the records a metric asks for', async () => {
    const el = (await fixture(html`<sino-province-map lang="en"></sino-province-map>`)) as Map;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg'), 'the map is drawn').not.to.equal(null);
    expect(tables()).to.deep.equal(['en/parks', 'en/regions']);

    el.metric = 'partnerships';
    await el.updateComplete;
    expect(tables()).to.deep.equal(['en/parks', 'en/partnerships', 'en/regions']);
  });
});
