import { expect } from '@open-wc/testing';
import { buildOffsets, rowAt, scrollToShow, visibleWindow } from './table-window.js';

describe('table-window', () => {
  it('builds offsets from measured heights and an estimate for the rest', () => {
    const heights = Float64Array.from([10, NaN, 30]);
    const offsets = buildOffsets([2, 0, 1], heights, 20);
    expect(Array.from(offsets)).to.deep.equal([0, 30, 40, 60]);
  });

  it('finds the row under a point', () => {
    const offsets = Float64Array.from([0, 30, 40, 60]);
    expect(rowAt(offsets, 0)).to.equal(0);
    expect(rowAt(offsets, 35)).to.equal(1);
    expect(rowAt(offsets, 40)).to.equal(2);
    expect(rowAt(offsets, 1000)).to.equal(2);
  });

  it('renders only the rows in view plus an overscan, with the space around them', () => {
    const offsets = buildOffsets(Uint32Array.from({ length: 100000 }, (_, i) => i), new Float64Array(100000).fill(NaN), 40);
    const w = visibleWindow(offsets, 400000, 600, 5);
    expect(w.start).to.equal(9995);
    expect(w.end).to.equal(10021);
    expect(w.before).to.equal(9995 * 40);
    expect(w.before + (w.end - w.start) * 40 + w.after).to.equal(4000000);
    expect(visibleWindow(new Float64Array(1), 0, 600)).to.deep.equal({ start: 0, end: 0, before: 0, after: 0 });
  });

  it('scrolls only as much as needed to show a row', () => {
    const offsets = Float64Array.from([0, 40, 80, 120, 160]);
    expect(scrollToShow(offsets, 1, 0, 100)).to.equal(null);
    expect(scrollToShow(offsets, 3, 0, 100)).to.equal(60);
    expect(scrollToShow(offsets, 0, 50, 100)).to.equal(0);
  });
});
