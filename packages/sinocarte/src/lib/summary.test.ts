import { expect } from '@open-wc/testing';
import { summarizeMap, type MapSummaryWords } from './summary.js';
import { summarizeTable, type TableSummaryWords } from './summary-table.js';
import { summarizeTimeline, type TimelineSummaryWords } from './summary-timeline.js';
import { summarizeTypology, type TypologySummaryWords } from './summary-typology.js';

const say: MapSummaryWords = {
  intro: (n) => `Map of ${n} regions.`,
  highest: (names, v) => `Highest: ${names.join(', ')}, ${v}.`,
  zero: (n) => `${n} at zero.`,
  noData: (n) => `${n} without data.`,
};

describe('summarizeMap', () => {
  it('says how many regions, the highest and who has it, how many at zero and without data', () => {
    const rows = [
      { name: 'Guangdong', value: 6 },
      { name: 'Hubei', value: 2 },
      { name: 'Tibet', value: 0 },
      { name: 'Qinghai', value: 0 },
      { name: 'Taiwan', value: null },
    ];
    expect(summarizeMap(rows, say)).to.equal('Map of 5 regions. Highest: Guangdong, 6. 2 at zero. 1 without data.');
  });

  it('names every region that ties for the highest value, and leaves out what is not there', () => {
    expect(summarizeMap([{ name: 'A', value: 3 }, { name: 'B', value: 3 }, { name: 'C', value: 1 }], say)).to.equal('Map of 3 regions. Highest: A, B, 3.');
  });

  it('has no "highest" when every value is zero or missing', () => {
    expect(summarizeMap([{ name: 'A', value: 0 }, { name: 'B', value: null }], say)).to.equal('Map of 2 regions. 1 at zero. 1 without data.');
    expect(summarizeMap([], say)).to.equal('Map of 0 regions.');
  });
});

const tableWords: TableSummaryWords = {
  intro: (count) => `Table of ${count}.`,
  sorted: (keys) => `Sorted by ${keys.join(', then ')}.`,
  sortKey: (column, descending) => `${column}, ${descending ? 'descending' : 'ascending'}`,
  filtered: (filters) => `Filters: ${filters.join('; ')}.`,
  filter: (name, value) => `${name} ${value}`,
};

describe('summarizeTable', () => {
  it('says what the table holds, its sort keys in order and its filters', () => {
    const view = {
      count: '5 parks of 53',
      sort: [{ column: 'Year', descending: true }, { column: 'Park', descending: false }],
      filters: [{ name: 'Region', value: 'Hubei' }, { name: 'Search', value: '' }, { name: 'Search', value: 'wu' }],
    };
    expect(summarizeTable(view, tableWords)).to.equal('Table of 5 parks of 53. Sorted by Year, descending, then Park, ascending. Filters: Region Hubei; Search wu.');
  });

  it('leaves out the sort and the filters when there are none', () => {
    expect(summarizeTable({ count: '53 parks', sort: [], filters: [{ name: 'Search', value: '  ' }] }, tableWords)).to.equal('Table of 53 parks.');
  });
});

const timelineWords: TimelineSummaryWords = {
  intro: (n, from, to) => `Timeline of ${n} events from ${from} to ${to}.`,
  categories: (list, total) => `${total} categories: ${list.map((c) => `${c.name}, ${c.count}`).join('; ')}.`,
  shown: (period, n) => `Period shown: ${period}, ${n} events.`,
  none: 'No events.',
};

describe('summarizeTimeline', () => {
  const events = [
    { from: 1990, to: 1990, category: 'park' },
    { from: 1964, to: 1964, category: 'relations' },
    { from: 1991, to: 1992, category: 'park' },
    { from: 2010, to: 2025, category: 'plan' },
  ];
  const name = (c: string) => c.toUpperCase();

  it('counts the events, spans their years and lists the categories, the largest first', () => {
    expect(summarizeTimeline(events, name, null, timelineWords)).to.equal('Timeline of 4 events from 1964 to 2025. 3 categories: PARK, 2; RELATIONS, 1; PLAN, 1.');
  });

  it('adds the period shown when the view is zoomed, and says when nothing is left', () => {
    expect(summarizeTimeline(events, name, { period: '1990 – 1995', events: 2 }, timelineWords)).to.match(/\. Period shown: 1990 – 1995, 2 events\.$/);
    expect(summarizeTimeline([], name, null, timelineWords)).to.equal('No events.');
  });

  it('names the three largest categories of more, and joins sentences without a space in Chinese', () => {
    const many = ['a', 'b', 'b', 'c', 'c', 'c', 'd', 'd', 'd', 'd'].map((category) => ({ from: 2000, to: 2000, category }));
    expect(summarizeTimeline(many, name, null, timelineWords)).to.equal('Timeline of 10 events from 2000 to 2000. 4 categories: D, 4; C, 3; B, 2.');
    expect(summarizeTimeline(many.slice(0, 1), name, null, { ...timelineWords, gap: '' })).to.equal('Timeline of 1 events from 2000 to 2000.1 categories: A, 1.');
  });
});

const typologyWords: TypologySummaryWords = {
  intro: (n) => `Typology of ${n} programmes on two axes.`,
  axis: (d, name, min, max) => `${d === 'x' ? 'Horizontal' : 'Vertical'}${name ? ` (${name})` : ''}: from ${min} to ${max}.`,
  commonest: (names, n) => `Most frequent type: ${names.join(', ')}, ${n}.`,
};

describe('summarizeTypology', () => {
  const axes = { x: { name: 'scope', min: 'local', max: 'global' }, y: { name: '', min: 'informal', max: 'formal' } };

  it('says how many items, what each axis goes from and to, and the commonest type', () => {
    const items = [{ type: 'twinning' }, { type: 'twinning' }, { type: 'project' }, { type: '' }];
    expect(summarizeTypology(items, axes, typologyWords)).to.equal(
      'Typology of 4 programmes on two axes. Horizontal (scope): from local to global. Vertical: from informal to formal. Most frequent type: twinning, 2.',
    );
  });

  it('names every type that ties, and none when no type is shared', () => {
    expect(summarizeTypology([{ type: 'a' }, { type: 'b' }, { type: 'a' }, { type: 'b' }], axes, typologyWords)).to.match(/Most frequent type: a, b, 2\.$/);
    expect(summarizeTypology([{ type: 'a' }, { type: 'b' }], axes, typologyWords)).to.not.contain('Most frequent');
  });
});
