import { expect } from '@open-wc/testing';
import { filterIndices, foldForSearch, formatYears, parseList, parseYears, queryTerms } from './table-filter.js';

describe('table-filter', () => {
  it('folds accents, case, apostrophes and spaces', () => {
    expect(foldForSearch("Xi'an")).to.equal('xian');
    expect(foldForSearch('Xi’an')).to.equal('xian');
    expect(foldForSearch('São Paulo')).to.equal('saopaulo');
    expect(foldForSearch('Ürümqi')).to.equal('urumqi');
    expect(foldForSearch('西安')).to.equal('西安');
  });

  it('matches every term of a query, never across two cells', () => {
    const texts = [
      ["Xi'an", 'Wuhan Donghu'].map(foldForSearch),
      ['Shaanxi', 'Hubei'].map(foldForSearch),
    ];
    const run = (q: string) => Array.from(filterIndices(2, { terms: queryTerms(q), texts }));
    expect(run('xian')).to.deep.equal([0]);
    expect(run('XI AN')).to.deep.equal([0]);
    expect(run('donghu wuhan')).to.deep.equal([1]);
    expect(run('hubei donghu'), 'terms in different cells').to.deep.equal([1]);
    expect(run('anshaan')).to.deep.equal([]);
    expect(run('   ')).to.deep.equal([0, 1]);
  });

  it('parses year ranges', () => {
    expect(parseYears('1988-1991')).to.deep.equal({ from: 1988, to: 1991 });
    expect(parseYears('1991–1988')).to.deep.equal({ from: 1988, to: 1991 });
    expect(parseYears('1990')).to.deep.equal({ from: 1990, to: 1990 });
    expect(parseYears('1990-')).to.deep.equal({ from: 1990, to: Infinity });
    expect(parseYears('-1990')).to.deep.equal({ from: -Infinity, to: 1990 });
    expect(parseYears('')).to.equal(null);
    expect(parseYears('soon')).to.equal('invalid');
    expect(parseYears('-')).to.equal('invalid');
    expect(formatYears({ from: 1990, to: Infinity })).to.equal('1990-');
    expect(formatYears({ from: 1988, to: 1988 })).to.equal('1988');
  });

  it('filters by value, by list membership and by year, all together', () => {
    const region = ['CN-GD', 'CN-JS', null, 'CN-GD'];
    const sectors = [['ict'], ['ict', 'software'], ['ict'], null];
    const years = Float64Array.from([1991, 1988, 1990, NaN]);
    expect(Array.from(filterIndices(4, { oneOf: { values: region, allowed: new Set(parseList('CN-GD, CN-JS')) } }))).to.deep.equal([0, 1, 3]);
    expect(Array.from(filterIndices(4, { anyOf: { values: sectors, allowed: new Set(['software']) } }))).to.deep.equal([1]);
    expect(Array.from(filterIndices(4, { years: { values: years, range: { from: 1989, to: Infinity } } }))).to.deep.equal([0, 2]);
    expect(
      Array.from(
        filterIndices(4, {
          oneOf: { values: region, allowed: new Set(['CN-GD']) },
          years: { values: years, range: { from: 1980, to: 2000 } },
        }),
      ),
    ).to.deep.equal([0]);
  });
});
