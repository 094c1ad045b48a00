import { expect } from '@open-wc/testing';
import { INVALID, cellText, exportCells, isSafeHref, readCell, resolveColumns, type Vocabulary } from './table-columns.js';

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
    expect(readCell(date, '1981-12-01')).to.deep.include({ order: 19811201, year: 1981 });
    expect(readCell(date, '1981-13')).to.equal(INVALID);
    expect(readCell(url, 'javascript:alert(1)')).to.deep.equal({ href: 'javascript:alert(1)', safe: false, historical: false });
  });

  it('makes links only of http and https addresses', () => {
    expect(isSafeHref('http://www.zgc.gov.cn')).to.equal(true);
    expect(isSafeHref('https://example.org/a')).to.equal(true);
    expect(isSafeHref('javascript:alert(1)')).to.equal(false);
    expect(isSafeHref('JAVASCRIPT:alert(1)')).to.equal(false);
    expect(isSafeHref('data:text/html,<b>x</b>')).to.equal(false);
    expect(isSafeHref('www.example.org')).to.equal(false);
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
});
