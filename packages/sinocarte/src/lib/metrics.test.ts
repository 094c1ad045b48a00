import { expect } from '@open-wc/testing';
import { parks } from '@sinocarte/data/parks';
import { computeMetric, isMetric, type ParkLike } from './metrics.js';

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

describe('metrics', () => {
  it('counts parks per region; the mainland without parks is zero, HK/MO/TW have no data', () => {
    const values = computeMetric('parks', ['CN-HB', 'CN-XZ', 'TW'], [park('a', 'CN-HB', 1), park('b', 'CN-HB', null)]);
    expect(values.get('CN-HB')!.value).to.equal(2);
    expect(values.get('CN-XZ')!.value).to.equal(0);
    expect(values.get('TW')!.value).to.equal(null);
  });

  it('sums revenue, says how many parks reported and whether other years are mixed in', () => {
    const values = computeMetric('revenue', ['CN-HB', 'CN-GS', 'CN-XZ'], [
      park('a', 'CN-HB', 17.6),
      park('b', 'CN-HB', 15.8, 2003),
      park('c', 'CN-HB', null),
      park('d', 'CN-GS', null),
    ]);
    expect(values.get('CN-HB')).to.include({ value: 33.4, reported: 2, otherYears: true });
    expect(values.get('CN-GS')!.value, 'parks but no revenue reported').to.equal(null);
    expect(values.get('CN-XZ')!.value, 'no park at all').to.equal(0);
  });

  it('gives the bundled TORCH list 53 parks over 28 regions', () => {
    const values = computeMetric('parks', [...new Set(parks.map((p) => p.provinceId))], parks);
    const total = [...values.values()].reduce((sum, v) => sum + (v.value ?? 0), 0);
    expect(total).to.equal(53);
    expect(values.size).to.equal(28);
  });

  it('knows its metrics', () => {
    expect(isMetric('parks')).to.equal(true);
    expect(isMetric('revenue')).to.equal(true);
    expect(isMetric('gdp')).to.equal(false);
  });
});
