// The atlas page: <sino-atlas> alone (no peer draws the four linked views), timed with the CPU throttled (run.mjs).
// "Drawn" is the map's regions in the atlas's map panel and every view's pending update done.
import '../../packages/sinocarte/src/atlas.ts';

const VIEWS = 'sino-province-map, sino-typology, sino-timeline, sino-park-table';

window.view = {
  async render(host) {
    const atlas = document.createElement('sino-atlas');
    atlas.setAttribute('lang', 'en');
    host.append(atlas);
    await atlas.updateComplete;
    const map = () => atlas.shadowRoot?.querySelector('sino-province-map');
    while (!map()?.shadowRoot?.querySelector('path.region[d^="M"]')) await new Promise((r) => setTimeout(r, 0));
    const views = [...atlas.shadowRoot.querySelectorAll(VIEWS)];
    await Promise.all(views.map((v) => v.updateComplete));
    return views.length;
  },
};
