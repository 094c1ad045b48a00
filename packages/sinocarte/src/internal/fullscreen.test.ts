import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../province-map.js';
import '../park-table.js';
import '../timeline.js';
import '../typology.js';
import '../atlas.js';

/** The fullscreen button every element has under its view (internal/fullscreen.ts, drawn by the frame). */

const TAGS = ['sino-province-map', 'sino-park-table', 'sino-timeline', 'sino-typology', 'sino-atlas'] as const;
type Sino = HTMLElement & { updateComplete: Promise<unknown> };

async function render(tag: string, lang = 'fr'): Promise<Sino> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
  const el = document.createElement(tag) as Sino;
  el.setAttribute('lang', lang);
  wrapper.append(el);
  await el.updateComplete;
  await nextFrame();
  return el;
}

const buttonOf = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="fullscreen-button"]')!;

async function settle(el: Sino) {
  await el.updateComplete;
  await nextFrame();
}

describe('fullscreen button (every element)', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: falls back to a full-viewport host when the API is refused, and the button or Escape leave it`, async () => {
      const el = await render(tag);
      const button = buttonOf(el);
      expect(button, 'a fullscreen button').to.not.equal(null);
      expect(button.textContent!.trim()).to.equal('Plein écran');
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      const before = el.getBoundingClientRect();
      expect(before.width).to.be.lessThan(window.innerWidth);

      let asked = 0;
      el.requestFullscreen = () => {
        asked++;
        return Promise.reject(new TypeError('Permissions check failed'));
      };
      button.click();
      await new Promise((r) => setTimeout(r, 0));
      await settle(el);
      expect(asked, 'the Fullscreen API was tried first').to.equal(1);
      const box = el.getBoundingClientRect();
      expect([box.left, box.top, box.width, box.height]).to.deep.equal([0, 0, window.innerWidth, window.innerHeight]);
      expect(getComputedStyle(el).position).to.equal('fixed');
      expect(buttonOf(el).getAttribute('aria-pressed')).to.equal('true');
      expect(buttonOf(el).textContent!.trim()).to.equal('Quitter le plein écran');

      buttonOf(el).focus();
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(getComputedStyle(el).position).to.not.equal('fixed');
      expect(el.getBoundingClientRect().width).to.equal(before.width);
      expect(buttonOf(el).getAttribute('aria-pressed')).to.equal('false');

      buttonOf(el).click();
      await new Promise((r) => setTimeout(r, 0));
      await settle(el);
      expect(getComputedStyle(el).position).to.equal('fixed');
      buttonOf(el).click();
      await settle(el);
      expect(getComputedStyle(el).position).to.not.equal('fixed');
      expect(buttonOf(el).textContent!.trim()).to.equal('Plein écran');
    });
  }

  it('uses the Fullscreen API when the browser grants it, and follows the browser leaving it', async () => {
    const el = await render('sino-province-map', 'en');
    expect(buttonOf(el).textContent!.trim()).to.equal('Full screen');
    // A button press is a user gesture: the browser grants fullscreen to the element itself.
    buttonOf(el).focus();
    const entered = oneEvent(document, 'fullscreenchange');
    await sendKeys({ press: 'Enter' });
    await entered;
    await settle(el);
    expect(document.fullscreenElement).to.equal(el);
    expect(el.classList.contains('sino-fullscreen'), 'no fallback class with the API').to.equal(false);
    expect(buttonOf(el).getAttribute('aria-pressed')).to.equal('true');
    expect(buttonOf(el).textContent!.trim()).to.equal('Exit full screen');
    const left = oneEvent(document, 'fullscreenchange');
    await document.exitFullscreen();
    await left;
    await settle(el);
    expect(buttonOf(el).getAttribute('aria-pressed')).to.equal('false');
    expect(buttonOf(el).textContent!.trim()).to.equal('Full screen');
  });

  it('is translated into Chinese', async () => {
    const el = await render('sino-typology', 'zh');
    expect(buttonOf(el).textContent!.trim()).to.equal('全屏');
  });
});

describe('Escape and outside clicks close one thing at a time (internal/dismiss.ts)', () => {
  it('in a fallback full screen, Escape first closes the open download menu, then leaves the full screen', async () => {
    const el = await render('sino-province-map');
    for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('path.region'); i++) await nextFrame();
    el.requestFullscreen = () => Promise.reject(new TypeError('refused'));
    buttonOf(el).click();
    await new Promise((r) => setTimeout(r, 0));
    await settle(el);
    expect(el.classList.contains('sino-fullscreen'), 'fallback').to.equal(true);
    const menu = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.download-menu')!;
    menu.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(menu.open, 'menu open').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect([menu.open, el.classList.contains('sino-fullscreen')], 'first Escape: the menu only').to.deep.equal([false, true]);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.classList.contains('sino-fullscreen'), 'second Escape: the full screen').to.equal(false);
  });

  it('a press outside the open download menu closes it; a press inside does not', async () => {
    const el = await render('sino-province-map');
    for (let i = 0; i < 60 && !el.shadowRoot!.querySelector('path.region'); i++) await nextFrame();
    const menu = el.shadowRoot!.querySelector<HTMLDetailsElement>('details.download-menu')!;
    menu.querySelector('summary')!.click();
    await settle(el);
    expect(menu.open).to.equal(true);
    // Its list arrives with the writers the first time the menu opens.
    for (let i = 0; i < 100 && !menu.querySelector('.download-list'); i++) await nextFrame();
    const press = (target: Element) => target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    press(menu.querySelector('.download-list')!);
    await settle(el);
    expect(menu.open, 'inside').to.equal(true);
    press(document.body);
    await settle(el);
    expect(menu.open, 'outside').to.equal(false);
  });
});
