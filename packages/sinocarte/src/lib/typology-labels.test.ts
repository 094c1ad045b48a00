import { expect } from '@open-wc/testing';
import { boxesOverlap, isUnambiguous, placeLabels, segmentHitsBox, wrapText, type Box, type LabelRequest } from './typology-labels.js';

const bounds: Box = { left: 0, top: 0, right: 400, bottom: 300 };
const radius = 5;

/** Every pair of placed labels, and every label against every point, must be apart. */
function assertNoOverlap(requests: LabelRequest[], result: ReturnType<typeof placeLabels>, obstacles: Box[] = []) {
  const { placed } = result;
  for (let i = 0; i < placed.length; i++) {
    const a = placed[i].box;
    expect(a.left, `${placed[i].id} inside`).to.be.at.least(bounds.left);
    expect(a.right, `${placed[i].id} inside`).to.be.at.most(bounds.right);
    expect(a.top).to.be.at.least(bounds.top);
    expect(a.bottom).to.be.at.most(bounds.bottom);
    for (let j = i + 1; j < placed.length; j++) expect(boxesOverlap(a, placed[j].box), `${placed[i].id} vs ${placed[j].id}`).to.equal(false);
    for (const r of requests) {
      const point = { left: r.x - radius, top: r.y - radius, right: r.x + radius, bottom: r.y + radius };
      expect(boxesOverlap(a, point), `${placed[i].id} covers point ${r.id}`).to.equal(false);
    }
    for (const o of obstacles) expect(boxesOverlap(a, o), `${placed[i].id} covers an obstacle`).to.equal(false);
  }
}

describe('placeLabels', () => {
  it('puts a lone label to the right of its point, vertically centred, without a leader', () => {
    const { placed, unplaced } = placeLabels([{ id: 'a', x: 100, y: 100, width: 60, height: 14 }], { bounds, radius, gap: 4 });
    expect(unplaced).to.deep.equal([]);
    expect(placed[0].leader).to.equal(null);
    expect(placed[0].box.left).to.equal(109);
    expect((placed[0].box.top + placed[0].box.bottom) / 2).to.equal(100);
  });

  it('flips to the left when the right edge is too close', () => {
    const { placed } = placeLabels([{ id: 'a', x: 380, y: 100, width: 60, height: 14 }], { bounds, radius });
    expect(placed[0].box.right).to.be.at.most(380 - radius);
  });

  it('keeps labels of close points apart, and clear of every point', () => {
    const requests: LabelRequest[] = [
      { id: 'a', x: 150, y: 150, width: 90, height: 14 },
      { id: 'b', x: 160, y: 158, width: 90, height: 14 },
      { id: 'c', x: 145, y: 140, width: 90, height: 14 },
      { id: 'd', x: 250, y: 150, width: 90, height: 14 },
    ];
    const result = placeLabels(requests, { bounds, radius });
    expect(result.unplaced).to.deep.equal([]);
    assertNoOverlap(requests, result);
  });

  it('avoids obstacles', () => {
    const obstacle = { left: 105, top: 80, right: 200, bottom: 120 };
    const requests = [{ id: 'a', x: 100, y: 100, width: 60, height: 14 }];
    const result = placeLabels(requests, { bounds, radius, obstacles: [obstacle] });
    assertNoOverlap(requests, result, [obstacle]);
    expect(result.placed[0].box.right).to.be.at.most(100);
  });

  it('falls back to a leader line when all adjacent spots are taken, and the leader crosses nothing', () => {
    // Two walls leave the point only a corridor upwards: its label must go above the walls, on a leader.
    const walls: Box[] = [
      { left: 120, top: 100, right: 195, bottom: 200 },
      { left: 205, top: 100, right: 280, bottom: 200 },
    ];
    const requests: LabelRequest[] = [{ id: 'a', x: 200, y: 150, width: 70, height: 14 }];
    const result = placeLabels(requests, { bounds, radius, obstacles: walls });
    expect(result.unplaced).to.deep.equal([]);
    const [placement] = result.placed;
    expect(placement.leader, 'a leader line').to.not.equal(null);
    expect(placement.box.bottom).to.be.at.most(100);
    for (const wall of walls) {
      expect(boxesOverlap(placement.box, wall)).to.equal(false);
      expect(segmentHitsBox(placement.leader!, wall)).to.equal(false);
    }
    // The leader joins the point's edge to the label's edge.
    const [x1, y1, x2, y2] = placement.leader!;
    expect(Math.hypot(x1 - 200, y1 - 150)).to.be.closeTo(radius + 1, 0.01);
    expect(y2).to.equal(placement.box.bottom);
    expect(x2).to.be.within(placement.box.left, placement.box.right);
  });

  it('keeps a crowded cluster readable: every label placed, none overlapping', () => {
    const requests: LabelRequest[] = [
      { id: 'centre', x: 200, y: 150, width: 70, height: 14 },
      { id: 'n', x: 200, y: 136, width: 70, height: 14 },
      { id: 's', x: 200, y: 164, width: 70, height: 14 },
      { id: 'e', x: 214, y: 150, width: 70, height: 14 },
      { id: 'w', x: 186, y: 150, width: 70, height: 14 },
      { id: 'ne', x: 214, y: 136, width: 70, height: 14 },
    ];
    const result = placeLabels(requests, { bounds, radius });
    expect(result.unplaced).to.deep.equal([]);
    assertNoOverlap(requests, result);
  });

  it('never puts a label beside a point where it reads as a neighbour’s label', () => {
    // b sits just right of a: a's label may not go to a's right (it would butt against b), nor anywhere nearer b than a.
    const requests: LabelRequest[] = [
      { id: 'a', x: 100, y: 100, width: 60, height: 14 },
      { id: 'b', x: 180, y: 100, width: 60, height: 14 },
    ];
    const result = placeLabels(requests, { bounds, radius });
    assertNoOverlap(requests, result);
    for (const p of result.placed) {
      if (!p.leader) expect(isUnambiguous(p.box, requests.find((r) => r.id === p.id)!, requests), p.id).to.equal(true);
    }
    const a = result.placed.find((p) => p.id === 'a')!;
    expect(a.box.left < 100 || a.leader !== null || a.box.bottom < 100 || a.box.top > 100, 'a is not labelled towards b').to.equal(true);
  });

  it('reports labels that cannot fit anywhere instead of overlapping', () => {
    const tiny: Box = { left: 0, top: 0, right: 60, bottom: 40 };
    const requests: LabelRequest[] = [
      { id: 'a', x: 20, y: 20, width: 50, height: 14 },
      { id: 'b', x: 40, y: 20, width: 50, height: 14 },
    ];
    const result = placeLabels(requests, { bounds: tiny, radius });
    expect(result.unplaced.length).to.be.greaterThan(0);
    expect(result.placed.length + result.unplaced.length).to.equal(2);
  });

  it('is deterministic and returns placements in input order', () => {
    const requests: LabelRequest[] = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, x: 40 + ((i * 53) % 320), y: 30 + ((i * 37) % 240), width: 80, height: 14 }));
    const one = placeLabels(requests, { bounds, radius });
    const two = placeLabels(requests, { bounds, radius });
    expect(one).to.deep.equal(two);
    expect(one.placed.map((p) => p.id)).to.deep.equal(requests.map((r) => r.id).filter((id) => !one.unplaced.includes(id)));
    assertNoOverlap(requests, one);
  });
});

describe('segmentHitsBox', () => {
  const box = { left: 10, top: 10, right: 20, bottom: 20 };
  it('sees a segment crossing, missing, or ending before a box', () => {
    expect(segmentHitsBox([0, 15, 30, 15], box)).to.equal(true);
    expect(segmentHitsBox([0, 0, 30, 0], box)).to.equal(false);
    expect(segmentHitsBox([0, 15, 5, 15], box)).to.equal(false);
    expect(segmentHitsBox([0, 0, 30, 30], box)).to.equal(true);
  });
});

describe('wrapText', () => {
  const measure = (s: string) => s.length * 6;
  it('breaks at spaces within the width', () => {
    const lines = wrapText('Approche intégrée et progressive', 100, measure);
    expect(lines.join(' ')).to.equal('Approche intégrée et progressive');
    for (const line of lines) expect(measure(line)).to.be.at.most(100);
    expect(lines.length).to.be.greaterThan(1);
  });
  it('breaks between Chinese characters', () => {
    const lines = wrapText('横向协调（区域内或跨地域）', 30, measure);
    expect(lines.join('')).to.equal('横向协调（区域内或跨地域）');
    expect(lines.length).to.be.greaterThan(2);
  });
  it('keeps a word longer than the line whole', () => {
    expect(wrapText('interterritoriale x', 30, measure)).to.deep.equal(['interterritoriale', 'x']);
  });
});
