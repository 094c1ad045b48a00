import { expect } from '@open-wc/testing';
import { PointerGestures } from './pointer-gestures.js';

describe('PointerGestures', () => {
  it('a press that barely moves is a click, not a drag', () => {
    const g = new PointerGestures();
    g.down(1, [100, 100]);
    expect(g.move(1, [102, 101])).to.deep.equal({ kind: 'none' });
    g.up(1);
    expect(g.takeClickSuppression()).to.equal(false);
  });

  it('a press that moves past the threshold drags by the pointer’s steps, and swallows the next click once', () => {
    const g = new PointerGestures();
    g.down(1, [100, 100]);
    expect(g.move(1, [110, 100])).to.deep.equal({ kind: 'drag', delta: [10, 0], first: true });
    expect(g.move(1, [115, 90])).to.deep.equal({ kind: 'drag', delta: [5, -10], first: false });
    expect(g.moving).to.equal(true);
    g.up(1);
    expect(g.takeClickSuppression()).to.equal(true);
    expect(g.takeClickSuppression()).to.equal(false);
  });

  it('does not drag when the element says a drag would do nothing', () => {
    const g = new PointerGestures();
    g.down(1, [100, 100]);
    expect(g.move(1, [150, 100], false)).to.deep.equal({ kind: 'none' });
  });

  it('two pointers pinch: scale from their distance, shift of their centre', () => {
    const g = new PointerGestures();
    g.down(1, [100, 100]);
    g.down(2, [200, 100]);
    const step = g.move(2, [300, 100]);
    expect(step).to.deep.equal({ kind: 'pinch', scale: 2, center: [200, 100], shift: [50, 0] });
    g.up(1);
    g.up(2);
    expect(g.pressed).to.equal(false);
    expect(g.takeClickSuppression()).to.equal(true);
  });

  it('ignores moves of a pointer that is not pressed', () => {
    expect(new PointerGestures().move(9, [1, 1])).to.deep.equal({ kind: 'none' });
  });
});
