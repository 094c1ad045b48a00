// Our map view: <sino-province-map> (parks metric, default ramp). Without points (`?n=0`) park points are off, to
// draw what ECharts' map series draws; with 53 the element's default (the bundled parks, points on); with more,
// the generated points set as `parks`.
import '../../packages/sinocarte/src/province-map.ts';

window.view = {
  async render(host, { points }) {
    const el = document.createElement('sino-province-map');
    if (!points) el.setAttribute('show-parks', 'false');
    else if (points.length !== 53) el.parks = points;
    host.append(el);
    // The map is drawn once the element knows its size (ResizeObserver), i.e. on its second update.
    while (!el.shadowRoot?.querySelector('path.region[d^="M"]')) {
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 0));
    }
    await el.updateComplete;
    return el.shadowRoot.querySelectorAll('path.region').length;
  },
  /** A point inside the region, in client coordinates, with nothing but the region within 6 px (no park point). */
  pointIn(id) {
    const el = document.querySelector('sino-province-map');
    const path = el.shadowRoot.querySelector(`path.region[data-id="${id}"]`);
    const box = path.getBBox();
    const svg = path.ownerSVGElement;
    for (let step = 0; step < 400; step++) {
      // Centre first, then a spiral outwards.
      const a = step * 0.7, r = step * 0.25;
      const p = svg.createSVGPoint();
      p.x = box.x + box.width / 2 + r * Math.cos(a);
      p.y = box.y + box.height / 2 + r * Math.sin(a);
      if (path.isPointInFill(p)) {
        const m = path.getScreenCTM();
        const x = p.x * m.a + p.y * m.c + m.e, y = p.x * m.b + p.y * m.d + m.f;
        const clear = [[0, 0], [6, 0], [-6, 0], [0, 6], [0, -6]].every(([dx, dy]) => el.shadowRoot.elementFromPoint(x + dx, y + dy) === path);
        if (clear) return { x, y };
      }
    }
    throw new Error('no point inside ' + id);
  },
  tooltipShows(name) {
    const tip = document.querySelector('sino-province-map').shadowRoot.querySelector('.tooltip');
    return !!tip && !tip.hidden && tip.querySelector('.tooltip-title')?.textContent === name;
  },
  /** Park points drawn (circles, or the canvas's dots, counted in the downloaded SVG's points path). */
  async points() {
    const el = document.querySelector('sino-province-map');
    const circles = el.shadowRoot.querySelectorAll('circle.park').length;
    if (!el.shadowRoot.querySelector('canvas.park-canvas')) return circles;
    const dots = (await el.toSVG()).match(/h0/g)?.length ?? 0;
    return dots / 2;
  },
  roots: () => [document.querySelector('sino-province-map').shadowRoot],
};
