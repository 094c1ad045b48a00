import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../test/fixtures/hostile-helpers.js';

/**
 * What a page pays for: the partnerships and offices records are downloaded when a table or a map shows
 * them, not when the element loads (issue 12: the parks table fetched the 53.9 kB partnerships chunk).
 * This file runs in a page of its own, so the resources it lists are those these tests caused.
 */
/** Has the page fetched this dataset's module (`packages/data/dist/parks.js` or `…/dist/base/parks.js`)? */
const fetched = (name: string) =>
  performance.getEntriesByType('resource').some((entry) => /\/data\/dist\/(base\/)?([\w-]+)\.js$/.exec(new URL(entry.name).pathname)?.[2] === name);

describe('data downloaded on demand', function () {
  this.timeout(15_000);

  it('a parks table and a parks map do not download the partnerships or the offices', async () => {
    await import('./park-table.js');
    await import('./province-map.js');
    const table = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<sino-park-table lang="en"></sino-park-table>`);
    const map = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<sino-province-map lang="en"></sino-province-map>`);
    await table.updateComplete;
    await map.updateComplete;
    expect(table.shadowRoot!.querySelectorAll('tbody tr').length, 'the parks are shown').to.be.greaterThan(0);
    expect(fetched('parks'), 'the parks are downloaded').to.equal(true);
    expect(fetched('partnerships'), 'partnerships').to.equal(false);
    expect(fetched('offices'), 'offices').to.equal(false);
    expect(fetched('province-innovation'), 'the provinces\u2019 strengths').to.equal(false);
  });

  it('a map downloads the provinces\u2019 strengths when its table opens, and shows them', async () => {
    const map = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<sino-province-map lang="en"></sino-province-map>`);
    await map.updateComplete;
    expect(fetched('province-innovation'), 'before').to.equal(false);
    map.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await map.updateComplete;
    expect(fetched('province-innovation'), 'after').to.equal(true);
    const row = [...map.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent?.trim() === 'Anhui');
    expect(row?.lastElementChild?.textContent?.trim(), 'Anhui\u2019s strengths').to.contain('Quantum');
  });

  it('downloads them when a table or a map is asked for them, and shows them once they arrive', async () => {
    const table = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<sino-park-table lang="en" preset="offices"></sino-park-table>`);
    await table.updateComplete;
    expect(fetched('offices')).to.equal(true);
    const rows = table.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows.length, 'the offices, after awaiting updateComplete').to.be.greaterThan(0);

    const map = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<sino-province-map lang="en" metric="partnerships"></sino-province-map>`);
    await map.updateComplete;
    expect(fetched('partnerships')).to.equal(true);
    await until(() => /partnership/i.test(map.shadowRoot!.textContent ?? ''), 'the partnerships legend');
    const coloured = [...map.shadowRoot!.querySelectorAll('path.region')].filter((p) => !p.classList.contains('nodata') && !p.classList.contains('zero'));
    expect(coloured.length, 'regions coloured by partnerships').to.be.greaterThan(0);
  });
});
