import { expect } from '@open-wc/testing';
import { NORMAL_SPACING, keepApart, remembered, spacingFromStyle, withSpacing } from './text-spacing.js';

const natural = (s: string) => s.length * 6;

describe('withSpacing', () => {
  it('adds the letter spacing after each character and the word spacing at each space', () => {
    const measure = withSpacing(natural, 10, { letter: 0.12, word: 0.16 });
    // 'ab cd': 5 characters (30 px) + 5 × 1.2 + 1 × 1.6
    expect(measure('ab cd')).to.be.closeTo(30 + 6 + 1.6, 1e-9);
    expect(measure('')).to.equal(0);
  });

  it('counts a Chinese character once and leaves the measure as it is without spacing', () => {
    expect(withSpacing(natural, 10, { letter: 0.1, word: 0 })('成都')).to.be.closeTo(12 + 2, 1e-9);
    expect(withSpacing(natural, 10, NORMAL_SPACING)).to.equal(natural);
  });
});

describe('remembered', () => {
  it('measures each text once and gives the same widths', () => {
    const seen: string[] = [];
    const measure = remembered((s) => (seen.push(s), natural(s)));
    expect([measure('Canton'), measure('Wuhan'), measure('Canton'), measure('')]).to.deep.equal([36, 30, 36, 0]);
    expect(seen).to.deep.equal(['Canton', 'Wuhan', '']);
  });
});

describe('spacingFromStyle', () => {
  it('reads computed px values as em of the font size, normal as 0', () => {
    const spaced = spacingFromStyle('1.32px', '1.76px', 11);
    expect(spaced.letter).to.be.closeTo(0.12, 1e-9);
    expect(spaced.word).to.be.closeTo(0.16, 1e-9);
    expect(spacingFromStyle('normal', 'normal', 11)).to.deep.equal({ letter: 0, word: 0 });
    expect(spacingFromStyle('2px', '0px', 0)).to.deep.equal({ letter: 0, word: 0 });
  });
});

describe('keepApart', () => {
  it('keeps each box that overlaps none kept before it, in the order given', () => {
    const box = (id: string, left: number, top: number) => ({ id, left, top, right: left + 10, bottom: top + 10 });
    const kept = keepApart([box('big', 0, 0), box('over-big', 5, 5), box('apart', 20, 0), box('touching', 10, 0)]);
    expect(kept.map((b) => b.id)).to.deep.equal(['big', 'apart', 'touching']);
  });
});
