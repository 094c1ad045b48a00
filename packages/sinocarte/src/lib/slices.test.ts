import { expect } from '@open-wc/testing';
import { finish, sliceClock } from './slices.js';

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

  it('sliceClock stops a task before a slice as long as the last one would overrun its budget', () => {
    let t = 100;
    const timeUp = sliceClock(30, () => t);
    t += 10;
    expect(timeUp(), '10 ms spent, a 10 ms slice ends at 20').to.equal(false);
    t += 5;
    expect(timeUp(), '15 ms spent, a 5 ms slice ends at 20').to.equal(false);
    t += 12;
    // 27 ms spent: another 12 ms slice would end at 39 ms, a 30 ms budget checked only after it would not stop it.
    expect(timeUp()).to.equal(true);
    const quick = sliceClock(30, () => t);
    t += 1;
    expect(quick()).to.equal(false);
    // A slice longer than the budget: stop after it.
    const slow = sliceClock(30, () => t);
    t += 40;
    expect(slow()).to.equal(true);
  });
});
