import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { events } from '@sinocarte/data/events';
import '../timeline.js';
import { textLoaders } from './data-texts.js';
import { commonMessages } from '../i18n/common.js';

/**
 * The records' English texts cannot be downloaded (a network failure): the element draws in French, marks the
 * French text with its `lang`, says so in a note and with `sino-error`, and its next update tries again. This
 * file runs in a page of its own, where no English table has been fetched before.
 */
type Sino = HTMLElement & { updateComplete: Promise<boolean>; lang: string; selected: string | null; heading: string };

const recognition = events.find((e) => e.id === 'ev-1964-recognition')!;
const panelTitle = (el: Sino) => el.shadowRoot!.querySelector('.panel-title');

describe('data texts that cannot be downloaded', function () {
  this.timeout(20_000);

  it('draws French with a note and sino-error, then English once a later download succeeds', async () => {
    const load = textLoaders.en!;
    let offline = true;
    textLoaders.en = (dataset) => (offline ? Promise.reject(new Error('offline')) : load(dataset));
    try {
      const errors: string[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div @sino-error=${(e: CustomEvent<{ code: string }>) => errors.push(e.detail.code)}></div>`);
      const el = document.createElement('sino-timeline') as Sino;
      el.lang = 'en';
      el.selected = recognition.id;
      wrapper.append(el);
      for (let i = 0; i < 50 && !panelTitle(el); i++) await nextFrame();
      await el.updateComplete;
      expect(errors).to.include('load-failed');
      const note = el.shadowRoot!.querySelector('[part~="message"]')?.textContent ?? '';
      expect(note).to.contain(commonMessages.en.dataLoadFailed.split('{error}')[0]).and.contain('offline');
      expect(panelTitle(el)!.textContent).to.contain(recognition.title.fr);
      expect(panelTitle(el)!.getAttribute('lang'), 'French on an English page is marked').to.equal('fr');

      offline = false;
      el.heading = 'Again';
      await el.updateComplete;
      expect(panelTitle(el)!.textContent).to.contain(recognition.title.en);
      expect(panelTitle(el)!.hasAttribute('lang')).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part~="message"]')?.textContent ?? '').not.to.contain('offline');
    } finally {
      textLoaders.en = load;
    }
  });
});
