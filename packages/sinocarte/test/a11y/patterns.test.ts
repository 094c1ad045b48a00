/**
 * Issue 13, beyond the anchors: the choropleth does not rely on colour alone. With `patterns`, each class fills
 * its regions with its own pattern, the legend shows the same one, and under forced colours (or in print, where
 * only the shapes are left) the patterns still differ: each is drawn in the system's two colours.
 */
import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/province-map.js';
import type { SinoProvinceMap } from '../../src/province-map/province-map.component.js';
import { contrast, render, shadow, systemColors } from './helpers.js';

const drawn = (el: Element) => shadow(el).querySelector('svg.map');
/** The id a computed fill points to (`url("#pattern-q2")` → `pattern-q2`), or '' for a plain colour. */
const target = (fill: string) => fill.match(/url\("?#([^")]+)"?\)/)?.[1] ?? '';
/** What a pattern draws over its background, whatever the colours: its shapes. */
const shapes = (pattern: Element) =>
  [...pattern.children]
    .filter((c) => !c.classList.contains('pattern-bg'))
    .map((c) => `${c.localName}${[...c.attributes].filter((a) => a.name !== 'class').map((a) => ` ${a.name}=${a.value}`).join('')}`)
    .join(';') + `@${pattern.getAttribute('width')}`;

/** Every class's region fill, the legend's fills in its order, and the patterns they point to. */
function read(el: SinoProvinceMap) {
  const root = shadow(el);
  const byClass = new Map<string, Set<string>>();
  for (const region of root.querySelectorAll('path.region:not(.nodata)')) {
    const cls = [...region.classList].find((c) => /^(q\d|zero)$/.test(c))!;
    if (!byClass.has(cls)) byClass.set(cls, new Set());
    byClass.get(cls)!.add(target(getComputedStyle(region).fill));
  }
  const legend = [...root.querySelectorAll('.swatches li .swatch:not(.nodata)')].map((swatch) => {
    const rect = swatch.querySelector('.pattern-fill');
    return { cls: [...swatch.classList].find((c) => /^(q\d|zero)$/.test(c))!, fill: rect ? target(getComputedStyle(rect).fill) : '' };
  });
  return { byClass, legend };
}

for (const theme of ['light', 'dark']) {
  describe(`a11y: the map's patterns (${theme})`, () => {
    it('gives each class a distinct pattern, in the regions and the legend alike', async () => {
      const el = await render<SinoProvinceMap>(html`<sino-province-map theme=${theme} lang="en" metric="revenue"></sino-province-map>`, 'sino-province-map', drawn);
      expect(read(el).legend.every((l) => l.fill === ''), 'no pattern by default').to.equal(true);
      el.patterns = true;
      await el.updateComplete;
      expect(el.hasAttribute('patterns'), 'reflected').to.equal(true);
      const { byClass, legend } = read(el);
      expect(byClass.size, 'several classes drawn').to.be.at.least(4);
      const ids = new Map<string, string>();
      for (const [cls, fills] of byClass) {
        expect([...fills], `${cls}: one pattern for the whole class`).to.have.length(1);
        const id = [...fills][0];
        expect(id, `${cls} is filled with a pattern`).to.match(/^pattern-/);
        ids.set(cls, id);
      }
      expect(new Set(ids.values()).size, 'a different pattern per class').to.equal(byClass.size);
      const patterns = [...ids.values()].map((id) => shadow(el).getElementById(id));
      expect(patterns.every((p) => p?.localName === 'pattern'), 'every pattern is defined').to.equal(true);
      expect(new Set(patterns.map((p) => shapes(p!))).size, 'the patterns differ in their shapes, not only their colours').to.equal(patterns.length);
      for (const { cls, fill } of legend) if (ids.has(cls)) expect(fill, `legend of ${cls}`).to.equal(ids.get(cls));
      expect(legend.filter((l) => ids.has(l.cls)).length, 'every class drawn is in the legend').to.equal(byClass.size);
      await expect(el).to.be.accessible();
    });
  });
}

describe('a11y: the map\'s patterns under forced colours', () => {
  before(() => emulateMedia({ forcedColors: 'active', colorScheme: 'dark' }));
  after(() => emulateMedia({ forcedColors: 'none', colorScheme: 'light' }));

  it('draws every pattern in the system colours: shapes alone tell the classes apart', async () => {
    const el = await render<SinoProvinceMap>(html`<sino-province-map theme="light" patterns></sino-province-map>`, 'sino-province-map', drawn);
    const { canvas, canvasText } = systemColors();
    const patterns = [...shadow(el).querySelectorAll('pattern[id^="pattern-"]')];
    expect(patterns.length).to.equal(6);
    for (const p of patterns) {
      expect(getComputedStyle(p.querySelector('.pattern-bg')!).fill, `${p.id} background`).to.equal(canvas);
      for (const ink of p.querySelectorAll('.pattern-ink')) expect(contrast(getComputedStyle(ink).stroke, canvas), `${p.id} ink`).to.be.above(7);
    }
    expect(canvasText).to.not.equal(canvas);
  });
});
