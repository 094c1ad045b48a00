import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../typology.js';
import type { SinoTypology } from './typology.component.js';

/** Has the page fetched this module (`typology/typology-types.ts`, `base/typology-types.js`)? */
const fetched = (path: string) => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(path));
const stepHeights = (el: SinoTypology, row: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`.stair-row[data-id="${row}"] .step`)].map((s) => s.getBoundingClientRect().height);

// In a page of its own (a file of its own): what a page with one typology downloads (issue 12, weights).
describe('sino-typology: what its page downloads', () => {
  it('draws its plane without the types view, which arrives, styled, when the reader asks for it', async () => {
    const el = await fixture<SinoTypology>(html`<sino-typology lang="fr"></sino-typology>`);
    for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('svg.diagram'); i++) await nextFrame();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.point').length, 'the plane is drawn').to.be.greaterThan(0);
    expect(fetched('/typology/typology-types.ts'), 'the types view').to.equal(false);
    expect(fetched('/base/typology-types.js'), 'its records').to.equal(false);

    el.shadowRoot!.querySelector<HTMLButtonElement>('.switch[data-view="types"]')!.click();
    await el.updateComplete;
    expect(fetched('/typology/typology-types.ts')).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('.card')).to.have.length(6);
    // Its styles came with it: the cards sit in a grid, later phases stand higher.
    expect(getComputedStyle(el.shadowRoot!.querySelector('.cards')!).display).to.equal('grid');
    const heights = stepHeights(el, 'burkina-faso');
    expect(heights[heights.length - 1]).to.be.greaterThan(heights[0]);
    expect(el.shadowRoot!.querySelector('.frame-source')!.textContent, 'its source line').to.match(/\S/);
  });

  it('a typology made once the types view has arrived opens on it, styled', async () => {
    const el = await fixture<SinoTypology>(html`<sino-typology view="types"></sino-typology>`);
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('.cards')!).display).to.equal('grid');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.step.reached')!).boxShadow).to.not.equal('none');
  });
});
