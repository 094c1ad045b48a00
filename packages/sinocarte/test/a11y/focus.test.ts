/**
 * Issue 13, item 1: focus never drops to <body>. After the timeline's detail panel closes (its button or
 * Escape) focus goes back to what opened it; after "clear filters" removes itself, focus goes to the search field.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/timeline.js';
import '../../src/park-table.js';
import type { SinoTimeline } from '../../src/timeline/timeline.component.js';
import type { SinoParkTable } from '../../src/park-table/park-table.component.js';
import { deepActive, label, render, shadow, until } from './helpers.js';

const chart = (el: Element) => shadow(el).querySelector<SVGSVGElement>('svg.chart');
const panel = (el: Element) => shadow(el).querySelector<HTMLElement>('.panel');
const renderTimeline = () => render<SinoTimeline>(html`<sino-timeline theme="light"></sino-timeline>`, 'sino-timeline', chart, 1000);

/** Opens the first event from the chart with the keyboard: focus the chart, arrow to an event, Enter. */
async function openFromChart(el: SinoTimeline) {
  chart(el)!.focus();
  await sendKeys({ press: 'ArrowRight' });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  await until(() => panel(el), 'the panel');
}

describe('a11y: focus never drops to <body>', () => {
  it('timeline: closing the panel with its button gives focus back to the chart that opened it', async () => {
    const el = await renderTimeline();
    await openFromChart(el);
    // Keyboard users reach the close button, then press it.
    panel(el)!.querySelector<HTMLButtonElement>('.close')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(label(panel(el)), 'the panel is closed').to.equal('nothing');
    expect(label(document.activeElement), 'focus stays in the element').to.equal('sino-timeline');
    expect(label(deepActive()), 'focus is back on the chart').to.equal(label(chart(el)));
  });

  it('timeline: Escape inside the panel closes it and gives focus back to the list button that opened it', async () => {
    const el = await renderTimeline();
    shadow(el).querySelector<HTMLButtonElement>('.list-toggle')!.click();
    await el.updateComplete;
    const opener = shadow(el).querySelectorAll<HTMLButtonElement>('.list .list-item')[3];
    const id = opener.dataset.id;
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal(id);
    panel(el)!.querySelector<HTMLButtonElement>('.close')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(label(panel(el)), 'Escape closed the panel').to.equal('nothing');
    expect(el.selected).to.equal(null);
    expect(label(deepActive()), 'focus is back on the list button').to.equal(label(shadow(el).querySelector(`.list .list-item[data-id="${id}"]`)));
  });

  it('table: "clear filters" removes itself and leaves focus on the search field', async () => {
    const el = await render<SinoParkTable>(html`<sino-park-table theme="light"></sino-park-table>`, 'sino-park-table', (t) => shadow(t).querySelector('tbody tr'));
    el.query = 'Wuhan';
    await el.updateComplete;
    const clear = shadow(el).querySelector<HTMLButtonElement>('button.clear')!;
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.query).to.equal('');
    expect(label(shadow(el).querySelector('button.clear')), 'the button is gone').to.equal('nothing');
    expect(label(document.activeElement)).to.equal('sino-park-table');
    expect(label(deepActive())).to.equal('input');
    expect(deepActive()?.getAttribute('type')).to.equal('search');
  });
});
