/**
 * Issue 13, beyond the anchors: each element's generated summary (map, table, timeline, typology) is the first
 * thing a screen reader hears, in the reader's language, built from the data shown, and follows the filters
 * and the zoom without being a live region (a change is announced on its own, briefly).
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parks } from '@sinocarte/data/parks';
import { events } from '@sinocarte/data/events';
import { typology } from '@sinocarte/data/typology';
import '../../src/province-map.js';
import '../../src/park-table.js';
import '../../src/timeline.js';
import '../../src/typology.js';
import { axTree, flatten, render, shadow, until } from './helpers.js';

type Drawn = HTMLElement & { updateComplete: Promise<unknown> };

/** The first text a screen reader reaches in an element, and the summary node is no live region. */
async function firstText(el: Element): Promise<string> {
  const texts = flatten(await axTree(el)).filter((n) => n.role === 'StaticText' && n.name.trim());
  const summary = shadow(el).querySelector('.summary');
  expect(summary?.closest('[aria-live], [role=status]'), 'the summary is not a live region').to.equal(null);
  return texts[0]?.name ?? '';
}

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

const hubeiParks = parks.filter((p) => p.provinceId === 'CN-HB').length;
const years = events.map((e) => Number(e.date.slice(0, 4)));
const first = Math.min(...years);
const programmes = typology.programmes.filter((p) => p.positions.objectives).length;

for (const theme of ['light', 'dark']) {
  describe(`a11y: the table's, timeline's and typology's summaries (${theme})`, () => {
    it('table: what it holds, its sort and its filters come first, and follow a filter', async () => {
      const el = await render<Drawn>(html`<sino-park-table theme=${theme} lang="en" sort="-year"></sino-park-table>`, 'sino-park-table', (e) => shadow(e).querySelector('table, .cards'));
      expect(await firstText(el)).to.equal(`Table of ${parks.length} parks. Sorted by Founded, descending.`);
      el.setAttribute('region', 'CN-HB');
      el.setAttribute('query', 'wu');
      await el.updateComplete;
      const text = await firstText(el);
      expect(text).to.match(new RegExp(`^Table of \\d+ parks? of ${parks.length}\\. Sorted by Founded, descending\\. Filters: search “wu”; Region: Hubei\\.$`));
      expect(Number(text.match(/of (\d+) parks? of/)?.[1])).to.be.at.most(hubeiParks);
    });

    it('table (fr): the same summary in French', async () => {
      const el = await render<Drawn>(html`<sino-park-table theme=${theme} lang="fr" region="CN-HB"></sino-park-table>`, 'sino-park-table', (e) => shadow(e).querySelector('table, .cards'));
      expect(await firstText(el)).to.equal(`Tableau de ${hubeiParks} parcs sur ${parks.length}. Filtres : Région : Hubei.`);
    });

    it('timeline: how many events from which year, the categories, then the period shown after a zoom', async () => {
      const el = await render<Drawn>(html`<sino-timeline theme=${theme} lang="fr"></sino-timeline>`, 'sino-timeline', (e) => shadow(e).querySelector('svg.chart'), 1000);
      const text = await firstText(el);
      expect(text).to.match(new RegExp(`^Frise de ${events.length} événements de ${first} à \\d{4}\\. \\d+ catégories, dont [^.]+ \\(\\d+\\), [^.]+ \\(\\d+\\), [^.]+ \\(\\d+\\)\\.`));
      expect(text).to.not.contain('Période affichée');
      shadow(el).querySelector<SVGElement>('svg.chart')!.focus();
      await sendKeys({ press: '+' });
      await el.updateComplete;
      await until(() => shadow(el).querySelector('.summary')?.textContent?.includes('Période affichée'), 'the summary follows the zoom');
      expect(await firstText(el)).to.match(/Période affichée : \d{4} – \d{4}, \d+ événements?\.$/);
    });

    it('timeline (zh): the summary in Chinese', async () => {
      const el = await render<Drawn>(html`<sino-timeline theme=${theme} lang="zh"></sino-timeline>`, 'sino-timeline', (e) => shadow(e).querySelector('svg.chart'), 1000);
      expect(await firstText(el)).to.match(new RegExp(`^大事年表：${first}年至\\d{4}年的${events.length}个事件。\\d+个类别，包括`));
    });

    it('typology: how many programmes, what the axes go from and to, the commonest type', async () => {
      const el = await render<Drawn>(html`<sino-typology theme=${theme} lang="en"></sino-typology>`, 'sino-typology', (e) => shadow(e).querySelector('svg.diagram'));
      const text = await firstText(el);
      expect(text).to.match(new RegExp(`^Typology of ${programmes} programmes on two axes\\. Horizontal axis[^:]*: from “[^”]+” to “[^”]+”\\. Vertical axis[^:]*: from “[^”]+” to “[^”]+”\\.`));
      expect(text).to.match(/Most frequent types?: .+ \(\d+( each)?\)\.$/);
    });
  });
}
