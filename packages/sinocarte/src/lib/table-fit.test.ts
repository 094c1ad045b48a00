import { expect } from '@open-wc/testing';
import { hasLongWord, longestWord, widestRows } from './table-fit.js';

describe('table-fit', () => {
  it('measures words between spaces, hyphens and slashes, each Chinese character a word', () => {
    expect(longestWord('Accord de coopération')).to.equal(11);
    expect(longestWord('Issy-les-Moulineaux')).to.equal(10);
    expect(longestWord('Nord/Pas-de-Calais')).to.equal(6);
    expect(longestWord('合肥高新技术产业开发区')).to.equal(0);
    expect(longestWord('状态（2011年）')).to.equal(4);
    expect(longestWord('')).to.equal(0);
  });

  it('a run of more than 30 characters may wrap anywhere', () => {
    expect(hasLongWord('x'.repeat(31))).to.equal(true);
    expect(hasLongWord('x'.repeat(30))).to.equal(false);
    expect(hasLongWord('Intercommunalité de la vallée de la Marne')).to.equal(false);
  });

  it('finds per column the row with the longest text and the one with the longest word, over a spread sample', () => {
    const rows = [
      ['Un', 'a b c d e f g h i j k'],
      ['Intercommunalité', 'court'],
      ['Deux mots', 'x'.repeat(40)],
      [null, 'Département'],
    ];
    const texts = (c: number, r: number) => rows[r][c];
    expect(widestRows(2, rows.length, texts)).to.deep.equal([[1], [2, 3]]);
    // Sampled: at most `limit` rows read, spread over the whole table (the last quarter is reached).
    const read: number[] = [];
    widestRows(1, 1000, (_c, r) => (read.push(r), 'a'), 10);
    expect(read).to.have.length(10);
    expect(Math.max(...read)).to.be.at.least(900);
  });
});
