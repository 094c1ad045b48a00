import { expect } from '@open-wc/testing';
import { finish } from './slices.js';

describe('slices', () => {
  it('finish runs a generator of slices to its end and returns its value', () => {
    const seen: number[] = [];
    function* work(): Generator<void, string, void> {
      for (let i = 0; i < 3; i++) {
        seen.push(i);
        yield;
      }
      return 'done';
    }
    expect(finish(work())).to.equal('done');
    expect(seen).to.deep.equal([0, 1, 2]);
    // No slice at all.
    expect(finish((function* (): Generator<void, number, void> { return 7; })())).to.equal(7);
  });
});
