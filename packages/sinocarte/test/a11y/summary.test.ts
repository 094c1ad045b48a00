/**
 * Issue 13, beyond the anchors: the map's generated summary is the first thing a screen reader hears, in the
 * reader's language, built from the data shown.
 */
import { expect, html } from '@open-wc/testing';
import { parks } from '@sinocarte/data/parks';
import '../../src/province-map.js';
import { axTree, flatten, render, shadow } from './helpers.js';

const counts = new Map<string, number>();
for (const p of parks) counts.set(p.provinceId, (counts.get(p.provinceId) ?? 0) + 1);
const top = Math.max(...counts.values());

for (const theme of ['light', 'dark']) {
  describe(`a11y: the map's summary (${theme})`, () => {
    for (const [lang, intro, unit] of [
      ['en', /^Map of 34 regions: TORCH hi-tech parks[^.]*\. Highest: /, 'parks'],
      ['fr', /^Carte de 34 régions : Parcs technologiques TORCH[^.]*\. Valeur la plus haute : /, 'parcs'],
    ] as const) {
      it(`is the first text on the accessibility tree (${lang})`, async () => {
        const el = await render(html`<sino-province-map theme=${theme} lang=${lang}></sino-province-map>`, 'sino-province-map', (e) => shadow(e).querySelector('svg.map'));
        const texts = flatten(await axTree(el)).filter((n) => n.role === 'StaticText' && n.name.trim());
        const first = texts[0]?.name ?? '';
        expect(first).to.match(intro);
        expect(first).to.contain(`${top} ${unit}`);
        expect(first).to.contain('Guangdong');
        expect(first, 'Hong Kong, Macao and Taiwan have no data').to.match(/3 (regions without data|régions sans donnée)/);
      });
    }
  });
}
