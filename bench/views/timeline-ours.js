// Our timeline view: <sino-timeline> with the events set as a property; zoom with its "+" / "−" buttons.
import '../../packages/sinocarte/src/timeline.ts';

let el;
window.view = {
  async render(host, { events }) {
    el = document.createElement('sino-timeline');
    el.events = events;
    host.append(el);
    while (!el.shadowRoot?.querySelector('svg.chart')) {
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
    }
    await el.updateComplete;
  },
  async zoom(direction) {
    el.shadowRoot.querySelector(direction > 0 ? '.zoom-in' : '.zoom-out').click();
    await el.updateComplete;
  },
  marks: () => el.shadowRoot.querySelectorAll('.event, .cluster').length,
};
