import { expect } from '@open-wc/testing';
import { filterIndices, filterSlices, foldForSearch, queryTerms } from './table-filter.js';
import { finish } from './slices.js';
import {
  INVALID,
  buildSearchTexts,
  cellText,
  exportCells,
  filterYear,
  isSafeHref,
  readCell,
  resolveColumns,
  searchDigits,
  searchTextSlices,
  searchTexter,
  sortValues,
  type CellValue,
  type Vocabulary,
} from './table-columns.js';

const vocabulary = (lang: 'fr' | 'en' | 'zh'): Vocabulary => ({
  lang,
  regionName: (id) => ({ 'CN-GD': { fr: 'Guangdong', en: 'Guangdong', zh: '广东' } })[id]?.[lang],
  sectorName: (code) => ({ ict: { fr: 'TIC', en: 'ICT', zh: '信息' } })[code]?.[lang],
});

describe('table-columns', () => {
  it('resolves defaults: format from type, lists not sortable, region/tags/years filterable, first column names the row', () => {
    const { columns, problems } = resolveColumns([
      { key: 'name', label: 'Nom' },
      { key: 'provinceId', label: 'Région', type: 'region' },
      { key: 'sectors', label: 'Secteurs', format: 'sectors' },
      { key: 'year', label: 'Année', type: 'year' },
      { key: 'x', label: 'X', format: 'sparkline' },
      { label: 'no key' },
      { key: 'name', label: 'again' },
    ]);
    expect(columns.map((c) => c.key)).to.deep.equal(['name', 'provinceId', 'sectors', 'year', 'x']);
    expect(columns[0].rowHeader).to.equal(true);
    expect(columns[1]).to.include({ format: 'region', filterable: true, sortable: true });
    expect(columns[2]).to.include({ type: 'tags', sortable: false, filterable: true });
    expect(columns[4].format).to.equal('text');
    expect(problems.map((p) => p.kind)).to.deep.equal(['unknown-format', 'invalid-column', 'duplicate-key']);
    expect(resolveColumns('nope').problems).to.deep.equal([{ kind: 'not-a-list' }]);
  });

  it('reads values, telling missing (null) from wrong types (INVALID)', () => {
    const [text, num, rev, tags, date, url] = resolveColumns([
      { key: 'a', label: 'a' },
      { key: 'b', label: 'b', type: 'number' },
      { key: 'c', label: 'c', format: 'revenue' },
      { key: 'd', label: 'd', format: 'sectors' },
      { key: 'e', label: 'e', type: 'date' },
      { key: 'f', label: 'f', type: 'url' },
    ]).columns;
    expect(readCell(text, '<b>x</b>')).to.equal('<b>x</b>');
    expect(readCell(text, { x: 1 })).to.equal(INVALID);
    expect(readCell(num, undefined)).to.equal(null);
    expect(readCell(num, '12')).to.equal(INVALID);
    expect(readCell(num, NaN)).to.equal(INVALID);
    expect(readCell(rev, { value: 33.4, unit: 'bn CNY', year: 2003 })).to.deep.equal({ value: 33.4, year: 2003 });
    expect(readCell(tags, { codes: ['ict'], phrase: '…' })).to.deep.equal(['ict']);
    expect(readCell(tags, ['ict', 3])).to.deep.equal(['ict']);
    // Clean input is not copied (one copy per row is felt on 100,000 rows); the table never mutates cells.
    const clean = ['ict', 'biomedicine'];
    expect(readCell(tags, clean)).to.equal(clean);
    // A sparse list has holes that Array#every skips: it must still be cleaned (found by the fuzz test).
    expect(readCell(tags, ['ict', 'semiconductors', ,])).to.deep.equal(['ict', 'semiconductors']);
    expect(readCell(rev, { value: 5 })).to.deep.equal({ value: 5, year: null });
    expect(readCell(rev, 7)).to.deep.equal({ value: 7, year: null });
    expect(readCell(date, '1981-12-01')).to.deep.include({ order: 19811201, year: 1981 });
    expect(readCell(date, '1981-13')).to.equal(INVALID);
    expect(readCell(url, ' javascript:alert(1) ')).to.deep.equal({ href: 'javascript:alert(1)', historical: false });
  });

  it('makes links only of http and https addresses', () => {
    expect(isSafeHref('http://www.zgc.gov.cn')).to.equal(true);
    expect(isSafeHref('https://example.org/a')).to.equal(true);
    expect(isSafeHref('javascript:alert(1)')).to.equal(false);
    expect(isSafeHref('JAVASCRIPT:alert(1)')).to.equal(false);
    expect(isSafeHref('data:text/html,<b>x</b>')).to.equal(false);
    expect(isSafeHref('www.example.org')).to.equal(false);
    expect(isSafeHref('HTTPS://EXAMPLE.ORG')).to.equal(true);
    expect(isSafeHref('http://')).to.equal(false);
    expect(isSafeHref('\u0001javascript:alert(1)')).to.equal(false);
    expect(isSafeHref('java\tscript:alert(1)')).to.equal(false);
    expect(isSafeHref('/relative/path')).to.equal(false);
  });

  it('shows revenue with its year only when it is not the reference year, in the reader’s number format', () => {
    const [rev, region, sectors] = resolveColumns([
      { key: 'r', label: 'r', format: 'revenue' },
      { key: 'p', label: 'p', type: 'region' },
      { key: 's', label: 's', format: 'sectors' },
    ]).columns;
    expect(cellText(rev, { value: 17.6, year: 2002 }, vocabulary('fr'))).to.equal('17,6');
    expect(cellText(rev, { value: 33.4, year: 2003 }, vocabulary('en'))).to.equal('33.4 (2003)');
    expect(cellText(region, 'CN-GD', vocabulary('zh'))).to.equal('广东');
    expect(cellText(sectors, ['ict', 'unknown-code'], vocabulary('en'))).to.equal('ICT, unknown-code');
    expect(exportCells(rev, { value: 33.4, year: 2003 }, vocabulary('fr'))).to.deep.equal([33.4, 2003]);
    expect(exportCells(rev, null, vocabulary('fr'))).to.deep.equal([null, null]);
  });

  it('gives sort values: numbers, dates by day, periods by start, lists by length, texts ranked as the reader reads them', () => {
    const [num, rev, date, period, tags, region, url, kind] = resolveColumns([
      { key: 'n', label: 'n', type: 'number' },
      { key: 'r', label: 'r', format: 'revenue' },
      { key: 'd', label: 'd', type: 'date' },
      { key: 'p', label: 'p', format: 'period' },
      { key: 't', label: 't', type: 'tags' },
      { key: 'g', label: 'g', type: 'region' },
      { key: 'u', label: 'u', type: 'url' },
      { key: 'k', label: 'k', labels: { b: { fr: 'Abricot', en: 'Apricot' } } },
    ]).columns;
    const read = (column: typeof num, raws: unknown[]) => raws.map((raw) => readCell(column, raw) as CellValue | null);
    const values = (column: typeof num, raws: unknown[], lang: 'fr' | 'en' | 'zh' = 'fr') => [...sortValues(column, read(column, raws), vocabulary(lang))];
    expect(values(num, [3, null, -1.5])).to.deep.equal([3, NaN, -1.5]);
    expect(values(rev, [{ value: 2.5, year: 2003 }, 1])).to.deep.equal([2.5, 1]);
    expect(values(date, ['1981-12-01', 1981, '1981-12'])).to.deep.equal([19811201, 19810000, 19811200]);
    expect(values(period, [{ from: '1990-03', to: '1995' }, { to: '2001' }, 1985])).to.deep.equal([19900300, 20010000, 19850000]);
    expect(values(tags, [['a', 'b'], ['c'], null])).to.deep.equal([2, 1, NaN]);
    // Texts become ranks: Guangdong (广东) after "Beijing" in English, by pinyin in Chinese; equal texts share a rank.
    expect(values(region, ['CN-GD', 'Beijing', null, 'Beijing'], 'en')).to.deep.equal([1, 0, NaN, 0]);
    expect(values(region, ['CN-GD', 'Huhehaote'], 'zh')).to.deep.equal([0, 1]);
    expect(values(url, ['https://www.zeta.org', 'http://alpha.org'])).to.deep.equal([1, 0]);
    expect(values(kind, ['b', 'Banane'], 'en')).to.deep.equal([0, 1]);
    expect(values(kind, ['b', 'Abeille'], 'fr')).to.deep.equal([1, 0]);
  });

  it('gives the year the year filter reads: numbers as they are, dates and periods by their (start) year', () => {
    const [year, date, period, rev] = resolveColumns([
      { key: 'y', label: 'y', type: 'year' },
      { key: 'd', label: 'd', type: 'date' },
      { key: 'p', label: 'p', format: 'period' },
      { key: 'r', label: 'r', format: 'revenue' },
    ]).columns;
    expect(filterYear(year, 1990)).to.equal(1990);
    expect(filterYear(date, readCell(date, '1981-12') as CellValue)).to.equal(1981);
    expect(filterYear(period, readCell(period, { to: '2001-02' }) as CellValue)).to.equal(2001);
    expect(Number.isNaN(filterYear(rev, readCell(rev, 3) as CellValue))).to.equal(true);
  });

  it('builds the search text in slices that give exactly the one-shot result (no long task on big tables)', () => {
    const columns = resolveColumns([
      { key: 'name', label: 'Name' },
      { key: 'provinceId', label: 'Region', type: 'region' },
      { key: 'sectors', label: 'Sectors', format: 'sectors' },
      { key: 'revenue', label: 'Revenue', format: 'revenue' },
      { key: 'url', label: 'Site', format: 'url' },
    ]).columns;
    const raw = Array.from({ length: 2500 }, (_, i) => ({
      name: `Parc ${i}`,
      provinceId: i % 3 ? 'CN-GD' : null,
      sectors: i % 2 ? ['ict'] : [],
      revenue: i % 5 ? { value: i / 10, year: 2002 } : null,
      url: `http://p${i}.example.org`,
    }));
    const cells = columns.map((c) => raw.map((row) => readCell(c, row[c.key as keyof typeof row]) as CellValue | null));
    const extra = (_: unknown, value: CellValue) => (value === 'CN-GD' ? ['广东'] : []);
    const whole = buildSearchTexts(columns, cells, raw.length, vocabulary('fr'), extra);

    const slices = searchTextSlices(columns, cells, raw.length, vocabulary('fr'), extra, 1000);
    let yields = 0;
    let step = slices.next();
    for (; !step.done; step = slices.next()) yields++;
    expect(yields).to.equal(2); // 1000 + 1000 rows, then the last 500 with the result
    expect(step.value).to.deep.equal(whole);
    expect(whole[0][42]).to.equal('parc42');
    expect(whole[1][1]).to.contain('广东');
    expect(whole[1][0]).to.equal('');
  });

  it('searches the rows an unfinished index lacks from their cells, with the very results of the finished index', () => {
    const columns = resolveColumns([
      { key: 'name', label: 'Name' },
      { key: 'provinceId', label: 'Region', type: 'region' },
      { key: 'sectors', label: 'Sectors', format: 'sectors' },
      { key: 'revenue', label: 'Revenue', format: 'revenue' },
      { key: 'year', label: 'Year', type: 'year' },
      { key: 'url', label: 'Site', format: 'url' },
    ]).columns;
    const raw = Array.from({ length: 3000 }, (_, i) => ({
      name: i % 4 ? `Parc ${i}` : { fr: `Xi’an ${i}`, en: `Xi'an ${i}`, zh: '西安' },
      provinceId: i % 3 ? 'CN-GD' : null,
      sectors: i % 2 ? ['ict', 'biomedicine'] : [],
      revenue: i % 5 ? { value: i / 10, year: i % 7 ? 2002 : 2001 } : null,
      year: 1985 + (i % 20),
      url: `http://p${i}.example.org`,
    }));
    const cells = columns.map((c) => raw.map((row) => readCell(c, row[c.key as keyof typeof row]) as CellValue | null));
    const extra = (_: unknown, value: CellValue) => (value === 'CN-GD' ? ['Guangdong', '广东'] : []);
    const whole = buildSearchTexts(columns, cells, raw.length, vocabulary('fr'), extra);
    // Cell by cell, in any order: the same texts.
    const textOf = searchTexter(columns, cells, vocabulary('fr'), extra);
    for (let r = raw.length - 1; r >= 0; r--) for (let c = 0; c < columns.length; c++) expect(textOf(c, r), `${c} ${r}`).to.equal(whole[c][r]);
    // An index built up to a slice, then searched: its rows from the index, the others from their cells.
    const progress = { texts: [] as string[][], rows: 0 };
    const slices = searchTextSlices(columns, cells, raw.length, vocabulary('fr'), extra, 1000, progress);
    slices.next();
    expect(progress.rows).to.equal(1000);
    for (const query of ['xian', 'guangdong 12', '广东 parc 7', 'parc 2001', '1990', 'p29', 'nothing', 'xi an 西安']) {
      const terms = queryTerms(query);
      const expected = Array.from(filterIndices(raw.length, { terms, texts: whole }));
      for (const [texts, indexed] of [[progress.texts, progress.rows], [columns.map(() => []), 0], [whole, raw.length]] as const) {
        const found = finish(filterSlices(raw.length, { terms, texts, indexed, textOf: searchTexter(columns, cells, vocabulary('fr'), extra) }, 700));
        expect(Array.from(found), `${query} from row ${indexed}`).to.deep.equal(expected);
      }
      expect(expected.length > 0 || query === 'nothing', query).to.equal(true);
    }
  });

  it('writes numbers as the digits the search reads, whatever their size, sign or decimals', () => {
    const cases: [number, string][] = [[0, '0'], [1991, '1991'], [12.5, '125'], [-3, '3'], [-0.25, '025'], [0.000001, '0000001'], [1e-7, '17'], [1e21, '121'], [123456789.125, '123456789125']];
    for (const [n, digits] of cases) expect(searchDigits(n), String(n)).to.equal(digits);
  });

  it('gives every cell its folded text, whether its column repeats values (regions) or not (names, cities)', () => {
    const columns = resolveColumns([
      { key: 'name', label: 'Name' },
      { key: 'city', label: 'City' },
      { key: 'provinceId', label: 'Region', type: 'region' },
    ]).columns;
    // Names all differ; cities differ for the first 600 rows, then repeat; regions repeat from the start.
    const raw = Array.from({ length: 3000 }, (_, i) => ({ name: `Xi’an Parc n° ${i}`, city: i < 600 ? `Ville ${i}` : 'Ürümqi', provinceId: i % 2 ? 'CN-GD' : 'CN-XX' }));
    const cells = columns.map((c) => raw.map((row) => readCell(c, row[c.key as keyof typeof row]) as CellValue | null));
    const extra = (_: unknown, value: CellValue) => (value === 'CN-GD' ? ['广东'] : []);
    const texts = buildSearchTexts(columns, cells, raw.length, vocabulary('fr'), extra);
    raw.forEach((row, i) => {
      expect(texts[0][i]).to.equal(foldForSearch(row.name));
      expect(texts[1][i]).to.equal(foldForSearch(row.city));
      expect(texts[2][i]).to.equal(row.provinceId === 'CN-GD' ? foldForSearch('Guangdong 广东') : 'cnxx');
    });
    expect(texts[0][2999]).to.equal('xianparcn2999');
    expect(texts[1][2999]).to.equal('urumqi');
  });

  it('folds a text in several languages part by part into the text folded whole (Latin, accents, Chinese, Greek, marks)', () => {
    const columns = resolveColumns([{ key: 'name', label: 'Name' }]).columns;
    let seed = 5;
    const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const alphabet = [...'aZé É Ü’-.,西安广东合肥 ΣσςΟΔΟΣ\u0301 1 9 '];
    const word = () => Array.from({ length: Math.floor(random() * 8) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    // The Chinese names repeat (folded once each), the Latin parts differ.
    const values = Array.from({ length: 3000 }, (_, i) => ({ fr: `${word()} ${i}`, en: word(), zh: ['合肥', '西安', '广东', word()][i % 4] }));
    const cells = [values.map((v) => readCell(columns[0], v) as CellValue)];
    const extra = () => ['Guangdong', '广东'];
    const texts = buildSearchTexts(columns, cells, values.length, vocabulary('en'), extra);
    values.forEach((v, i) => {
      const shown = cellText(columns[0], cells[0][i]!, vocabulary('en'));
      expect(texts[0][i], JSON.stringify(v)).to.equal(foldForSearch(`${shown} ${['Guangdong', '广东', v.fr, v.en, v.zh].join(' ')}`));
    });
  });
});
