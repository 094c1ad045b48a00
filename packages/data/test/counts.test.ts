// The sizes a reader can check against the documents: if one of these moves, a record was lost,
// duplicated or invented while curating.
import { expect } from '@open-wc/testing';
import { parks, regions, events, provinceInnovation, regionGroups, chinaTopology } from '@sinocarte/data';

describe('counts match the sources', () => {
  it('has the 53 parks of the 2004 TORCH list, spread over 28 regions', () => {
    expect(parks).to.have.length(53);
    expect(new Set(parks.map((p) => p.provinceId)).size).to.equal(28);
  });

  it('has 34 regions, the same ids as the topology features', () => {
    expect(regions).to.have.length(34);
    const featureIds = chinaTopology.objects.provinces.geometries.map((g) => g.id).sort();
    expect(featureIds).to.deep.equal(regions.map((r) => r.id).sort());
  });

  it('has the three Rencontres held by 2011 and the planned fourth among the rencontres events', () => {
    // Editions are the events titled "<n>th Rencontres"; the Wuhan Declaration shares the lane but is no edition.
    const editions = events.filter((e) => e.category === 'rencontres' && /^\d+(st|nd|rd|th) Rencontres\b/.test(e.title.en));
    const planned = editions.filter((e) => /planned/i.test(e.title.en));
    const held = editions.filter((e) => !planned.includes(e));
    expect(held.map((e) => e.date.slice(0, 4))).to.deep.equal(['2005', '2007', '2010']);
    expect(planned).to.have.length(1);
    expect(planned[0].title.en).to.match(/^4th /);
    // Planned at the time of the 2011 report, so it must not claim to have been held.
    expect(planned[0].flags?.some((f) => f.kind === 'uncertain')).to.equal(true);
  });

  it('has the 15 provinces of the 2026 analysis, each once', () => {
    expect(provinceInnovation).to.have.length(15);
    expect(new Set(provinceInnovation.map((r) => r.provinceId)).size).to.equal(15);
  });

  it('has the three innovation poles', () => {
    expect(regionGroups).to.have.length(3);
    expect(regionGroups.map((g) => g.name.en).join(' ')).to.match(/Greater Bay Area/).and.match(/Yangtze River Delta/).and.match(/Beijing/);
  });

  it('has at least 120 events, all between 1954 and 2030', () => {
    expect(events.length).to.be.at.least(120);
    const years = events.flatMap((e) => [e.date, e.endDate ?? e.date]).map((d) => Number(d.slice(0, 4)));
    expect(Math.min(...years)).to.equal(1954);
    expect(Math.max(...years)).to.be.at.most(2030);
  });
});
