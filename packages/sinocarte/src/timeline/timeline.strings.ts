import type { EventCategory } from '@sinocarte/data';
import { timelineMessages } from '../i18n/timeline.js';
import type { PartMessages } from '../i18n/messages.js';

export type LaneId = EventCategory | 'other';

/**
 * Lanes from top to bottom: France–China relations, China's own policies and TORCH, then decentralised
 * cooperation on the French side, then research. `other` holds host events of an unknown category.
 */
export const LANES: readonly LaneId[] = [
  'relations',
  'agreement',
  'china-policy',
  'five-year-plan',
  'torch',
  'park',
  'law-france',
  'institutions',
  'rencontres',
  'comite-chine',
  'partnership',
  'research',
  'other',
];

// The timeline's UI strings, event-category labels included, live with every other element's, one file per
// language: src/i18n/fr/, en/, zh/ (one file per element) (`timeline.categories` has one entry per lane below).
export type TimelineStrings = PartMessages<'timeline'>;
export const strings = timelineMessages;
