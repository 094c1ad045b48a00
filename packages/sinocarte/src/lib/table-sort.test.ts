import { expect } from '@open-wc/testing';
import { finish } from './slices.js';
import { formatSort, numericValues, parseSort, plainKey, rankText, rankTextSlices, sortIndices, toggleSort } from './table-sort.js';

const all = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);

describe('table-sort', () => {
  it('ranks text exactly as Intl.Collator orders it, accents and case included', () => {
    const values = ['Zhuhai', 'Xi’an', 'éclair', 'Eclair', 'eclair', 'Yangling', 'a b', 'ab', 'a1', 'Ürümqi', 'Urumqi', 'Œuvre', 'oeuvre', '西安', 'Ba', 'ba'];
    for (const locale of ['fr', 'en', 'zh']) {
      const collator = new Intl.Collator(locale);
      const ranks = rankText(values, collator);
      const byRank = [...values].sort((a, b) => ranks[values.indexOf(a)] - ranks[values.indexOf(b)]);
      expect(byRank, locale).to.deep.equal([...values].sort(collator.compare));
    }
  });

  it('sorts Chinese region names by pinyin with the zh collator', () => {
    const names = ['浙江', '安徽', '北京', '广东'];
    const ranks = rankText(names, new Intl.Collator('zh-u-co-pinyin'));
    const order = sortIndices(all(4), [{ values: ranks, descending: false }]);
    expect(Array.from(order, (i) => names[i])).to.deep.equal(['安徽', '北京', '广东', '浙江']);
  });

  it('gives equal strings the same rank and missing values NaN', () => {
    const ranks = rankText(['b', null, 'a', 'b'], new Intl.Collator('fr'));
    expect(ranks[0]).to.equal(ranks[3]);
    expect(ranks[2]).to.be.lessThan(ranks[0]);
    expect(Number.isNaN(ranks[1])).to.equal(true);
  });

  it('plainKey folds accents and case only for plain Latin text, with a few marks kept in collation order', () => {
    expect(plainKey('Éclair 2')).to.equal('eclair 2');
    expect(plainKey('Œuvre')).to.equal(null);
    expect(plainKey('西安')).to.equal(null);
    expect(plainKey('a+b')).to.equal(null);
    // The collator's order: space, then _ - , . and the apostrophes (' ‘ ’ equal at the primary level), then digits, then letters.
    const marked = ['xi an', 'xi_an', 'xi-an', 'xi,an', 'xi.an', "xi'an", 'xi‘an', 'xi’an', 'xi0an', 'xian'];
    const keys = marked.map(plainKey) as string[];
    expect(keys.every((k) => k !== null)).to.equal(true);
    expect([...keys].sort()).to.deep.equal(keys);
    expect(new Set(keys.slice(5, 8)).size).to.equal(1);
    for (const locale of ['fr', 'en', 'zh-u-co-pinyin']) expect([...marked].sort(new Intl.Collator(locale).compare), locale).to.deep.equal(marked);
  });

  it('ranks like Intl.Collator on random mixes of letters, accents, case, marks, digits and other scripts', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const alphabet = [...'aAbBeéÉèzZ 0 9-_,.\'’‘+/œ西安'];
    const word = () => Array.from({ length: 1 + Math.floor(random() * 5) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    // Many repeats (few distinct values) and all different (the path for many distinct values).
    for (const size of [300, 6000]) {
      const values = Array.from({ length: size }, (_, i) => (size < 1000 ? word() : `${word()}${i}${word()}`));
      for (const locale of ['fr', 'en', 'zh-u-co-pinyin']) {
        const collator = new Intl.Collator(locale);
        const ranks = rankText(values, collator);
        const order = sortIndices(all(values.length), [{ values: ranks, descending: false }]);
        const sorted = Array.from(order, (i) => values[i]);
        expect(sorted, `${locale}, ${size}`).to.deep.equal([...values].sort(collator.compare));
        // Equal strings, and only they, share a rank.
        for (let k = 1; k < order.length; k++) expect(ranks[order[k]] === ranks[order[k - 1]]).to.equal(sorted[k] === sorted[k - 1]);
      }
    }
  });

  it('ranks in slices exactly as in one go, at every slice boundary: few or many distinct values, ties, null, French and Chinese', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const alphabet = [...'aAeéÉèœzZ 09-’西安北京广东'];
    const word = () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const few = Array.from({ length: 500 }, () => (random() < 0.1 ? null : word()));
    // Over 4,096 distinct values (the merge path), with repeats and nulls; 5,000 is no power of two (odd runs).
    const many = Array.from({ length: 5000 }, (_, i) => (i % 97 === 0 ? null : i % 13 === 0 ? 'Xi’an' : `${word()}${i % 4099}`));
    for (const values of [few, many, [], [null, null], ['b']]) {
      for (const locale of ['fr', 'zh-u-co-pinyin']) {
        const collator = new Intl.Collator(locale);
        const whole = rankText(values, collator);
        for (const slice of [1, 7, 64, 4096]) {
          const slices = rankTextSlices(values, collator, slice);
          let yields = 0;
          let step = slices.next();
          while (!step.done) {
          yields++;
          step = slices.next();
        }
          expect(Array.from(step.value), `${locale}, ${values.length} values, slice ${slice}`).to.deep.equal(Array.from(whole));
          if (values.length > 2 * slice) expect(yields, 'yields').to.be.greaterThan(values.length / slice - 1);
        }
        // And the ranks order the values as the collator does.
        const present = values.filter((v): v is string => v !== null);
        const order = sortIndices(all(values.length), [{ values: whole, descending: false }]).slice(0, present.length);
        expect(Array.from(order, (i) => values[i])).to.deep.equal([...present].sort(collator.compare));
      }
    }
    expect(Array.from(finish(rankTextSlices([], new Intl.Collator('fr'))))).to.deep.equal([]);
  });

  it('orders by whole-number keys (counting passes) exactly as by comparison, and falls back for decimals and wide spans', () => {
    let seed = 3;
    const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const column = (make: () => number) => numericValues(Array.from({ length: 2000 }, () => (random() < 0.05 ? null : make())));
    const reference = (indices: Uint32Array, keys: { values: Float64Array; descending: boolean }[]) => {
      const position = new Map(Array.from(indices, (r, p) => [r, p]));
      const one = (a: number, b: number, descending: boolean) => (a !== a || b !== b ? Number(a !== a) - Number(b !== b) : descending ? b - a : a - b);
      return Array.from(indices).sort((i, j) => {
        for (const k of keys) {
          const c = one(k.values[i], k.values[j], k.descending);
          if (c !== 0) return c;
        }
        return position.get(i)! - position.get(j)!;
      });
    };
    const year = column(() => 1950 + Math.floor(random() * 80));
    const rank = column(() => Math.floor(random() * 300));
    const negative = column(() => -5 - Math.floor(random() * 10));
    const area = column(() => Math.round(random() * 1000) / 10);
    const wide = column(() => Math.floor(random() * 3) * 1e9);
    // A filtered subset in a shuffled order: ties keep it.
    const subset = Uint32Array.from(all(2000).filter((i) => i % 3 !== 0)).sort(() => random() - 0.5);
    for (const indices of [all(2000), subset, new Uint32Array(0)]) {
      for (const keys of [[year], [rank], [negative], [area], [wide], [year, rank], [rank, area], [year, negative, rank]]) {
        for (const descending of [[false, false, false], [true, false, true], [false, true, true]]) {
          const spec = keys.map((values, k) => ({ values, descending: descending[k] }));
          expect(Array.from(sortIndices(indices, spec))).to.deep.equal(reference(indices, spec));
        }
      }
    }
    // The input is never sorted in place.
    const input = Uint32Array.from([2, 0, 1]);
    sortIndices(input, [{ values: numericValues([3, 2, 1]), descending: false }]);
    expect(Array.from(input)).to.deep.equal([2, 0, 1]);
  });

  it('puts missing values last in both directions', () => {
    const values = numericValues([3, null, 1, 2, null]);
    const up = sortIndices(all(5), [{ values, descending: false }]);
    const down = sortIndices(all(5), [{ values, descending: true }]);
    expect(Array.from(up)).to.deep.equal([2, 3, 0, 1, 4]);
    expect(Array.from(down)).to.deep.equal([0, 3, 2, 1, 4]);
  });

  it('uses the second key to break ties and keeps the input order otherwise', () => {
    const year = numericValues([1991, 1988, 1991, 1988, 1991]);
    const area = numericValues([10, null, 30, 5, 10]);
    const order = sortIndices(all(5), [
      { values: year, descending: false },
      { values: area, descending: true },
    ]);
    expect(Array.from(order)).to.deep.equal([3, 1, 2, 0, 4]);
    // A pre-filtered, reordered input keeps its order among ties.
    const subset = sortIndices(Uint32Array.from([4, 0, 2]), [{ values: year, descending: false }]);
    expect(Array.from(subset)).to.deep.equal([4, 0, 2]);
  });

  it('parses and formats sort specs', () => {
    expect(parseSort('-year, name')).to.deep.equal([
      { key: 'year', descending: true },
      { key: 'name', descending: false },
    ]);
    expect(parseSort('')).to.deep.equal([]);
    expect(formatSort(parseSort('-year,name'))).to.equal('-year,name');
  });

  it('toggles: click sorts one column then flips it; Shift adds or flips a second key', () => {
    let keys = toggleSort([], 'year', false);
    expect(formatSort(keys)).to.equal('year');
    keys = toggleSort(keys, 'year', false);
    expect(formatSort(keys)).to.equal('-year');
    keys = toggleSort(keys, 'name', true);
    expect(formatSort(keys)).to.equal('-year,name');
    keys = toggleSort(keys, 'name', true);
    expect(formatSort(keys)).to.equal('-year,-name');
    keys = toggleSort(keys, 'city', false);
    expect(formatSort(keys)).to.equal('city');
  });
});
