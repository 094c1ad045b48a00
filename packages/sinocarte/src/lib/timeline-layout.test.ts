import { expect } from '@open-wc/testing';
import { fitLabel, labelBand, packLane, placeLabel, type Span } from './timeline-layout.js';

const options = { rows: 2, minSize: 6, gap: 3, clusterSize: 22, clusterMax: 44, length: 1000 };
const points = (xs: number[]): Span[] => xs.map((x) => ({ x0: x, x1: x }));
const count = (marks: ReturnType<typeof packLane>) => marks.reduce((n, m) => n + m.items.length, 0);

describe('timeline-layout', () => {
  it('draws events far apart as single marks on the first row', () => {
    const marks = packLane(points([0, 100, 200]), options);
    expect(marks.map((m) => [m.row, m.items.length, m.cluster ?? false])).to.deep.equal([
      [0, 1, false],
      [0, 1, false],
      [0, 1, false],
    ]);
    expect(marks[0].room).to.equal(100);
    expect(marks[2].room).to.equal(800);
  });

  it('stacks two overlapping events on two rows, and clusters the third', () => {
    const marks = packLane(points([10, 11, 12]), options);
    expect(count(marks)).to.equal(3);
    expect(marks).to.have.length(2);
    const cluster = marks.find((m) => m.cluster)!;
    expect(cluster.items).to.have.length(2);
    expect(cluster.x1 - cluster.x0).to.be.at.least(options.clusterSize);
  });

  it('splits clusters as the zoom spreads events out', () => {
    const times = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    const at = (pxPerUnit: number) => packLane(points(times.map((t) => t * pxPerUnit)), options);
    const low = at(1);
    const high = at(50);
    expect(count(low)).to.equal(10);
    expect(count(high)).to.equal(10);
    expect(low.some((m) => m.cluster)).to.equal(true);
    expect(high.some((m) => m.cluster)).to.equal(false);
    expect(high).to.have.length(10);
  });

  it('keeps dense periods as a series of clusters rather than one', () => {
    const dense = points(Array.from({ length: 1000 }, (_, i) => i));
    const marks = packLane(dense, options);
    expect(count(marks)).to.equal(1000);
    expect(marks.length).to.be.greaterThan(20);
    for (const m of marks) expect(m.x0, 'no cluster starts far after its first event').to.be.at.most(dense[m.items[0]].x0 + options.clusterMax + options.gap + options.clusterSize);
  });

  it('loses no event when several new clusters are folded back in a row', () => {
    // Bursts of three events, each just past the previous cluster's reach: every new cluster opens with one.
    const xs: number[] = [];
    for (let i = 0; i < 40; i++) xs.push(i * 47, i * 47 + 1, i * 47 + 2);
    const marks = packLane(points(xs), options);
    expect(count(marks)).to.equal(xs.length);
    const all = marks.flatMap((m) => m.items).sort((a, b) => a - b);
    expect(all).to.deep.equal(xs.map((_, i) => i));
  });

  it('never overlaps two marks of a row', () => {
    const spans: Span[] = [];
    for (let i = 0; i < 300; i++) spans.push({ x0: (i * 37) % 1000, x1: ((i * 37) % 1000) + (i % 5) * 20 });
    spans.sort((a, b) => a.x0 - b.x0);
    const marks = packLane(spans, options);
    expect(count(marks)).to.equal(300);
    for (const row of [0, 1]) {
      const inRow = marks.filter((m) => m.row === row);
      for (let i = 1; i < inRow.length; i++) expect(inRow[i].x0).to.be.at.least(inRow[i - 1].x1);
    }
  });

  it('sizes the band of lane names to the longest name, within 96 px and a quarter of the width', () => {
    const names = ['Relations', 'Politiques chinoises'];
    const band = labelBand(names, 688, 7);
    expect(band).to.equal(20 * 7 + 16);
    expect(fitLabel(names[1], band - 16, 7)).to.equal('Politiques chinoises');
    expect(labelBand(['Parcs'], 1200, 7)).to.equal(96);
    expect(labelBand(names, 400, 7)).to.equal(100);
  });

  it('cuts labels to the room with an ellipsis', () => {
    expect(fitLabel('Jumelage Montpellier–Chengdu', 1000, 6)).to.equal('Jumelage Montpellier–Chengdu');
    expect(fitLabel('Jumelage Montpellier–Chengdu', 60, 6)).to.equal('Jumelage…');
    expect(fitLabel('Jumelage', 12, 6)).to.equal('');
  });

  it('cuts labels to their measured width (with the reader\'s text spacing) when given a measure', () => {
    // 6 px a character, plus 1.32 px of letter spacing: 'Jumelage…' is 9 × 7.32 = 65.9 px.
    const spaced = (s: string) => [...s].length * 7.32;
    expect(fitLabel('Jumelage Montpellier–Chengdu', 66, spaced)).to.equal('Jumelage…');
    expect(fitLabel('Jumelage Montpellier–Chengdu', 60, spaced)).to.equal('Jumelag…');
    expect(fitLabel('Jumelage Montpellier–Chengdu', 1000, spaced)).to.equal('Jumelage Montpellier–Chengdu');
    expect(fitLabel('Jumelage', 25, spaced)).to.equal('');
    expect(labelBand(['Relations', 'Politiques chinoises'], 688, spaced)).to.equal(Math.ceil(20 * 7.32) + 16);
  });
});

describe('placeLabel', () => {
  // 6 px a character.
  it('puts a label inside its bar when it fits there whole', () => {
    expect(placeLabel('Loi', 100, 40, 300, 6)).to.deep.equal({ x: 104, text: 'Loi', inside: true, cut: false });
  });
  it('else after the bar when the room up to the next mark holds it whole', () => {
    expect(placeLabel('Mission patronale', 100, 40, 300, 6)).to.deep.equal({ x: 143, text: 'Mission patronale', inside: false, cut: false });
    // A point takes its label after it.
    expect(placeLabel('Loi', 100, 4, 300, 6)).to.deep.equal({ x: 107, text: 'Loi', inside: false, cut: false });
  });
  it('else cut to the larger of the two places, never past the next mark', () => {
    const after = placeLabel('Mission patronale française', 100, 40, 220, 6)!;
    expect(after).to.include({ x: 143, inside: false, cut: true });
    expect(after.x + after.text.length * 6).to.be.at.most(217);
    const inside = placeLabel('Mission patronale française', 100, 90, 200, 6)!;
    expect(inside).to.include({ x: 104, inside: true, cut: true });
    expect(inside.text.length * 6).to.be.at.most(82);
    expect(placeLabel('Mission', 100, 4, 125, 6)).to.equal(null);
  });
});
