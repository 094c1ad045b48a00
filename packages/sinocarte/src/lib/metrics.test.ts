import { expect } from '@open-wc/testing';
import { parks } from '@sinocarte/data/parks';
import { partnerships } from '@sinocarte/data/partnerships';
import { offices } from '@sinocarte/data/offices';
import { computeMetric, isMetric, type MetricSources, type ParkLike } from './metrics.js';

const park = (id: string, provinceId: string, revenue: number | null, year = 2002): ParkLike => ({
  id,
  name: id,
  city: id,
  provinceId,
  year: 1990,
  revenue: revenue === null ? null : { value: revenue, unit: 'bn CNY', year },
  lon: 110,
  lat: 30,
});
const only = (parks: ParkLike[]): MetricSources => ({ parks, partnerships: [], offices: [] });
const bundled: MetricSources = { parks, partnerships, offices };

describe('metrics', () => {
  it('counts parks per region; the mainland without parks is zero, HK/MO/TW have no data', () => {
    const values = computeMetric('parks', ['CN-HB', 'CN-XZ', 'TW'], only([park('a', 'CN-HB', 1), park('b', 'CN-HB', null)]));
    expect(values.get('CN-HB')!.value).to.equal(2);
    expect(values.get('CN-HB')!.items).to.deep.equal(['a (1990)', 'b (1990)']);
    expect(values.get('CN-XZ')!.value).to.equal(0);
    expect(values.get('TW')!.value).to.equal(null);
  });

  it('lists a region\'s parks oldest first, then by name, and leaves the given list in its order', () => {
    const given = [{ ...park('zeta', 'CN-HB', 1), year: 1995 }, park('beta', 'CN-HB', 1), { ...park('Alpha', 'CN-HB', 1), year: null }, park('alpha', 'CN-HB', 1)];
    const order = given.map((p) => p.id);
    const values = computeMetric('parks', ['CN-HB'], only(given));
    expect(values.get('CN-HB')!.items).to.deep.equal(['alpha (1990)', 'beta (1990)', 'zeta (1995)', 'Alpha']);
    expect(given.map((p) => p.id), 'the caller\'s array is not sorted').to.deep.equal(order);
    expect({ ...values.get('CN-HB')! }.items, 'the items are an ordinary field of a copy too').to.have.length(4);
  });

  it('sums revenue, says how many parks reported and whether other years are mixed in', () => {
    const values = computeMetric('revenue', ['CN-HB', 'CN-GS', 'CN-XZ'], only([
      park('a', 'CN-HB', 17.6),
      park('b', 'CN-HB', 15.8, 2003),
      park('c', 'CN-HB', null),
      park('d', 'CN-GS', null),
    ]));
    expect(values.get('CN-HB')).to.include({ value: 33.4, reported: 2, total: 3, otherYears: true });
    expect(values.get('CN-GS')!.value, 'parks but no revenue reported').to.equal(null);
    expect(values.get('CN-XZ')!.value, 'no park at all').to.equal(0);
  });

  it('gives the bundled TORCH list 53 parks over 28 regions', () => {
    const values = computeMetric('parks', [...new Set(parks.map((p) => p.provinceId))], bundled);
    const total = [...values.values()].reduce((sum, v) => sum + (v.value ?? 0), 0);
    expect(total).to.equal(53);
    expect(values.size).to.equal(28);
  });

  it('counts partnerships by the Chinese partner’s region, leaving out planned ones and unknown regions', () => {
    const values = computeMetric('partnerships', ['CN-HB', 'CN-SD', 'CN-XZ'], bundled);
    const expected = (id: string) => partnerships.filter((p) => p.chinese.provinceId === id && p.status !== 'planned').length;
    expect(values.get('CN-SD')!.value).to.equal(expected('CN-SD'));
    expect(values.get('CN-SD')!.value).to.be.greaterThan(3);
    expect(values.get('CN-HB')!.value).to.equal(expected('CN-HB'));
    expect(values.get('CN-HB')!.value).to.be.greaterThan(0);
    expect(values.get('CN-HB')!.items.join(' ')).to.contain('Bordeaux');
    expect(values.get('CN-XZ')!.value).to.equal(0);
  });

  it('counts the offices open in China at the time of the evaluation', () => {
    const values = computeMetric('offices', ['CN-SH', 'CN-HB'], bundled);
    const open = offices.filter((o) => o.status === 'current' && !o.inFrance);
    expect(values.get('CN-SH')!.value).to.equal(open.filter((o) => o.provinceId === 'CN-SH').length);
    expect(values.get('CN-SH')!.value).to.be.greaterThan(1);
    expect(values.get('CN-HB')!.items.join(' ')).to.contain('Aquitaine');
  });

  it('knows its metrics', () => {
    for (const m of ['parks', 'revenue', 'partnerships', 'offices']) expect(isMetric(m)).to.equal(true);
    expect(isMetric('gdp')).to.equal(false);
  });
});
