import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../typology.js';
import type { SinoTypology } from '../typology/typology.component.js';

/** Has the page fetched this module? */
const fetched = (path: string) => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(path));

// In a page of its own (a file of its own): the download menu's list and writers arrive on first use (issue 12, weights).
describe('the download menu on a cold page', function () {
  this.timeout(20_000);
  it('draws its button at once, fetches its list when the reader comes to it, and works with the keyboard', async () => {
    const el = await fixture<SinoTypology>(html`<sino-typology lang="fr"></sino-typology>`);
    for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('svg.diagram'); i++) await nextFrame();
    await el.updateComplete;
    const root = el.shadowRoot!;
    const details = root.querySelector<HTMLDetailsElement>('details[part~="download"]')!;
    const summary = details.querySelector('summary')!;
    expect(summary.textContent).to.equal('Télécharger');
    expect(fetched('/internal/download-writers.ts'), 'nothing fetched before the reader comes to the menu').to.equal(false);
    expect(root.querySelector('.download-list')).to.equal(null);

    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open, 'opened by Enter').to.equal(true);
    for (let i = 0; i < 100 && !root.querySelector('.download-item'); i++) await nextFrame();
    expect(fetched('/internal/download-writers.ts')).to.equal(true);
    // The list came with its look: a box over the footer, its items full-width buttons.
    const list = root.querySelector<HTMLElement>('.download-list')!;
    expect(getComputedStyle(list).position).to.equal('absolute');
    expect(getComputedStyle(root.querySelector('.download-item')!).display).to.equal('block');
    expect([...root.querySelectorAll('.download-item')].map((b) => b.getAttribute('data-kind'))).to.deep.equal(['png', 'png2', 'svg', 'csv']);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.getAttribute('data-kind'), 'Tab reaches the first item').to.equal('png');
    await sendKeys({ press: 'Escape' });
    expect(details.open, 'closed by Escape').to.equal(false);
    expect(root.activeElement, 'the focus back on its button').to.equal(summary);

    // Saving the data: one CSV file, and the status line says so.
    const files: string[] = [];
    root.addEventListener('click', (e) => {
      const link = e.target as HTMLAnchorElement;
      if (link.localName === 'a' && link.download) {
        e.preventDefault();
        files.push(link.download);
      }
    }, true);
    await sendKeys({ press: 'Enter' });
    root.querySelector<HTMLButtonElement>('[data-kind="csv"]')!.focus();
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 100 && files.length < 1; i++) await nextFrame();
    await el.updateComplete;
    expect(files).to.have.length(1);
    expect(files[0]).to.match(/\.csv$/);
    expect(root.querySelector('.download-status')!.textContent).to.equal(`${files[0]} téléchargé.`);
    await expect(el).to.be.accessible();
  });

  it('the fullscreen button works from a cold page, by keyboard', async () => {
    const el = await fixture<SinoTypology>(html`<sino-typology lang="fr"></sino-typology>`);
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.fullscreen-button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 50 && button.getAttribute('aria-pressed') !== 'true'; i++) await nextFrame();
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    button.focus();
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 50 && button.getAttribute('aria-pressed') !== 'false'; i++) await nextFrame();
    expect(button.getAttribute('aria-pressed')).to.equal('false');
  });
});
