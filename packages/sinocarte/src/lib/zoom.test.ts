import { expect } from '@open-wc/testing';
import { IDENTITY, MAX_SCALE, clampTransform, panBy, zoomAround } from './zoom.js';

describe('zoom', () => {
  it('keeps the point under the cursor in place', () => {
    const t = zoomAround(IDENTITY, 2, [100, 50], 400, 300);
    expect(t.k).to.equal(2);
    expect(100 * t.k + t.x, 'the map point under the cursor stays under it').to.be.closeTo(100, 1e-9);
    expect(150 * t.k + t.x, 'a point 50 px to the right is now 100 px to the right').to.be.closeTo(200, 1e-9);
  });

  it('never zooms out past the whole map or in past the maximum', () => {
    expect(zoomAround(IDENTITY, 0.5, [0, 0], 400, 300)).to.deep.equal(IDENTITY);
    expect(zoomAround(IDENTITY, 1000, [0, 0], 400, 300).k).to.equal(MAX_SCALE);
  });

  it('does not pan into empty space', () => {
    expect(panBy(IDENTITY, 50, 50, 400, 300)).to.deep.equal(IDENTITY);
    const zoomed = { k: 2, x: -100, y: -100 };
    expect(panBy(zoomed, 500, 0, 400, 300).x).to.equal(0);
    expect(panBy(zoomed, -5000, 0, 400, 300).x).to.equal(-400);
    expect(clampTransform({ k: 0.2, x: 10, y: 10 }, 400, 300)).to.deep.equal(IDENTITY);
  });
});
