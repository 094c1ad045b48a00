/** The event vocabulary shared by every Sinocarte element. All bubble and cross shadow roots. */

/** What a selection refers to: a region of the map, a park, a timeline event, a typology programme. */
export type SelectionKind = 'province' | 'park' | 'partnership' | 'office' | 'event' | 'programme';

export interface SinoSelectDetail {
  kind: SelectionKind;
  /** The selected record's id, or `null` when the selection is cleared. */
  id: string | null;
  /** The Chinese regions the selection is linked to, when there are any (for linked views). */
  regions?: string[];
}

export interface SinoFilterDetail {
  /** The active filters, by name (only the ones that are set). */
  filters: Record<string, unknown>;
  /** How many records remain visible. */
  count: number;
}

export interface SinoRangeDetail {
  /** Start of the range, as a year or a partial ISO date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
  from: string;
  to: string;
}

/** Machine-readable codes of the problems an element can report. */
export type SinoErrorCode =
  | 'unknown-metric'
  | 'unknown-selection'
  | 'invalid-data'
  | 'invalid-value'
  | 'invalid-attribute'
  | 'load-failed';

export interface SinoErrorDetail {
  code: SinoErrorCode;
  message: string;
}

export interface SinoEventMap {
  'sino-select': CustomEvent<SinoSelectDetail>;
  'sino-filter': CustomEvent<SinoFilterDetail>;
  'sino-range': CustomEvent<SinoRangeDetail>;
  'sino-error': CustomEvent<SinoErrorDetail>;
}

declare global {
  // Lets `el.addEventListener('sino-select', (e) => e.detail.id)` type-check for TypeScript users, on an element,
  // and on `document` or `window` too, where the events arrive since they bubble and are composed.
  /* eslint-disable @typescript-eslint/no-empty-object-type */
  interface GlobalEventHandlersEventMap extends SinoEventMap {}
  interface HTMLElementEventMap extends SinoEventMap {}
  interface DocumentEventMap extends SinoEventMap {}
  interface WindowEventMap extends SinoEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}

export function emit<K extends keyof SinoEventMap>(
  target: EventTarget,
  type: K,
  detail: SinoEventMap[K]['detail'],
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
