import { expect } from '@open-wc/testing';
import { placeTooltip } from './tooltip-position.js';

const bounds = { left: 0, top: 0, right: 300, bottom: 200 };

describe('placeTooltip', () => {
  it('centres the tooltip above its anchor when there is room', () => {
    expect(placeTooltip([150, 150], 100, 40, bounds)).to.deep.equal({ x: 100, y: 98 });
  });

  it('flips below the anchor near the top edge', () => {
    expect(placeTooltip([150, 20], 100, 40, bounds).y).to.equal(32);
  });

  it('stays inside the bounds at the side edges', () => {
    expect(placeTooltip([290, 150], 100, 40, bounds).x).to.equal(200);
    expect(placeTooltip([5, 150], 100, 40, bounds).x).to.equal(0);
  });

  it('stays inside the bounds when the tooltip is taller than the room above and below', () => {
    const { y } = placeTooltip([150, 100], 100, 150, bounds);
    expect(y).to.be.at.least(0);
    expect(y + 150).to.be.at.most(200);
  });
});
