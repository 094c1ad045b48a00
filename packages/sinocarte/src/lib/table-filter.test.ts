import { expect } from '@open-wc/testing';
import { filterIndices, filterSlices, foldForSearch, formatYears, parseList, parseYears, queryTerms } from './table-filter.js';

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

  it('filters in slices exactly as in one go, whatever the slice (boundaries, empty table, nothing kept)', () => {
    const count = 1000;
    const regions = Array.from({ length: count }, (_, i) => (i % 7 === 0 ? null : `CN-${i % 5}`));
    const tags = Array.from({ length: count }, (_, i) => (i % 11 === 0 ? null : [`t${i % 3}`, `u${i % 4}`]));
    const years = Float64Array.from({ length: count }, (_, i) => (i % 13 === 0 ? NaN : 1980 + (i % 40)));
    const texts = [Array.from({ length: count }, (_, i) => foldForSearch(`Park ${i} Wuhan`)), Array.from({ length: count }, (_, i) => (i % 2 ? 'hubei' : 'shaanxi'))];
    const filters = [
      {},
      { terms: queryTerms('wuhan 1'), texts },
      { oneOf: { values: regions, allowed: new Set(['CN-1', 'CN-3']) }, years: { values: years, range: { from: 1990, to: 2005 } } },
      { anyOf: { values: tags, allowed: new Set(['u2']) }, terms: queryTerms('hubei'), texts },
      { terms: queryTerms('nowhere'), texts },
    ];
    for (const filter of filters) {
      const whole = Array.from(filterIndices(count, filter));
      for (const slice of [1, 3, 256, 999, 1000, 5000]) {
        const slices = filterSlices(count, filter, slice);
        let yields = 0;
        let step = slices.next();
        while (!step.done) {
          yields++;
          step = slices.next();
        }
        expect(Array.from(step.value), `slice ${slice}`).to.deep.equal(whole);
        expect(yields).to.equal(Math.ceil(count / slice) - 1);
      }
    }
    expect(Array.from(filterIndices(0, {}))).to.deep.equal([]);
    expect(filterSlices(0, {}).next()).to.deep.include({ done: true });
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
