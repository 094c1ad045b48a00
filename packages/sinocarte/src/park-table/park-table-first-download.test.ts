import { expect, fixture, html } from '@open-wc/testing';
import '../park-table.js';
import type { SinoParkTable } from './park-table.component.js';

/** Has the page fetched this module of src/internal/ (`download` → internal/download.ts)? */
const fetched = (name: string) => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(`/internal/${name}.ts`));

// In a page of its own (a file of its own): what a page with one table downloads (issue 12, weights).
describe('sino-park-table: what its page downloads', () => {
  it('does not download the download menu of the other elements, and still saves its CSV', async () => {
    const el = await fixture<SinoParkTable>(html`<sino-park-table lang="fr"></sino-park-table>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length, 'the table is drawn').to.be.greaterThan(0);
    expect(fetched('download'), 'internal/download.ts').to.equal(false);
    expect(fetched('download-writers'), 'internal/download-writers.ts').to.equal(false);

    let saved = '';
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved = this.download;
    };
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.download')!.click();
      for (let i = 0; i < 200 && !saved; i++) await new Promise((r) => setTimeout(r, 10));
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved, 'the CSV is saved').to.equal('sinocarte-parks.csv');
  });
});
