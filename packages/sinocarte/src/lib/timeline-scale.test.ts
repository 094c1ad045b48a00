import { expect } from '@open-wc/testing';
import { chooseTicks, clampView, isFullView, panView, zoomView } from './timeline-scale.js';

const y = (year: number, month = 1) => Date.UTC(year, month - 1, 1);
const extent = { from: y(1960), to: y(2031) };
const DAY = 86_400_000;

describe('timeline-scale', () => {
  it('zooms around an instant that stays in place', () => {
    const anchor = y(1990);
    const next = zoomView(extent, 2, anchor, extent, 60 * DAY);
    expect(next.to - next.from).to.be.closeTo((extent.to - extent.from) / 2, 1);
    const ratio = (anchor - extent.from) / (extent.to - extent.from);
    expect((anchor - next.from) / (next.to - next.from)).to.be.closeTo(ratio, 1e-9);
  });

  it('never zooms out past the extent nor in past the minimum span', () => {
    expect(zoomView(extent, 0.1, y(1990), extent, 60 * DAY)).to.deep.equal(extent);
    const deep = zoomView(extent, 1e6, y(1990), extent, 60 * DAY);
    expect(deep.to - deep.from).to.equal(60 * DAY);
    expect(isFullView(extent, extent)).to.equal(true);
    expect(isFullView(deep, extent)).to.equal(false);
  });

  it('pans within the extent only', () => {
    const view = { from: y(1980), to: y(1990) };
    expect(panView(view, -100 * 365 * DAY, extent).from).to.equal(extent.from);
    expect(panView(view, 100 * 365 * DAY, extent).to).to.equal(extent.to);
    expect(panView(view, 0, extent)).to.deep.equal(view);
    expect(clampView({ from: y(1900), to: y(1950) }, extent, DAY)).to.deep.equal({ from: extent.from, to: extent.from + (y(1950) - y(1900)) });
  });

  it('picks calendar-aligned ticks that keep their spacing', () => {
    const decades = chooseTicks(extent, 1000, 74, 'fr');
    expect(decades.map((t) => t.label)).to.deep.equal(['1960', '1970', '1980', '1990', '2000', '2010', '2020', '2030']);
    const years = chooseTicks({ from: y(2004), to: y(2012) }, 1000, 74, 'en');
    expect(years.map((t) => t.label)).to.deep.equal(['2004', '2005', '2006', '2007', '2008', '2009', '2010', '2011', '2012']);
    const months = chooseTicks({ from: y(2005, 1), to: y(2006, 1) }, 1000, 74, 'en');
    expect(months[0].label).to.equal('Jan 2005');
    expect(months).to.have.length.within(4, 13);
    for (const ticks of [decades, years, months]) {
      for (let i = 1; i < ticks.length; i++) expect(((ticks[i].at - ticks[i - 1].at) / (extent.to - extent.from)) * 1000).to.be.greaterThan(0);
    }
    const days = chooseTicks({ from: Date.UTC(2005, 9, 20), to: Date.UTC(2005, 10, 10) }, 1000, 74, 'fr');
    expect(days.every((t) => new Date(t.at).getUTCHours() === 0)).to.equal(true);
    const px = (t: number, v: { from: number; to: number }) => ((t - v.from) / (v.to - v.from)) * 1000;
    for (let i = 1; i < days.length; i++) expect(px(days[i].at, { from: Date.UTC(2005, 9, 20), to: Date.UTC(2005, 10, 10) }) - px(days[i - 1].at, { from: Date.UTC(2005, 9, 20), to: Date.UTC(2005, 10, 10) })).to.be.at.least(40);
  });
});
