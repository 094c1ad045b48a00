import { expect } from '@open-wc/testing';
import { summarizeMap, type MapSummaryWords } from './summary.js';

const say: MapSummaryWords = {
  intro: (n) => `Map of ${n} regions.`,
  highest: (names, v) => `Highest: ${names.join(', ')}, ${v}.`,
  zero: (n) => `${n} at zero.`,
  noData: (n) => `${n} without data.`,
};

describe('summarizeMap', () => {
  it('says how many regions, the highest and who has it, how many at zero and without data', () => {
    const rows = [
      { name: 'Guangdong', value: 6 },
      { name: 'Hubei', value: 2 },
      { name: 'Tibet', value: 0 },
      { name: 'Qinghai', value: 0 },
      { name: 'Taiwan', value: null },
    ];
    expect(summarizeMap(rows, say)).to.equal('Map of 5 regions. Highest: Guangdong, 6. 2 at zero. 1 without data.');
  });

  it('names every region that ties for the highest value, and leaves out what is not there', () => {
    expect(summarizeMap([{ name: 'A', value: 3 }, { name: 'B', value: 3 }, { name: 'C', value: 1 }], say)).to.equal('Map of 3 regions. Highest: A, B, 3.');
  });

  it('has no "highest" when every value is zero or missing', () => {
    expect(summarizeMap([{ name: 'A', value: 0 }, { name: 'B', value: null }], say)).to.equal('Map of 2 regions. 1 at zero. 1 without data.');
    expect(summarizeMap([], say)).to.equal('Map of 0 regions.');
  });
});
