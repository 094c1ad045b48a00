import { expect } from '@open-wc/testing';
import { nearestTo, neighbourInDirection, type Point } from './neighbours.js';

// A plus-shaped layout on screen coordinates (y grows downwards).
const centroids = new Map<string, Point>([
  ['centre', [100, 100]],
  ['north', [100, 40]],
  ['south', [105, 170]],
  ['east', [170, 95]],
  ['far-east', [260, 100]],
  ['west', [30, 110]],
  ['north-east-diagonal', [150, 50]],
]);

describe('neighbourInDirection', () => {
  it('moves to the closest region straight ahead', () => {
    expect(neighbourInDirection('centre', 'up', centroids)).to.equal('north');
    expect(neighbourInDirection('centre', 'down', centroids)).to.equal('south');
    expect(neighbourInDirection('centre', 'right', centroids)).to.equal('east');
    expect(neighbourInDirection('centre', 'left', centroids)).to.equal('west');
  });

  it('prefers a region ahead over a nearer one off to the side', () => {
    expect(neighbourInDirection('east', 'right', centroids)).to.equal('far-east');
  });

  it('returns null at the edge of the map', () => {
    expect(neighbourInDirection('far-east', 'right', centroids)).to.equal(null);
    expect(neighbourInDirection('unknown', 'right', centroids)).to.equal(null);
  });

  it('finds where navigation starts', () => {
    expect(nearestTo([95, 45], centroids)).to.equal('north');
  });
});
