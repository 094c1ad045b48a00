import { expect } from '@open-wc/testing';
import { MAX_VALUE_LENGTH, mergeState, readState, sharePrefix } from './share-state.js';

const MAP = ['metric', 'selected', 'years'];

describe('share-state: an element’s state in the URL hash', () => {
  it('names keys by id, else by tag without its sino- prefix', () => {
    expect(sharePrefix('carte', 'sino-province-map')).to.equal('sino-carte-');
    expect(sharePrefix('', 'sino-province-map')).to.equal('sino-province-map-');
    expect(sharePrefix('  ', 'SINO-TIMELINE')).to.equal('sino-timeline-');
  });

  it('writes an element’s values and reads them back', () => {
    const hash = mergeState('', 'sino-map-', MAP, { metric: 'revenue', selected: 'CN-HB', years: '' });
    expect(hash).to.equal('#sino-map-metric=revenue&sino-map-selected=CN-HB');
    expect(readState(hash, 'sino-map-', MAP)).to.deep.equal({ state: { metric: 'revenue', selected: 'CN-HB' }, problems: [] });
  });

  it('percent-encodes what a hash cannot carry, and decodes it', () => {
    const hash = mergeState('', 'sino-table-', ['query'], { query: 'Wuhan & 武汉=east #1' });
    expect(hash).to.not.match(/[ #&=]east|武/);
    expect(readState(hash, 'sino-table-', ['query']).state).to.deep.equal({ query: 'Wuhan & 武汉=east #1' });
    expect(readState('#sino-table-query=east+lake', 'sino-table-', ['query']).state).to.deep.equal({ query: 'east lake' });
  });

  it('keeps every other part of the hash in its place: plain anchors, other elements’ keys', () => {
    const start = '#top&sino-map-2-metric=offices&other=1&sino-map-metric=parks';
    const hash = mergeState(start, 'sino-map-', MAP, { metric: 'revenue' });
    expect(hash).to.equal('#top&sino-map-2-metric=offices&other=1&sino-map-metric=revenue');
    // The element `map` does not read `map-2`'s keys although they start with its prefix.
    expect(readState(hash, 'sino-map-', MAP).state).to.deep.equal({ metric: 'revenue' });
    expect(readState(hash, 'sino-map-2-', MAP).state).to.deep.equal({ metric: 'offices' });
  });

  it('updates a key in its place, so that a link stays readable as a reader changes the view', () => {
    const hash = '#sino-map-metric=parks&sino-map-2-metric=offices&sino-map-selected=CN-HB';
    expect(mergeState(hash, 'sino-map-', MAP, { metric: 'revenue', selected: 'CN-HB', years: '2000-2004' })).to.equal(
      '#sino-map-metric=revenue&sino-map-2-metric=offices&sino-map-selected=CN-HB&sino-map-years=2000-2004',
    );
  });

  it('removes an element’s keys when its values go back to empty', () => {
    expect(mergeState('#sino-map-metric=revenue', 'sino-map-', MAP, {})).to.equal('');
    expect(mergeState('#a&sino-map-metric=revenue', 'sino-map-', MAP, {})).to.equal('#a');
  });

  it('ignores names the element does not share, and leaves them in the hash', () => {
    const hash = '#sino-map-width=9000&sino-map-metric=revenue';
    expect(readState(hash, 'sino-map-', MAP).state).to.deep.equal({ metric: 'revenue' });
    expect(mergeState(hash, 'sino-map-', MAP, {})).to.equal('#sino-map-width=9000');
  });

  it('reports a hand-written value it cannot read, and reads the others', () => {
    const long = 'x'.repeat(MAX_VALUE_LENGTH + 1);
    const { state, problems } = readState(`#sino-map-metric=%E0%A4%A&sino-map-selected=a%0Ab&sino-map-years=${long}&sino-map-metric=revenue`, 'sino-map-', MAP);
    expect(state).to.deep.equal({ metric: 'revenue' });
    expect(problems.map((p) => p.key)).to.deep.equal(['sino-map-metric', 'sino-map-selected', 'sino-map-years']);
    expect(problems[2].value.length).to.be.at.most(40);
  });

  it('survives any hash: empty, bare, broken names', () => {
    for (const hash of ['', '#', '#&&', '#=', '#%ZZ=1', '#sino-map-metric', '#sino-map-metric=']) {
      expect(() => readState(hash, 'sino-map-', MAP)).to.not.throw();
      expect(readState(hash, 'sino-map-', MAP).state).to.deep.equal({});
    }
    expect(mergeState('#%ZZ=1', 'sino-map-', MAP, { metric: 'revenue' })).to.equal('#%ZZ=1&sino-map-metric=revenue');
  });
});
