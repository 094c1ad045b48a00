/**
 * Checks `events`-shaped records from a host before they reach the timeline. Each bad record is either set
 * aside or corrected, and each decision is listed, so the element can say what it did. The valid ones pass
 * untouched. Pure: no DOM, no globals.
 */

import type { TimelineEvent } from '@sinocarte/data';
import { dateEnd, dateStart, repairDate, toIsoPartial, type PartialDate } from './timeline-dates.js';
import { forEachReadable, readList, UNREADABLE } from './read.js';
import { asText } from './text.js';

/** Lane of the events whose category is unknown. */
export const OTHER_CATEGORY = 'other';

export interface CheckedEvent {
  /** The record, with corrected fields where needed (category may be `other`). */
  event: TimelineEvent;
  date: PartialDate;
  endDate?: PartialDate;
  /** [start, end) in UTC ms: the whole period the (partial) dates stand for. */
  start: number;
  end: number;
  /** Fields the validator changed, shown in the detail panel. */
  corrected: ('date' | 'endDate' | 'category')[];
}

export type IssueKind =
  | 'not-a-record'
  | 'missing-id'
  | 'duplicate-id'
  | 'missing-title'
  | 'bad-date'
  | 'date-repaired'
  | 'bad-end-date'
  | 'end-before-start'
  | 'unknown-category'
  | 'bad-field';

export interface Issue {
  kind: IssueKind;
  /** Position in the input. */
  index: number;
  id?: string;
  /** The offending value, as text. */
  value?: string;
  /** What became of it. */
  action: 'dropped' | 'corrected';
  /** The corrected value, when corrected. */
  fixed?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

export function validateEvents(input: unknown, categories: readonly string[]): { events: CheckedEvent[]; issues: Issue[] } {
  const events: CheckedEvent[] = [];
  const issues: Issue[] = [];
  const list = readList(input);
  if (list === null || list === UNREADABLE) {
    issues.push({ kind: 'not-a-record', index: -1, value: typeof input, action: 'dropped' });
    return { events, issues };
  }
  const seen = new Set<string>();
  // A getter or a Proxy trap that throws while a record is read: that record is set aside, not the list.
  forEachReadable(list, checkEvent, (index) => issues.push({ kind: 'not-a-record', index, action: 'dropped' }));
  return { events, issues };

  function checkEvent(raw: unknown, index: number): void {
    if (!isObject(raw)) {
      issues.push({ kind: 'not-a-record', index, value: asText(raw), action: 'dropped' });
      return;
    }
    const id = raw.id;
    if (!isText(id)) {
      issues.push({ kind: 'missing-id', index, action: 'dropped' });
      return;
    }
    if (seen.has(id)) {
      issues.push({ kind: 'duplicate-id', index, id, value: id, action: 'dropped' });
      return;
    }
    const title = isObject(raw.title) ? raw.title : {};
    const fr = isText(title.fr) ? title.fr : isText(title.en) ? title.en : null;
    if (!fr) {
      issues.push({ kind: 'missing-title', index, id, action: 'dropped' });
      return;
    }
    // No English copied from the French: the bundled records carry French only (their English comes from a
    // table, lib/localized-text.ts), and a French text must not be shown as English.
    const en = isText(title.en) ? title.en : undefined;
    const start = repairDate(raw.date);
    if (!start) {
      issues.push({ kind: 'bad-date', index, id, value: asText(raw.date), action: 'dropped' });
      return;
    }
    seen.add(id);
    const corrected: CheckedEvent['corrected'] = [];
    if (start.repair !== 'none') {
      corrected.push('date');
      issues.push({ kind: 'date-repaired', index, id, value: asText(raw.date), action: 'corrected', fixed: toIsoPartial(start.date) });
    }
    let endDate: PartialDate | undefined;
    if (raw.endDate !== undefined && raw.endDate !== null && raw.endDate !== '') {
      const end = repairDate(raw.endDate);
      if (!end) {
        corrected.push('endDate');
        issues.push({ kind: 'bad-end-date', index, id, value: asText(raw.endDate), action: 'corrected' });
      } else if (dateEnd(end.date) <= dateStart(start.date)) {
        corrected.push('endDate');
        issues.push({ kind: 'end-before-start', index, id, value: `${asText(raw.date)} → ${asText(raw.endDate)}`, action: 'corrected' });
      } else {
        endDate = end.date;
        if (end.repair !== 'none') {
          corrected.push('endDate');
          issues.push({ kind: 'date-repaired', index, id, value: asText(raw.endDate), action: 'corrected', fixed: toIsoPartial(end.date) });
        }
      }
    }
    let category = raw.category;
    if (typeof category !== 'string' || !categories.includes(category)) {
      corrected.push('category');
      issues.push({ kind: 'unknown-category', index, id, value: asText(category), action: 'corrected', fixed: OTHER_CATEGORY });
      category = OTHER_CATEGORY;
    }
    const from = dateStart(start.date);
    const to = Math.max(dateEnd(start.date), endDate ? dateEnd(endDate) : 0);
    if (!corrected.length && isWellFormed(raw, title)) {
      // The usual case: nothing to fix, so no copy.
      events.push({ event: raw as unknown as TimelineEvent, date: start.date, endDate, start: from, end: to, corrected });
      return;
    }
    // Fields the detail panel shows as they are: a value of another type is left out, and said.
    for (const field of ['description', 'flags', 'sources'] as const) {
      if (raw[field] !== undefined && !FIELD_CHECKS[field](raw[field])) issues.push({ kind: 'bad-field', index, id, value: field, action: 'corrected' });
    }
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter(isText) : undefined);
    const event = {
      ...raw,
      id,
      date: toIsoPartial(start.date),
      endDate: endDate ? toIsoPartial(endDate) : undefined,
      category,
      title: { ...title, fr, en },
      description: isObject(raw.description) ? texts(raw.description) : undefined,
      provinceIds: strings(raw.provinceIds) ?? [],
      parkIds: strings(raw.parkIds),
      partnershipIds: strings(raw.partnershipIds),
      sources: Array.isArray(raw.sources) ? raw.sources.filter(isObject).map(source) : [],
      flags: Array.isArray(raw.flags) ? raw.flags.filter(isObject).map(texts) : undefined,
    } as unknown as TimelineEvent;
    events.push({ event, date: start.date, endDate, start: from, end: to, corrected });
  }
}

/** The text fields of an object (a description's languages, a flag's kind and field): nothing else. */
const texts = (value: Record<string, unknown>) => Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'string'));
const isLines = (v: unknown) => v === undefined || (Array.isArray(v) && v.every((n) => typeof n === 'number'));
/** A source as the panel shows it: its document, ref and lines when they have the right type. */
const source = (s: Record<string, unknown>) => ({ ...texts(s), ...(Array.isArray(s.lines) && isLines(s.lines) ? { lines: s.lines } : {}) });
const isTexts = (v: unknown) => isObject(v) && Object.values(v).every((t) => typeof t === 'string');
const FIELD_CHECKS = {
  description: isTexts,
  flags: (v: unknown) => Array.isArray(v) && v.every(isTexts),
  sources: (v: unknown) => Array.isArray(v) && v.every((s) => isObject(s) && isTexts(texts(s)) && Object.entries(s).every(([k, x]) => typeof x === 'string' || (k === 'lines' && isLines(x)))),
} as const;

/** True when a record needs no copy: every field the timeline reads has the right type. */
function isWellFormed(raw: Record<string, unknown>, title: Record<string, unknown>): boolean {
  const list = (v: unknown) => v === undefined || (Array.isArray(v) && v.every(isText));
  return (
    isText(title.fr) &&
    (title.en === undefined || isText(title.en)) &&
    (raw.endDate === undefined || typeof raw.endDate === 'string') &&
    (raw.description === undefined || FIELD_CHECKS.description(raw.description)) &&
    (raw.flags === undefined || FIELD_CHECKS.flags(raw.flags)) &&
    Array.isArray(raw.provinceIds) &&
    raw.provinceIds.every(isText) &&
    list(raw.parkIds) &&
    list(raw.partnershipIds) &&
    FIELD_CHECKS.sources(raw.sources)
  );
}
