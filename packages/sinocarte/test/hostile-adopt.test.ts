import { expect } from '@open-wc/testing';
import '../src/index.js';
import { until } from './fixtures/hostile-helpers.js';
import type { SinoElement } from '../src/internal/sino-element.js';

/**
 * Issue 15, "lifecycle": an element moved into another document (`adoptNode` into a same-origin iframe, as a
 * page builder or a print preview does) keeps its styles and keeps following its size.
 */

const SETUPS: [string, (el: Element) => number][] = [
  ['sino-province-map', (el) => el.shadowRoot!.querySelectorAll('path.region').length],
  ['sino-park-table', (el) => el.shadowRoot!.querySelectorAll('tbody tr[data-row]').length],
  ['sino-timeline', (el) => el.shadowRoot!.querySelectorAll('rect.event, g.cluster').length],
  ['sino-typology', (el) => el.shadowRoot!.querySelectorAll('g.point').length],
];

/** What each element draws at its size (measured by its ResizeObserver): the width of its drawing, or its layout. */
const DRAWN_SIZE: [string, (el: Element) => string | null][] = [
  ['sino-province-map', (el) => el.shadowRoot!.querySelector('svg[viewBox]')?.getAttribute('viewBox') ?? null],
  ['sino-park-table', (el) => (el.shadowRoot!.querySelector('[part~="cards"], .cards') ? 'cards' : 'table')],
  ['sino-timeline', (el) => el.shadowRoot!.querySelector('svg[viewBox]')?.getAttribute('viewBox') ?? null],
  ['sino-typology', (el) => el.shadowRoot!.querySelector('svg[part="diagram"], svg[viewBox]')?.getAttribute('viewBox') ?? null],
];

describe('hostile host: an element adopted into another document', function () {
  this.timeout(20_000);

  for (const [tag, drawn] of SETUPS) {
    it(`<${tag}> moved into an iframe keeps its styles, its width and its drawing`, async () => {
      const frame = document.createElement('iframe');
      frame.width = '700';
      frame.height = '900';
      document.body.append(frame);
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      frame.contentWindow!.addEventListener('error', onError);
      const el = document.createElement(tag) as SinoElement;
      document.body.append(el);
      try {
        await until(() => drawn(el) > 0, 'drawn in the first document');
        const sheets = el.shadowRoot!.adoptedStyleSheets.length;
        expect(sheets, 'styled in the first document').to.be.greaterThan(0);
        const doc = frame.contentDocument!;
        doc.body.append(doc.adoptNode(el));
        await until(() => el.shadowRoot!.adoptedStyleSheets.length === sheets, 'the styles re-adopted', 3000).catch(() => undefined);
        expect(el.shadowRoot!.adoptedStyleSheets.length, 'style sheets after the move').to.equal(sheets);
        // Styled: a block as wide as the iframe's body, not an unstyled sprawl.
        await until(() => drawn(el) > 0, 'drawn in the new document');
        const width = el.getBoundingClientRect().width;
        expect(width, 'width in the iframe').to.be.within(100, 700);
        expect(el.shadowRoot!.querySelector('.base, [part]'), 'still drawn').not.to.equal(null);
        // It follows its new size: narrower iframe, narrower drawing.
        frame.width = '420';
        await until(() => el.getBoundingClientRect().width < width - 100, 'the element narrows with its iframe', 3000);
        await new Promise((r) => setTimeout(r, 100));
        expect(errors, 'errors').to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        el.remove();
        frame.remove();
      }
    });
  }
  for (const [tag, drawnSize] of DRAWN_SIZE) {
    it(`<${tag}> adopted into an iframe keeps observing its size there: its drawing follows the iframe, without errors`, async () => {
      const frame = document.createElement('iframe');
      frame.width = '900';
      frame.height = '900';
      document.body.append(frame);
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      frame.contentWindow!.addEventListener('error', onError);
      const el = document.createElement(tag) as SinoElement;
      document.body.append(el);
      try {
        await until(() => drawnSize(el), 'drawn in the first document');
        const doc = frame.contentDocument!;
        doc.body.append(doc.adoptNode(el));
        const before = await until(() => drawnSize(el), 'drawn in the iframe');
        frame.width = '400';
        await until(() => drawnSize(el) !== before && drawnSize(el), `the drawing follows the narrower iframe (was ${before})`, 4000);
        await new Promise((r) => setTimeout(r, 200));
        expect(errors, 'errors (a "ResizeObserver loop" among them)').to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        el.remove();
        frame.remove();
      }
    });
  }
});
