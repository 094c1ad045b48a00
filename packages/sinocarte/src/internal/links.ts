/**
 * The link table: which kinds of selection each element answers to, and how. This is the one place where
 * linked views are declared; docs/linked-views.md describes the same table for people.
 *
 * A message is either a selection (`province`, `park`, `partnership`, `office`, `event`, `programme`, each
 * with the Chinese regions it is linked to) or a time `range` from the timeline. A receiver answers with a
 * reaction, which only ever sets the receiver's own public properties:
 *
 * | reaction            | what it does                                                                     |
 * |---------------------|----------------------------------------------------------------------------------|
 * | `select-region`     | map: `selected` = the (first) linked region; a cleared selection clears it       |
 * | `highlight-regions` | map, timeline, typology: emphasise what is linked to these regions (`highlight`) |
 * | `filter-region`     | table: `region` filter = the linked regions (when it has a region column)        |
 * | `select-record`     | table: `selected` = the same record, when the table lists that kind of record    |
 * | `filter-years`      | table: `years` = the range (when it has a year or date column)                   |
 * | `restrict-years`    | map: `years` = the range (parks founded then: points, `parks` and `revenue`)     |
 *
 * A reaction never posts anything back: linked views do not echo.
 */
import type { SelectionKind } from './events.js';
import type { GroupMessage } from './group.js';

/** The elements that take part in groups. */
export type Receiver = 'map' | 'table' | 'timeline' | 'typology';

export type Reaction = 'select-region' | 'highlight-regions' | 'filter-region' | 'select-record' | 'filter-years' | 'restrict-years';

/** What a message is, for the table: a selection's kind, or `range`. */
export type Signal = SelectionKind | 'range';

/** The elements' tag names, for the documentation and the atlas. */
export const RECEIVER_TAGS: Record<Receiver, string> = {
  map: 'sino-province-map',
  table: 'sino-park-table',
  timeline: 'sino-timeline',
  typology: 'sino-typology',
};

/**
 * Receiver × signal → reaction. A missing entry means "not linked": the element ignores that signal.
 * What each element *sends* is fixed by the element: its reader's selections (`sino-select`) and, for the
 * timeline, its reader's zoom and pan (`sino-range`).
 */
export const LINKS: Readonly<Record<Receiver, Readonly<Partial<Record<Signal, Reaction>>>>> = {
  map: {
    province: 'select-region',
    park: 'select-region',
    partnership: 'select-region',
    office: 'select-region',
    event: 'highlight-regions',
    programme: 'highlight-regions',
    range: 'restrict-years',
  },
  table: {
    province: 'filter-region',
    park: 'select-record',
    partnership: 'select-record',
    office: 'select-record',
    programme: 'filter-region',
    range: 'filter-years',
  },
  timeline: {
    province: 'highlight-regions',
    park: 'highlight-regions',
    partnership: 'highlight-regions',
    office: 'highlight-regions',
    programme: 'highlight-regions',
  },
  typology: {
    province: 'highlight-regions',
    park: 'highlight-regions',
    partnership: 'highlight-regions',
    office: 'highlight-regions',
    event: 'highlight-regions',
  },
};

/** The signal a message carries. */
export function signalOf(message: GroupMessage): Signal {
  return message.type === 'range' ? 'range' : message.kind;
}

/** How `receiver` answers `message`, or null when it does not. */
export function reactionFor(receiver: Receiver, message: GroupMessage): Reaction | null {
  return LINKS[receiver][signalOf(message)] ?? null;
}

