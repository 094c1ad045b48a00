import type { Sourced, Localized, RegionId } from '../types.js';

/** Timeline lane of an event (labels in `categories` of data/schemas/events.mjs). */
export type EventCategory =
  | 'relations'
  | 'law-france'
  | 'institutions'
  | 'china-policy'
  | 'five-year-plan'
  | 'torch'
  | 'park'
  | 'partnership'
  | 'rencontres'
  | 'comite-chine'
  | 'agreement'
  | 'research';

/** YYYY, YYYY-MM or YYYY-MM-DD: the precision the source gives, never padded. */
export type PartialDate = string;

/** One dated event of the Franco-Chinese cooperation timeline (data/events.json). */
export interface TimelineEvent extends Sourced {
  /** Stable id: `ev-<year>-<slug>`. */
  id: string;
  /** Start date at the precision the source gives. */
  date: PartialDate;
  /** End date of a span (plan period, multi-day meeting, programme). */
  endDate?: PartialDate;
  /** Timeline lane. */
  category: EventCategory;
  /** Short title in our own words. */
  title: Localized;
  /** One sentence of context in our own words. */
  description?: Localized;
  /** Chinese regions concerned; empty when national or in France. */
  provinceIds: RegionId[];
  /** TORCH parks concerned (`park-…` ids of data/parks.json). */
  parkIds?: string[];
  /** Partnerships concerned (`pship-<french>-<chinese>` ids of data/partnerships.json). */
  partnershipIds?: string[];
}
