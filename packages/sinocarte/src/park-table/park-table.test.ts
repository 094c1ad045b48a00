import { expect, fixture, html, oneEvent, nextFrame, aTimeout } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { parks } from '@sinocarte/data/parks';
import { partnerships } from '@sinocarte/data/partnerships';
import { offices } from '@sinocarte/data/offices';
import { regions } from '@sinocarte/data/regions';
import { sectors } from '@sinocarte/data/sectors';
import '../park-table.js';
import { presets, type SinoParkTable, type TableColumn } from './park-table.component.js';
import type { SinoErrorDetail, SinoFilterDetail, SinoSelectDetail } from '../internal/events.js';

const shadow = (el: Element) => el.shadowRoot!;
const bodyRows = (el: SinoParkTable) => [...shadow(el).querySelectorAll<HTMLTableRowElement>('tbody tr[data-row]')];
const rowNames = (el: SinoParkTable) => bodyRows(el).map((tr) => tr.querySelector('th[scope="row"]')!.textContent!.trim());
const headers = (el: SinoParkTable) => [...shadow(el).querySelectorAll<HTMLTableCellElement>('thead th')];
const header = (el: SinoParkTable, label: string) => headers(el).find((th) => th.textContent!.trim().startsWith(label))!;
const columnIndex = (el: SinoParkTable, label: string) => headers(el).indexOf(header(el, label));
const cellTexts = (el: SinoParkTable, label: string) => {
  const i = columnIndex(el, label);
  return bodyRows(el).map((tr) => tr.cells[i].textContent!.replace(/\s+/g, ' ').trim());
};
const count = (el: SinoParkTable) => shadow(el).querySelector('.count')!.textContent!.trim();
const problems = (el: SinoParkTable) => shadow(el).querySelector('.problems')!.textContent!;
const regionName = (id: string, lang: 'fr' | 'en' | 'zh' = 'fr') => regions.find((r) => r.id === id)!.name[lang];

/** Renders a table in a container of a given width (wide enough for the table layout by default). */
async function renderTable(template = html`<sino-park-table></sino-park-table>`, width = 1200): Promise<SinoParkTable> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = wrapper.querySelector('sino-park-table')!;
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
  return el;
}

async function clickHeader(el: SinoParkTable, label: string, shiftKey = false) {
  const button = header(el, label).querySelector('button')!;
  button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, shiftKey }));
  await el.updateComplete;
}

describe('<sino-park-table>', () => {
  describe('the parks', () => {
    it('shows the 53 TORCH parks with name, region, city, year, area, revenue, sectors and website', async () => {
      const el = await renderTable();
      expect(bodyRows(el)).to.have.length(53);
      expect(headers(el).map((th) => th.textContent!.trim())).to.deep.equal([
        'Parc',
        'Région',
        'Ville',
        'Création',
        'Superficie (km²)',
        'Chiffre d’affaires (Md ¥)',
        'Secteurs',
        'Site web (2004)',
      ]);
      expect(shadow(el).querySelector('caption')!.textContent).to.contain('TORCH');
      for (const th of headers(el)) expect(th.getAttribute('scope')).to.equal('col');
      expect(bodyRows(el)[0].querySelector('th')!.getAttribute('scope')).to.equal('row');
      // Data order by default: the first park of the data package, its region by name, its facts.
      const first = parks[0];
      expect(rowNames(el)[0]).to.equal(first.name);
      expect(cellTexts(el, 'Région')[0]).to.equal(regionName(first.provinceId));
      expect(cellTexts(el, 'Ville')[0]).to.equal(first.city);
      expect(cellTexts(el, 'Création')[0]).to.equal(String(first.year));
      expect(count(el)).to.equal('53 parcs');
    });

    it('notes the revenue year only when it is not 2002, in the French number format', async () => {
      const el = await renderTable();
      const revenue = cellTexts(el, 'Chiffre');
      parks.forEach((p, i) => {
        if (!p.revenue) return;
        const shown = revenue[i];
        expect(shown.startsWith(new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(p.revenue.value)), p.id).to.equal(true);
        if (p.revenue.year === 2002) expect(shown, p.id).to.not.contain('(');
        else expect(shown, p.id).to.contain(`(${p.revenue.year})`);
      });
      expect(parks.some((p) => p.revenue && p.revenue.year !== 2002), 'the data has other years').to.equal(true);
    });

    it('reads "n.d." (fr) or "n/a" (en) for missing values, never 0 or undefined', async () => {
      const el = await renderTable();
      const missingArea = parks.findIndex((p) => p.areaKm2 === null);
      const missingRevenue = parks.findIndex((p) => p.revenue === null);
      expect(cellTexts(el, 'Superficie')[missingArea]).to.contain('n.d.');
      expect(cellTexts(el, 'Chiffre')[missingRevenue]).to.contain('n.d.');
      const all = bodyRows(el).map((tr) => tr.textContent!).join(' ');
      expect(all).to.not.match(/undefined|NaN|null/);
      el.lang = 'en';
      await el.updateComplete;
      expect(cellTexts(el, 'Area')[missingArea]).to.contain('n/a');
      expect(cellTexts(el, 'Revenue')[missingRevenue]).to.contain('n/a');
    });

    it('shows sectors as chips labelled from @sinocarte/data/sectors', async () => {
      const el = await renderTable(html`<sino-park-table lang="en"></sino-park-table>`);
      const i = columnIndex(el, 'Sectors');
      const withSectors = parks.findIndex((p) => p.sectors && p.sectors.codes.length > 1);
      const chips = [...bodyRows(el)[withSectors].cells[i].querySelectorAll('.chip')].map((c) => c.textContent!.trim());
      expect(chips).to.deep.equal(parks[withSectors].sectors!.codes.map((code) => sectors.find((s) => s.id === code)!.label.en));
    });

    it('links websites over http(s) only, with rel="noopener noreferrer", marked as historical', async () => {
      const el = await renderTable();
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('tbody a')];
      expect(links).to.have.length(parks.filter((p) => p.url).length);
      for (const a of links) {
        expect(a.protocol).to.match(/^https?:$/);
        expect(a.rel).to.equal('noopener noreferrer');
        expect(a.target).to.equal('_blank');
        expect(a.parentElement!.querySelector('.historical'), 'historical mark').to.not.equal(null);
      }
    });
  });

  describe('sorting', () => {
    it('sorts on click, flips on a second click, and keeps aria-sort right', async () => {
      const el = await renderTable();
      await clickHeader(el, 'Création');
      expect(header(el, 'Création').getAttribute('aria-sort')).to.equal('ascending');
      expect(el.sort).to.equal('year');
      const years = cellTexts(el, 'Création').map(Number);
      expect(years).to.deep.equal([...years].sort((a, b) => a - b));
      await clickHeader(el, 'Création');
      expect(header(el, 'Création').getAttribute('aria-sort')).to.equal('descending');
      expect(cellTexts(el, 'Création').map(Number)).to.deep.equal([...years].sort((a, b) => b - a));
      await clickHeader(el, 'Parc');
      expect(header(el, 'Création').hasAttribute('aria-sort')).to.equal(false);
      expect(header(el, 'Parc').getAttribute('aria-sort')).to.equal('ascending');
    });

    it('puts missing values last, whatever the direction', async () => {
      const el = await renderTable();
      const missing = parks.filter((p) => p.revenue === null).length;
      expect(missing).to.be.greaterThan(0);
      for (const direction of ['ascending', 'descending']) {
        await clickHeader(el, 'Chiffre');
        expect(header(el, 'Chiffre').getAttribute('aria-sort')).to.equal(direction);
        const shown = cellTexts(el, 'Chiffre');
        expect(shown.slice(-missing).every((t) => t.includes('n.d.')), direction).to.equal(true);
        const values = shown.slice(0, -missing).map((t) => Number(t.split(' ')[0].replace(/\s/g, '').replace(',', '.')));
        expect(values.every((v) => Number.isFinite(v))).to.equal(true);
        expect(values).to.deep.equal([...values].sort((a, b) => (direction === 'ascending' ? a - b : b - a)));
      }
    });

    it('sorts with Enter and Space on the header', async () => {
      const el = await renderTable();
      header(el, 'Superficie').querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(header(el, 'Superficie').getAttribute('aria-sort')).to.equal('ascending');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await aTimeout(0);
      expect(header(el, 'Superficie').getAttribute('aria-sort')).to.equal('descending');
    });

    it('adds a second key with Shift (click or Enter); aria-sort stays on the first', async () => {
      const el = await renderTable();
      await clickHeader(el, 'Région');
      await clickHeader(el, 'Création', true);
      expect(el.sort).to.equal('provinceId,year');
      expect(header(el, 'Région').getAttribute('aria-sort')).to.equal('ascending');
      expect(header(el, 'Création').hasAttribute('aria-sort')).to.equal(false);
      expect(header(el, 'Création').textContent).to.contain('tri secondaire');
      const regionsShown = cellTexts(el, 'Région');
      const years = cellTexts(el, 'Création').map(Number);
      for (let i = 1; i < years.length; i++) if (regionsShown[i] === regionsShown[i - 1]) expect(years[i]).to.be.at.least(years[i - 1]);
      header(el, 'Création').querySelector('button')!.focus();
      await sendKeys({ press: 'Shift+Enter' });
      await el.updateComplete;
      expect(el.sort).to.equal('provinceId,-year');
    });

    it('collates with the current language: region names in French and in Chinese (pinyin)', async () => {
      for (const lang of ['fr', 'zh'] as const) {
        const el = await renderTable(html`<sino-park-table lang=${lang} sort="provinceId"></sino-park-table>`);
        const label = lang === 'fr' ? 'Région' : '地区';
        const shown = cellTexts(el, label);
        const expected = parks.map((p) => regionName(p.provinceId, lang)).sort(new Intl.Collator(lang === 'zh' ? 'zh-u-co-pinyin' : lang).compare);
        expect(shown, lang).to.deep.equal(expected);
      }
    });
  });

  describe('filters', () => {
    it('searches ignoring accents, case and punctuation: "xian" finds Xi’an, "pekin" finds Pékin', async () => {
      const el = await renderTable();
      const search = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
      search.focus();
      const filtered = oneEvent(el, 'sino-filter');
      await sendKeys({ type: 'xian' });
      const detail = ((await filtered) as CustomEvent<SinoFilterDetail>).detail;
      await el.updateComplete;
      const xian = parks.find((p) => p.city.replace(/\W/g, '').toLowerCase() === 'xian')!;
      expect(xian, 'the data has Xi’an').to.not.equal(undefined);
      expect(rowNames(el)).to.include(xian.name);
      expect(el.query).to.contain('x');
      expect(detail.filters).to.have.property('query');
      el.query = 'PÉKIN';
      await el.updateComplete;
      expect(cellTexts(el, 'Région').every((r) => r === 'Pékin')).to.equal(true);
      expect(bodyRows(el).length).to.equal(parks.filter((p) => p.provinceId === 'CN-BJ').length);
      el.query = 'pekin';
      await el.updateComplete;
      expect(bodyRows(el).length).to.equal(parks.filter((p) => p.provinceId === 'CN-BJ').length);
    });

    it('takes filters from attributes: region, sector, years — and says how many rows remain', async () => {
      const inGuangdong = parks.filter((p) => p.provinceId === 'CN-GD').length;
      const el = await renderTable(html`<sino-park-table region="CN-GD"></sino-park-table>`);
      expect(bodyRows(el)).to.have.length(inGuangdong);
      expect(count(el)).to.equal(`${inGuangdong} parcs sur 53`);
      expect(shadow(el).querySelector('.count')!.getAttribute('role')).to.equal('status');

      el.removeAttribute('region');
      el.setAttribute('sector', 'ict');
      await el.updateComplete;
      expect(bodyRows(el)).to.have.length(parks.filter((p) => p.sectors?.codes.includes('ict')).length);

      el.removeAttribute('sector');
      el.setAttribute('years', '1988-1991');
      await el.updateComplete;
      const early = parks.filter((p) => p.year >= 1988 && p.year <= 1991);
      expect(bodyRows(el)).to.have.length(early.length);
      expect(cellTexts(el, 'Création').every((y) => +y >= 1988 && +y <= 1991)).to.equal(true);

      el.setAttribute('region', 'CN-GD');
      await el.updateComplete;
      expect(bodyRows(el)).to.have.length(early.filter((p) => p.provinceId === 'CN-GD').length);
      expect(problems(el).trim()).to.equal('');
    });

    it('fires sino-filter with the active filters and the visible count on every change', async () => {
      const el = await renderTable();
      let event = oneEvent(el, 'sino-filter');
      el.region = 'CN-GD';
      let detail = ((await event) as CustomEvent<SinoFilterDetail>).detail;
      expect(detail).to.deep.equal({ filters: { region: 'CN-GD' }, count: parks.filter((p) => p.provinceId === 'CN-GD').length });
      event = oneEvent(el, 'sino-filter');
      el.years = '1990-';
      detail = ((await event) as CustomEvent<SinoFilterDetail>).detail;
      expect(detail.filters).to.deep.equal({ region: 'CN-GD', years: '1990-' });
      expect(detail.count).to.equal(parks.filter((p) => p.provinceId === 'CN-GD' && p.year >= 1990).length);
    });

    it('filters from its own controls: region menu, year fields, clear button', async () => {
      const el = await renderTable();
      const select = shadow(el).querySelector<HTMLSelectElement>('.filters select')!;
      select.value = 'CN-JS';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.region).to.equal('CN-JS');
      expect(el.getAttribute('region')).to.equal('CN-JS');
      expect(bodyRows(el)).to.have.length(parks.filter((p) => p.provinceId === 'CN-JS').length);
      const from = shadow(el).querySelector<HTMLInputElement>('.year-from')!;
      from.value = '1992';
      from.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.years).to.equal('1992-');
      shadow(el).querySelector<HTMLButtonElement>('.clear')!.click();
      await el.updateComplete;
      expect(bodyRows(el)).to.have.length(53);
      expect(count(el)).to.equal('53 parcs');
    });
  });

  describe('selection', () => {
    it('fires sino-select { kind: "park", id } on click and reflects it in `selected`', async () => {
      const el = await renderTable();
      const event = oneEvent(el, 'sino-select');
      bodyRows(el)[2].cells[2].click();
      const { detail } = (await event) as CustomEvent<SinoSelectDetail>;
      expect(detail).to.deep.equal({ kind: 'park', id: parks[2].id });
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal(parks[2].id);
      expect(bodyRows(el)[2].querySelector('.row-select')!.getAttribute('aria-pressed')).to.equal('true');
    });

    it('works with the keyboard alone: arrows move, Enter selects, Escape clears', async () => {
      const el = await renderTable();
      const first = shadow(el).querySelector<HTMLButtonElement>('.row-select[tabindex="0"]')!;
      first.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const event = oneEvent(el, 'sino-select');
      await sendKeys({ press: 'Enter' });
      expect(((await event) as CustomEvent<SinoSelectDetail>).detail.id).to.equal(parks[2].id);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(shadow(el).activeElement!.textContent!.trim()).to.equal(parks[52].name);
      const cleared = oneEvent(el, 'sino-select');
      await sendKeys({ press: 'Escape' });
      expect(((await cleared) as CustomEvent<SinoSelectDetail>).detail.id).to.equal(null);
      // Only one row is a tab stop.
      expect(shadow(el).querySelectorAll('.row-select[tabindex="0"]')).to.have.length(1);
    });
  });

  describe('presets and columns', () => {
    it('shows the partnerships with `columns = presets.partnerships`, `rows = partnerships`; kind follows', async () => {
      const el = await renderTable(html`<sino-park-table .columns=${presets.partnerships} .rows=${partnerships}></sino-park-table>`);
      expect(bodyRows(el)).to.have.length(partnerships.length);
      expect(count(el)).to.equal(`${partnerships.length} partenariats`);
      expect(cellTexts(el, 'Région')[0]).to.equal(partnerships[0].chinese.provinceId ? regionName(partnerships[0].chinese.provinceId) : 'n.d.non disponible');
      const event = oneEvent(el, 'sino-select');
      bodyRows(el)[0].cells[1].click();
      expect(((await event) as CustomEvent<SinoSelectDetail>).detail).to.deep.equal({ kind: 'partnership', id: partnerships[0].id });
      // The themes feed the "sector" filter.
      el.sector = 'culture';
      await el.updateComplete;
      expect(bodyRows(el)).to.have.length(partnerships.filter((p) => p.themes.includes('culture')).length);
    });

    it('shows the offices with preset="offices" and the bundled data', async () => {
      const el = await renderTable(html`<sino-park-table preset="offices"></sino-park-table>`);
      expect(bodyRows(el)).to.have.length(offices.length);
      expect(headers(el)[0].textContent!.trim()).to.equal('Collectivité');
      const event = oneEvent(el, 'sino-select');
      bodyRows(el)[0].querySelector<HTMLButtonElement>('.row-select')!.click();
      expect(((await event) as CustomEvent<SinoSelectDetail>).detail.kind).to.equal('office');
    });

    it('shows the offices’ staff in the reader’s language, never an English phrase on a French page', async () => {
      const el = await renderTable(html`<sino-park-table preset="offices"></sino-park-table>`);
      const staffed = offices.filter((o) => o.staff);
      const fr = cellTexts(el, 'Effectif');
      expect(fr).to.include.members(staffed.map((o) => o.staff!.label.fr));
      expect(fr.join(' ')).to.not.match(/\b(people|employees?|intern)\b/);
      expect(problems(el), 'no value set aside').to.equal('');
      el.lang = 'zh';
      await el.updateComplete;
      expect(cellTexts(el, '人员')).to.include.members(staffed.map((o) => o.staff!.label.zh));
    });

    it('writes parks, partners and cities in characters in Chinese, and marks a cell it has only in another language', async () => {
      const el = await renderTable(html`<sino-park-table lang="zh"></sino-park-table>`);
      expect(rowNames(el)[0]).to.equal(parks[0].zh!.name);
      el.preset = 'partnerships';
      await el.updateComplete;
      const chongqing = partnerships.find((p) => p.id === 'pship-toulouse-chongqing')!;
      expect(cellTexts(el, '中方伙伴')).to.include(chongqing.zh!['chinese.name']);
      // A host's column holding texts per language, without Chinese: English, marked as such.
      el.columns = [{ key: 'label', label: 'x', rowHeader: true }];
      el.rows = [{ id: 'a', label: { fr: 'Jumelage', en: 'Twinning' } }] as never;
      await el.updateComplete;
      const cell = bodyRows(el)[0].querySelector('th')!;
      expect(cell.textContent!.trim()).to.equal('Twinning');
      expect(cell.querySelector('[lang="en"]'), 'the English text is marked').to.not.equal(null);
    });

    it('takes any column definition: label per language, type, format, sortable', async () => {
      const columns: TableColumn[] = [
        { key: 'city', label: { fr: 'Ville', en: 'Town' }, rowHeader: true },
        { key: 'areaKm2', label: 'km²', type: 'number', sortable: false },
      ];
      const el = await renderTable(html`<sino-park-table lang="en" .columns=${columns}></sino-park-table>`);
      expect(headers(el).map((th) => th.textContent!.trim())).to.deep.equal(['Town', 'km²']);
      expect(headers(el)[1].querySelector('button'), 'not sortable: no button').to.equal(null);
      expect(rowNames(el)[0]).to.equal(parks[0].city);
    });
  });

  describe('export', () => {
    const columns: TableColumn[] = [
      { key: 'name', label: 'Parc' },
      { key: 'year', label: 'Année', type: 'year' },
      { key: 'revenue', label: 'CA', format: 'revenue' },
    ];
    const rows = [
      { id: 'a', name: 'Xi’an', year: 1991, revenue: { value: 16.9, year: 1998 } },
      { id: 'b', name: 'Say "hi"; ok', year: null, revenue: 2.5 },
      { id: 'c', name: 'Hefei', year: 1990, revenue: null },
    ];

    async function captureDownload(el: SinoParkTable, trigger: () => unknown): Promise<{ bytes: Uint8Array; name: string; type: string }> {
      const original = URL.createObjectURL;
      let blob: Blob | null = null;
      let name = '';
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        name = this.download;
      };
      URL.createObjectURL = (b: Blob | MediaSource) => {
        blob = b as Blob;
        return original.call(URL, b);
      };
      try {
        await trigger();
        // The file is written in slices with pauses (csvParts): wait for it.
        for (let i = 0; i < 200 && !blob; i++) await new Promise((r) => setTimeout(r, 10));
      } finally {
        URL.createObjectURL = original;
        HTMLAnchorElement.prototype.click = click;
      }
      await el.updateComplete;
      const b = blob as Blob | null;
      expect(b, 'a Blob was created').to.not.equal(null);
      return { bytes: new Uint8Array(await b!.arrayBuffer()), name, type: b!.type };
    }

    it('downloads the current view as UTF-8 CSV with BOM, French layout: exact bytes', async () => {
      const el = await renderTable(html`<sino-park-table .columns=${columns} .rows=${rows} sort="-year"></sino-park-table>`);
      const { bytes, name, type } = await captureDownload(el, () => shadow(el).querySelector<HTMLButtonElement>('.download')!.click());
      const expected = '\uFEFFParc;Année;CA;CA – année\r\nXi’an;1991;16,9;1998\r\nHefei;1990;;\r\n"Say ""hi""; ok";;2,5;2002\r\n';
      expect(Array.from(bytes.slice(0, 3))).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(Array.from(bytes)).to.deep.equal(Array.from(new TextEncoder().encode(expected)));
      expect(name).to.equal('sinocarte-table.csv');
      expect(type).to.contain('text/csv');
      expect(shadow(el).querySelector('.notice')!.textContent).to.contain('3 lignes');
    });

    it('offers the international layout, and exports only the filtered rows', async () => {
      const el = await renderTable(html`<sino-park-table lang="en" .columns=${columns} .rows=${rows} query="xi an"></sino-park-table>`);
      expect(shadow(el).querySelector<HTMLSelectElement>('select.layout')!.value).to.equal('international');
      const { bytes } = await captureDownload(el, () => el.downloadCSV());
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal('\uFEFFParc,Année,CA,CA – year\r\nXi’an,1991,16.9,1998\r\n');
      el.csvLayout = 'french';
      expect(el.toCSV()).to.equal('\uFEFFParc;Année;CA;CA – year\r\nXi’an;1991;16,9;1998\r\n');
    });

    it('copies the view as TSV through the clipboard', async () => {
      const el = await renderTable(html`<sino-park-table .columns=${columns} .rows=${rows}></sino-park-table>`);
      let copied = '';
      const clipboard = navigator.clipboard;
      const original = clipboard.writeText;
      clipboard.writeText = async (text: string) => {
        copied = text;
      };
      try {
        shadow(el).querySelector<HTMLButtonElement>('.copy')!.click();
        await aTimeout(0);
        await el.updateComplete;
      } finally {
        clipboard.writeText = original;
      }
      expect(copied).to.equal('Parc\tAnnée\tCA\tCA – année\nXi’an\t1991\t16,9\t1998\nSay "hi"; ok\t\t2,5\t2002\nHefei\t1990\t\t\n');
      expect(shadow(el).querySelector('.notice')!.textContent).to.contain('3 lignes copiées');
    });

    it('shows the text to copy by hand when the clipboard is refused', async () => {
      const el = await renderTable(html`<sino-park-table .columns=${columns} .rows=${rows}></sino-park-table>`);
      const clipboard = navigator.clipboard;
      const original = clipboard.writeText;
      clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      let ok: boolean;
      try {
        ok = await el.copyTSV();
      } finally {
        clipboard.writeText = original;
      }
      expect(ok).to.equal(false);
      const fallback = shadow(el).querySelector('.copy-fallback')!;
      expect(fallback.textContent).to.contain('refusé');
      const area = fallback.querySelector('textarea')!;
      expect(area.value).to.equal(el.toTSV());
      expect(shadow(el).activeElement).to.equal(area);
    });
  });

  describe('large data', () => {
    const big = Array.from({ length: 100_000 }, (_, i) => {
      const p = parks[i % parks.length];
      return { ...p, id: `${p.id}-${i}`, name: `${p.name} ${i}` };
    });

    it('leaves no idle-time work behind when removed (it would keep the removed table alive until the page is idle)', async () => {
      const pending = new Set<number>();
      const request = window.requestIdleCallback;
      const cancel = window.cancelIdleCallback;
      window.requestIdleCallback = (fn, options) => {
        const handle: number = request((deadline) => {
          pending.delete(handle);
          fn(deadline);
        }, options);
        pending.add(handle);
        return handle;
      };
      window.cancelIdleCallback = (handle) => {
        pending.delete(handle);
        cancel(handle);
      };
      try {
        const el = await renderTable();
        expect(pending.size, 'the search index is built in idle time').to.be.greaterThan(0);
        el.remove();
        expect(pending.size, 'idle callbacks still pending after removal').to.equal(0);
      } finally {
        window.requestIdleCallback = request;
        window.cancelIdleCallback = cancel;
      }
    });

    it('updates a small table without reading the layout (no forced layout of the host page), the header still clear of rows reached by keyboard', async () => {
      const el = await renderTable();
      const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
      const head = shadow(el).querySelector('thead')!;
      await nextFrame();
      expect(scroller.style.scrollPaddingTop).to.equal(`${head.getBoundingClientRect().height}px`);
      const reads: string[] = [];
      const spies = [
        [Element.prototype, 'getBoundingClientRect'],
        [HTMLElement.prototype, 'offsetHeight'],
        [Element.prototype, 'clientHeight'],
      ] as const;
      const saved = spies.map(([proto, name]) => Object.getOwnPropertyDescriptor(proto, name)!);
      spies.forEach(([proto, name], i) => {
        const d = saved[i];
        Object.defineProperty(proto, name, d.value ? { ...d, value(this: Element) { reads.push(name); return d.value.call(this); } } : { ...d, get(this: Element) { reads.push(name); return d.get!.call(this); } });
      });
      try {
        el.sort = 'name';
        await el.updateComplete;
        el.query = 'zh';
        await el.updateComplete;
      } finally {
        spies.forEach(([proto, name], i) => Object.defineProperty(proto, name, saved[i]));
      }
      expect(reads).to.deep.equal([]);
      expect(rowNames(el).length).to.be.greaterThan(0);
    });

    it('draws the first screen of a long table without reading the layout, then adds the rows around it and sorts its menus after that frame', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1200px"></div>`);
      const el = document.createElement('sino-park-table') as SinoParkTable;
      el.lang = 'en';
      el.rows = big.slice(0, 1000);
      // What the first update drew and read, seen at its very end (before any frame).
      const first = { reads: [] as string[], rows: -1, regions: [] as string[] };
      const spies = [
        [Element.prototype, 'getBoundingClientRect'],
        [HTMLElement.prototype, 'offsetHeight'],
        [HTMLElement.prototype, 'offsetWidth'],
        [Element.prototype, 'clientHeight'],
      ] as const;
      const saved = spies.map(([proto, name]) => Object.getOwnPropertyDescriptor(proto, name)!);
      spies.forEach(([proto, name], i) => {
        const d = saved[i];
        Object.defineProperty(proto, name, d.value ? { ...d, value(this: Element) { first.reads.push(name); return d.value.call(this); } } : { ...d, get(this: Element) { first.reads.push(name); return d.get!.call(this); } });
      });
      const instance = el as unknown as { updated(changed: unknown): void };
      const updated = instance.updated;
      instance.updated = function (changed) {
        try {
          updated.call(this, changed);
        } finally {
          if (first.rows === -1) {
            spies.forEach(([proto, name], i) => Object.defineProperty(proto, name, saved[i]));
            first.rows = bodyRows(el).length;
          }
        }
      };
      try {
        wrapper.append(el);
        await el.updateComplete;
      } finally {
        spies.forEach(([proto, name], i) => Object.defineProperty(proto, name, saved[i]));
      }
      expect(first.reads, 'layout read in the first update').to.deep.equal([]);
      expect(first.rows).to.be.within(5, 25);
      // After the first frame: the rows below the screen are there for scrolling, the heights read, the menus by name.
      const bottom = shadow(el).querySelector('.scroller')!.getBoundingClientRect().bottom;
      expect(bodyRows(el).filter((tr) => tr.getBoundingClientRect().top >= bottom).length, 'rows below the box').to.be.at.least(10);
      const options = [...shadow(el).querySelectorAll<HTMLSelectElement>('select')[0].options].slice(1).map((o) => o.textContent!.trim());
      const collator = new Intl.Collator('en');
      expect(options).to.have.length(new Set(big.slice(0, 1000).map((p) => p.provinceId)).size);
      expect(options).to.deep.equal([...options].sort((a, b) => collator.compare(a, b)));
      // Removed before its first frame, a table still completes: `updateComplete` resolves.
      const gone = document.createElement('sino-park-table') as SinoParkTable;
      gone.rows = big.slice(0, 1000);
      wrapper.append(gone);
      while (!shadow(gone)?.querySelector('tbody tr[data-row]')) await new Promise((resolve) => setTimeout(resolve, 0));
      gone.remove();
      expect(await gone.updateComplete).to.equal(true);
    });

    it('completes its first screen without frames too (a hidden page): rows around it, menus by name, updateComplete resolved', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1200px"></div>`);
      const el = document.createElement('sino-park-table') as SinoParkTable;
      el.rows = big.slice(0, 1000);
      // No frame comes (a page in a background tab): requestAnimationFrame never calls back.
      const frame = window.requestAnimationFrame;
      window.requestAnimationFrame = () => 0;
      let done: boolean;
      try {
        wrapper.append(el);
        done = await Promise.race([el.updateComplete, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000))]);
      } finally {
        window.requestAnimationFrame = frame;
      }
      expect(done).to.equal(true);
      const options = [...shadow(el).querySelectorAll<HTMLSelectElement>('select')[0].options].slice(1).map((o) => o.textContent!.trim());
      const collator = new Intl.Collator('fr');
      expect(options).to.deep.equal([...options].sort((a, b) => collator.compare(a, b)));
      const bottom = shadow(el).querySelector('.scroller')!.getBoundingClientRect().bottom;
      expect(bodyRows(el).filter((tr) => tr.getBoundingClientRect().top >= bottom).length, 'rows below the box').to.be.at.least(10);
    });

    it('keeps only the visible rows in the DOM for 100,000 rows, and scrolls to the end', async () => {
      const el = await renderTable(html`<sino-park-table .rows=${big}></sino-park-table>`);
      expect(count(el)).to.equal(`${new Intl.NumberFormat('fr-FR').format(100000)} parcs`);
      expect(bodyRows(el).length).to.be.within(5, 300);
      expect(shadow(el).querySelector('table')!.getAttribute('aria-rowcount')).to.equal('100001');
      const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
      scroller.scrollTop = scroller.scrollHeight;
      for (let i = 0; i < 10; i++) {
        await nextFrame();
        await el.updateComplete;
        scroller.scrollTop = scroller.scrollHeight;
      }
      const rowsShown = bodyRows(el);
      expect(rowsShown.length).to.be.within(5, 300);
      expect(rowsShown[rowsShown.length - 1].getAttribute('aria-rowindex')).to.equal('100001');
      expect(rowsShown[rowsShown.length - 1].getBoundingClientRect().bottom).to.be.at.most(scroller.getBoundingClientRect().bottom + 1);
      // Sorting and filtering the 100,000 rows keep the DOM small.
      el.sort = '-name';
      await el.updateComplete;
      expect(bodyRows(el).length).to.be.within(5, 300);
      el.region = 'CN-GD';
      await el.updateComplete;
      expect(count(el)).to.contain(new Intl.NumberFormat('fr-FR').format(big.filter((p) => p.provinceId === 'CN-GD').length));
    });

    it('draws only the visible rows of a filter that leaves 114 rows of 1,000 (laying them all out took a long task), and scrolls to the last one', async function () {
      // Ten frames of scrolling and a table of 1,000 rows: a loaded machine gives them late.
      this.timeout(40_000);
      const thousand = big.slice(0, 1000);
      const el = await renderTable(html`<sino-park-table .rows=${thousand}></sino-park-table>`);
      el.region = 'CN-GD';
      await el.updateComplete;
      const guangdong = thousand.filter((p) => p.provinceId === 'CN-GD');
      expect(guangdong.length).to.equal(114);
      expect(count(el)).to.contain('114');
      expect(bodyRows(el).length).to.be.within(5, 60);
      expect(shadow(el).querySelector('table')!.getAttribute('aria-rowcount')).to.equal('115');
      expect(rowNames(el)[0]).to.equal(guangdong[0].name);
      const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
      for (let i = 0; i < 10; i++) {
        scroller.scrollTop = scroller.scrollHeight;
        await nextFrame();
        await el.updateComplete;
      }
      const last = bodyRows(el).at(-1)!;
      expect(last.getAttribute('aria-rowindex')).to.equal('115');
      expect(last.querySelector('th')!.textContent!.trim()).to.equal(guangdong[113].name);
      // The 53 parks, a list a screen and a half long, stay whole (find in page, print).
      el.region = '';
      el.rows = parks;
      await el.updateComplete;
      expect(bodyRows(el)).to.have.length(53);
    });

    it('sorts, filters and searches 20,000 rows over several short tasks, with the very result of doing it at once', async function () {
      this.timeout(40_000);
      const rows = big.slice(0, 20_000);
      const el = await renderTable(html`<sino-park-table .rows=${rows}></sino-park-table>`);
      const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
      /** Tasks the page ran while `change` was under way (zero when the work is done in the update's own task). */
      const tasksDuring = async (change: () => void) => {
        let tasks = 0;
        let counting = true;
        const tick = () => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            tasks++;
            if (counting) tick();
          };
          channel.port2.postMessage(null);
        };
        tick();
        change();
        await el.updateComplete;
        counting = false;
        return tasks;
      };
      const collator = new Intl.Collator('fr');
      // By city (the names' ranks may already be built in idle time); equal cities keep the data's order.
      expect(await tasksDuring(() => (el.sort = 'city'))).to.be.greaterThan(0);
      expect(el.visibleIds).to.deep.equal([...rows].sort((a, b) => collator.compare(a.city, b.city)).map((r) => r.id));
      expect(scroller.getAttribute('aria-busy')).to.equal('false');
      // A search typed before the idle-time index is built, then a region: one sino-filter each, with the final count.
      const counts: number[] = [];
      el.addEventListener('sino-filter', (e) => counts.push((e as CustomEvent<SinoFilterDetail>).detail.count));
      const wuhan = rows.filter((p) => p.name.toLowerCase().includes('wuhan'));
      expect(await tasksDuring(() => (el.query = 'wuhan'))).to.be.greaterThan(0);
      expect(el.visibleIds).to.deep.equal([...wuhan].sort((a, b) => collator.compare(a.city, b.city)).map((r) => r.id));
      el.query = '';
      el.region = 'CN-GD';
      el.sort = '-name';
      await el.updateComplete;
      const guangdong = rows.filter((p) => p.provinceId === 'CN-GD');
      expect(el.visibleIds).to.deep.equal([...guangdong].sort((a, b) => collator.compare(b.name, a.name)).map((r) => r.id));
      expect(counts).to.deep.equal([wuhan.length, guangdong.length]);
      expect(count(el)).to.contain(new Intl.NumberFormat('fr-FR').format(guangdong.length));
    });

    it('finds rows whether the idle-time search index is finished, half built, or replaced by new rows', async function () {
      // Waits for 40 idle periods of a 100,000-row page: a busy machine gives them late.
      this.timeout(40_000);
      const formatted = (n: number) => new Intl.NumberFormat('fr-FR').format(n);
      const matches = (rows: typeof big, word: string) => rows.filter((p) => p.name.toLowerCase().includes(word)).length;
      // Searched at once: the slices still to build are built on the spot.
      const el = await renderTable(html`<sino-park-table .rows=${big}></sino-park-table>`);
      el.query = 'wuhan';
      await el.updateComplete;
      expect(count(el)).to.contain(formatted(matches(big, 'wuhan')));
      // New rows while their index is being built: the search reads the new rows, not the old index.
      const renamed = big.slice(0, 20_000).map((p, i) => ({ ...p, name: i % 2 ? `Zeta ${i}` : p.name }));
      el.query = '';
      el.rows = renamed;
      await el.updateComplete;
      await new Promise((resolve) => requestIdleCallback(resolve));
      el.query = 'zeta';
      await el.updateComplete;
      expect(count(el)).to.contain(formatted(10_000));
      // Once the idle build is over, searching uses it and finds the same rows.
      el.query = '';
      el.lang = 'en';
      await el.updateComplete;
      for (let i = 0; i < 40; i++) await new Promise((resolve) => requestIdleCallback(resolve));
      el.query = 'zeta';
      await el.updateComplete;
      expect(count(el)).to.contain(new Intl.NumberFormat('en-GB').format(10_000));
    });

    it('draws the first screen of a big table before reading its other rows, busy until they are read, then as if read at once', async function () {
      this.timeout(40_000);
      // 100,000 rows: one without an id and one with a year that is not a number past the first screen, and a
      // column that only a row past the first screen has.
      const rows: Record<string, unknown>[] = big.map((p) => ({ ...p }));
      delete rows[20_000].id;
      rows[25_000].year = 'abc';
      rows[29_000].late = 'yes';
      const columns = [...presets.parks, { key: 'late', label: 'Plus tard' }];
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1200px"></div>`);
      const el = document.createElement('sino-park-table') as SinoParkTable;
      el.columns = columns;
      el.rows = rows;
      const filters: number[] = [];
      el.addEventListener('sino-filter', (e) => filters.push((e as CustomEvent<SinoFilterDetail>).detail.count));
      wrapper.append(el);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      // The first frame: the first rows drawn, the table busy.
      expect(rowNames(el)[0]).to.equal(String(big[0].name));
      expect(shadow(el).querySelector('.scroller')!.getAttribute('aria-busy')).to.equal('true');
      // A copy asked now has every row (it waits for them).
      let copied = '';
      const clipboard = navigator.clipboard;
      const original = clipboard.writeText;
      clipboard.writeText = async (text: string) => void (copied = text);
      try {
        await el.copyTSV();
      } finally {
        clipboard.writeText = original;
      }
      expect(copied.trimEnd().split('\n')).to.have.length(1 + 99_999);
      // A search typed before the rest is read finds rows past the first screen too.
      el.query = 'wuhan';
      await el.updateComplete;
      const kept = rows.filter((r) => r.id !== undefined);
      const wuhan = kept.filter((r) => String(r.name).toLowerCase().includes('wuhan'));
      expect(wuhan.some((r) => rows.indexOf(r) > 1000)).to.equal(true);
      expect(el.visibleIds).to.deep.equal(wuhan.map((r) => r.id));
      expect(filters).to.deep.equal([wuhan.length]);
      expect(shadow(el).querySelector('.scroller')!.getAttribute('aria-busy')).to.equal('false');
      el.query = '';
      await el.updateComplete;
      expect(el.visibleIds).to.have.length(99_999);
      expect(count(el)).to.contain(new Intl.NumberFormat('fr-FR').format(99_999));
      // The same messages as a table that reads its rows at once, and the late column shown.
      expect(problems(el)).to.contain('1 ligne');
      expect(problems(el)).to.match(/1 valeur/);
      expect(headers(el).map((th) => th.textContent!.trim())).to.include('Plus tard');
      const atOnce = await renderTable(html`<sino-park-table .columns=${columns} .rows=${rows} sort="name"></sino-park-table>`);
      expect(problems(el)).to.equal(problems(atOnce));
    });

    it('moves through virtual rows with the keyboard (End reaches the last row)', async () => {
      const el = await renderTable(html`<sino-park-table .rows=${big.slice(0, 5000)}></sino-park-table>`);
      shadow(el).querySelector<HTMLButtonElement>('.row-select[tabindex="0"]')!.focus();
      await sendKeys({ press: 'End' });
      for (let i = 0; i < 5; i++) {
        await nextFrame();
        await el.updateComplete;
      }
      expect(shadow(el).activeElement!.textContent!.trim()).to.equal(big[4999].name);
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(shadow(el).activeElement!.textContent!.trim()).to.equal(big[4998].name);
    });
    it('scrolls to a row the host selects, even far down a virtual list', async () => {
      const el = await renderTable(html`<sino-park-table .rows=${big.slice(0, 5000)}></sino-park-table>`);
      el.selected = big[4000].id;
      for (let i = 0; i < 6; i++) {
        await nextFrame();
        await el.updateComplete;
      }
      const row = shadow(el).querySelector('tbody tr.selected');
      expect(row, 'the selected row is rendered').to.not.equal(null);
      expect(row!.querySelector('.row-select')!.textContent!.trim()).to.equal(big[4000].name);
      const box = row!.getBoundingClientRect();
      const view = shadow(el).querySelector('.scroller')!.getBoundingClientRect();
      expect(box.bottom > view.top && box.top < view.bottom, 'in view').to.equal(true);
    });
  });

  describe('narrow screens', () => {
    it('between the card layout and a wide screen, every column keeps a readable width (the table scrolls instead)', async () => {
      const el = await renderTable(undefined, 760);
      const root = el.shadowRoot!;
      expect(root.querySelector('table'), 'still a table at 760 px').to.not.equal(null);
      const headers = [...root.querySelectorAll('thead th')];
      for (const th of headers) expect(th.getBoundingClientRect().width, th.textContent!.trim()).to.be.at.least(60);
      const chip = root.querySelector('tbody [part~="chip"]')!;
      expect(chip.getBoundingClientRect().width, 'a sector chip is not squeezed to one letter').to.be.greaterThan(80);
    });

    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('becomes a list of cards at 360 px with the same data, sort and filters', async () => {
      await setViewport({ width: 360, height: 640 });
      const el = await renderTable(html`<sino-park-table></sino-park-table>`, 344);
      for (let i = 0; i < 10 && !shadow(el).querySelector('.cards'); i++) {
        await nextFrame();
        await el.updateComplete;
      }
      expect(shadow(el).querySelector('table')).to.equal(null);
      const cards = [...shadow(el).querySelectorAll('li.card')];
      // A bounded list: the first cards, and a button for more.
      expect(cards).to.have.length(5);
      expect(cards[0].querySelector('.card-title')!.textContent!.trim()).to.equal(parks[0].name);
      expect([...cards[0].querySelectorAll('dt')].map((dt) => dt.textContent)).to.include('Région');
      expect(document.documentElement.scrollWidth, 'no horizontal scroll').to.be.at.most(360);
      const sortSelect = shadow(el).querySelector<HTMLSelectElement>('.card-sort')!;
      sortSelect.value = 'year';
      sortSelect.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.sort).to.equal('year');
      shadow(el).querySelector<HTMLButtonElement>('.card-direction')!.click();
      await el.updateComplete;
      expect(el.sort).to.equal('-year');
      el.region = 'CN-GD';
      await el.updateComplete;
      // Guangdong's six parks: five cards and "show 1 more".
      expect(shadow(el).querySelectorAll('li.card')).to.have.length(Math.min(5, parks.filter((p) => p.provinceId === 'CN-GD').length));
      expect(shadow(el).querySelector('button.show-more')!.textContent!.trim()).to.equal(`Afficher 1 de plus (5 sur ${parks.filter((p) => p.provinceId === 'CN-GD').length})`);
      await expect(el).to.be.accessible();
    });
  });

  describe('cards on a phone', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    async function phoneTable(template = html`<sino-park-table></sino-park-table>`) {
      await setViewport({ width: 375, height: 700 });
      const el = await renderTable(template, 359);
      for (let i = 0; i < 10 && !shadow(el).querySelector('.cards'); i++) {
        await nextFrame();
        await el.updateComplete;
      }
      return el;
    }
    const more = (el: SinoParkTable) => shadow(el).querySelector<HTMLButtonElement>('button.show-more');
    const cardCount = (el: SinoParkTable) => shadow(el).querySelectorAll('li.card').length;

    it('shows the first five cards and a “show more” with the count, not 53 cards 21,000 px tall', async () => {
      const el = await phoneTable();
      expect(cardCount(el)).to.equal(5);
      expect(el.getBoundingClientRect().height, 'height of the table').to.be.below(3000);
      expect(more(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Afficher 5 de plus (5 sur 53)');
      more(el)!.focus();
      more(el)!.click();
      await el.updateComplete;
      expect(cardCount(el)).to.equal(10);
      expect(shadow(el).activeElement === more(el), 'focus stays on the button').to.equal(true);
      for (let i = 0; i < 8; i++) {
        more(el)!.click();
        await el.updateComplete;
      }
      expect(more(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Afficher 3 de plus (50 sur 53)');
      more(el)!.click();
      await el.updateComplete;
      expect(cardCount(el)).to.equal(53);
      expect(more(el) === null, 'no button once every card is shown').to.equal(true);
      // A new filter starts from the first cards again.
      el.sector = 'ict';
      await el.updateComplete;
      expect(cardCount(el)).to.equal(5);
    });

    it('still reaches every card: End goes to the last one, and a park the host selects is shown', async () => {
      const el = await phoneTable();
      shadow(el).querySelector<HTMLButtonElement>('.row-select[tabindex="0"]')!.focus();
      await sendKeys({ press: 'End' });
      for (let i = 0; i < 5; i++) {
        await nextFrame();
        await el.updateComplete;
      }
      expect(shadow(el).activeElement!.textContent!.trim()).to.equal(parks[52].name);
      const other = await phoneTable(html`<sino-park-table></sino-park-table>`);
      other.selected = parks[40].id;
      for (let i = 0; i < 5; i++) {
        await nextFrame();
        await other.updateComplete;
      }
      expect(shadow(other).querySelector('li.card.selected .card-title')!.textContent!.trim()).to.equal(parks[40].name);
    });
  });

  describe('bad input', () => {
    it('sets aside rows without an id, shows the rest with what is usable, and says so', async () => {
      const rows = [
        parks[0],
        null,
        { name: 'no id' },
        { id: 'park-x', name: '<img src=x onerror="window.hacked=1">', city: 'Nowhere', provinceId: 'CN-XX', year: 'nineteen', revenue: 'lots', url: 'javascript:alert(1)' },
        { id: 'park-y', name: 'Data', url: 'data:text/html,<b>x</b>', sectors: ['ict', 3] },
      ];
      const errors: SinoErrorDetail[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1200px" @sino-error=${(e: CustomEvent<SinoErrorDetail>) => errors.push(e.detail)}></div>`);
      const el = document.createElement('sino-park-table');
      el.rows = rows;
      wrapper.append(el);
      await el.updateComplete;
      expect(bodyRows(el)).to.have.length(3);
      expect(problems(el)).to.contain('2 lignes ignorées');
      expect(problems(el)).to.contain('2 valeurs');
      expect(errors.map((e) => e.code)).to.include('invalid-data');
      // HTML stays text; javascript: and data: URLs never become links.
      expect(rowNames(el)[1]).to.equal('<img src=x onerror="window.hacked=1">');
      expect(shadow(el).querySelector('tbody img')).to.equal(null);
      expect(shadow(el).querySelectorAll('tbody a')).to.have.length(parks[0].url ? 1 : 0);
      expect(cellTexts(el, 'Site web')[1]).to.contain('javascript:alert(1)');
      expect(cellTexts(el, 'Site web')[2]).to.contain('data:text/html');
      expect(cellTexts(el, 'Création')[1]).to.contain('n.d.');
      expect(cellTexts(el, 'Région')[1]).to.equal('CN-XX');
      expect(cellTexts(el, 'Secteurs')[2]).to.contain(sectors.find((s) => s.id === 'ict')!.label.fr);
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
    });

    it('explains an unknown column key instead of showing a blank table', async () => {
      const columns = [{ key: 'name', label: 'Parc' }, { key: 'gdp', label: 'PIB' }, { label: 'no key' }];
      const el = await renderTable(html`<sino-park-table .columns=${columns}></sino-park-table>`);
      expect(headers(el).map((th) => th.textContent!.trim())).to.deep.equal(['Parc']);
      expect(bodyRows(el)).to.have.length(53);
      expect(problems(el)).to.contain('« gdp »');
      expect(problems(el)).to.contain('n° 3');
      el.columns = [{ key: 'nothing', label: 'Rien' }];
      await el.updateComplete;
      expect(headers(el).length, 'falls back to the preset').to.equal(8);
      expect(problems(el)).to.contain('Aucune colonne utilisable');
    });

    it('explains unknown filter values and keeps showing the rows', async () => {
      const errors: SinoErrorDetail[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1200px" @sino-error=${(e: CustomEvent<SinoErrorDetail>) => errors.push(e.detail)}>
        <sino-park-table region="CN-XX" sector="quantum-foam" years="soon" sort="gdp"></sino-park-table>
      </div>`);
      const el = wrapper.querySelector('sino-park-table')!;
      await el.updateComplete;
      expect(bodyRows(el)).to.have.length(53);
      const text = problems(el);
      expect(text).to.contain('« CN-XX »');
      expect(text).to.contain('« quantum-foam »');
      expect(text).to.contain('« soon »');
      expect(text).to.contain('« gdp »');
      expect(errors.filter((e) => e.code === 'invalid-attribute')).to.have.length(4);
      // Fixing them clears the messages.
      el.region = 'CN-GD';
      el.sector = '';
      el.years = '';
      el.sort = '';
      await el.updateComplete;
      expect(problems(el).trim()).to.equal('');
      expect(bodyRows(el)).to.have.length(parks.filter((p) => p.provinceId === 'CN-GD').length);
    });

    it('reports rows that are not a list, an unknown preset and an unknown selection', async () => {
      const el = await renderTable(html`<sino-park-table preset="gdp" selected="park-nowhere"></sino-park-table>`);
      expect(bodyRows(el)).to.have.length(53);
      expect(problems(el)).to.contain('« gdp »');
      expect(problems(el)).to.contain('« park-nowhere »');
      const codes: string[] = [];
      el.addEventListener('sino-error', (e) => codes.push(e.detail.code));
      el.rows = 'not rows' as unknown as [];
      await el.updateComplete;
      expect(codes).to.include('invalid-data');
      expect(bodyRows(el)).to.have.length(0);
      expect(problems(el)).to.contain('liste');
    });
  });

  describe('language, theme, accessibility', () => {
    it('speaks English and Chinese', async () => {
      const el = await renderTable(html`<sino-park-table lang="en" region="CN-GD"></sino-park-table>`);
      const n = parks.filter((p) => p.provinceId === 'CN-GD').length;
      expect(count(el)).to.equal(`${n} parks of 53`);
      el.lang = 'zh';
      await el.updateComplete;
      expect(headers(el)[0].textContent!.trim()).to.equal('园区');
      expect(cellTexts(el, '地区')[0]).to.equal('广东');
    });

    it('follows the theme and CSS custom properties', async () => {
      const el = await renderTable(html`<sino-park-table theme="dark"></sino-park-table>`);
      const base = shadow(el).querySelector('.base')!;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(21, 24, 29)');
      el.style.setProperty('--sino-table-chip-background', 'rgb(1, 2, 3)');
      expect(getComputedStyle(shadow(el).querySelector('.chip')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    it('has no axe violations, light and dark, sorted and selected', async () => {
      const el = await renderTable(html`<sino-park-table sort="-year,name" selected="park-hefei"></sino-park-table>`);
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with 100,000 virtual rows', async () => {
      const rows = Array.from({ length: 100_000 }, (_, i) => ({ ...parks[i % 53], id: `r${i}` }));
      const el = await renderTable(html`<sino-park-table .rows=${rows}></sino-park-table>`);
      await expect(el).to.be.accessible();
    });
  });
});
