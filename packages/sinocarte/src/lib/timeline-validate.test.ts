import { expect } from '@open-wc/testing';
import { events } from '@sinocarte/data/events';
import { OTHER_CATEGORY, validateEvents } from './timeline-validate.js';

const CATEGORIES = ['relations', 'torch', 'partnership'];
const ALL = [...new Set(events.map((e) => e.category))];
const ok = (id: string, date: string, extra: Record<string, unknown> = {}) => ({
  id,
  date,
  category: 'relations',
  title: { fr: id, en: id },
  provinceIds: [],
  sources: [],
  ...extra,
});

describe('timeline-validate', () => {
  it('passes every bundled event untouched', () => {
    const result = validateEvents(events, ALL);
    expect(result.issues).to.deep.equal([]);
    expect(result.events).to.have.length(events.length);
    expect(result.events[0].event).to.equal(events[0]);
  });

  it('corrects an impossible date to its valid part, and a text date to its month', () => {
    const { events: out, issues } = validateEvents([ok('a', '2009-13-45'), ok('b', 'mars 2000')], CATEGORIES);
    expect(out.map((e) => e.event.date)).to.deep.equal(['2009', '2000-03']);
    expect(out.every((e) => e.corrected.includes('date'))).to.equal(true);
    expect(issues.map((i) => [i.kind, i.action, i.fixed])).to.deep.equal([
      ['date-repaired', 'corrected', '2009'],
      ['date-repaired', 'corrected', '2000-03'],
    ]);
  });

  it('sets aside unreadable dates, duplicates, missing ids and titles, and non-records', () => {
    const input = [ok('a', '1981'), ok('a', '1982'), ok('b', 'un jour'), { date: '1990' }, ok('c', '1990', { title: {} }), 42, ok('d', '1995')];
    const { events: out, issues } = validateEvents(input, CATEGORIES);
    expect(out.map((e) => e.event.id)).to.deep.equal(['a', 'd']);
    expect(out[0].event.date, 'the first of two duplicates is kept').to.equal('1981');
    expect(issues.map((i) => i.kind)).to.deep.equal(['duplicate-id', 'bad-date', 'missing-id', 'missing-title', 'not-a-record']);
    expect(issues.every((i) => i.action === 'dropped')).to.equal(true);
  });

  it('drops an end that precedes the start but keeps the event', () => {
    const { events: out, issues } = validateEvents([ok('a', '2010', { endDate: '2005' }), ok('b', '2005-10-27', { endDate: '2005-10' })], CATEGORIES);
    expect(out).to.have.length(2);
    expect(out[0].event.endDate).to.equal(undefined);
    expect(out[0].end - out[0].start, 'a year').to.equal(Date.UTC(2011, 0, 1) - Date.UTC(2010, 0, 1));
    expect(issues.map((i) => i.kind)).to.deep.equal(['end-before-start']);
    expect(out[1].event.endDate, 'an end month containing the start is not "before"').to.equal('2005-10');
  });

  it('files an unknown category under "other"', () => {
    const { events: out, issues } = validateEvents([ok('a', '1990', { category: 'aliens' })], CATEGORIES);
    expect(out[0].event.category).to.equal(OTHER_CATEGORY);
    expect(issues[0]).to.include({ kind: 'unknown-category', action: 'corrected', value: 'aliens' });
  });

  it('spans [start, end) over both dates', () => {
    const { events: out } = validateEvents([ok('a', '1965', { endDate: '1976' })], CATEGORIES);
    expect(out[0].start).to.equal(Date.UTC(1965, 0, 1));
    expect(out[0].end).to.equal(Date.UTC(1977, 0, 1));
  });

  it('rejects a non-list without throwing', () => {
    expect(validateEvents('nope', CATEGORIES).issues[0].kind).to.equal('not-a-record');
    expect(validateEvents(null, CATEGORIES).events).to.deep.equal([]);
  });
});
