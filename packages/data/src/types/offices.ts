import type { Sourced, Localized, RegionId } from '../types.js';

/** Kind of office: business antenna, representation, "Maison", lone VIE post, or other (project office). */
export type OfficeType = 'economic-office' | 'representation' | 'house' | 'vie-post' | 'other';

export type OfficeStatus = 'current' | 'historical' | 'planned';

/** An office of a French collectivity in China (or one reciprocal Chinese office in France). */
export interface Office extends Sourced {
  /** Stable id, `office-<collectivity>-<city>`. */
  id: string;
  /** French collectivity (or body) running the office; the French host for the reciprocal office. */
  collectivity: string;
  /** Id of the related record in `partnerships`, when stated. */
  partnershipId?: string;
  /** Chinese partner named for the office; null when none is named. */
  partner: string | null;
  /** City of the office (pinyin); null when not stated. */
  city: string | null;
  /** Province-level division of the office (the partner province for the office in France). */
  provinceId: RegionId;
  /** Kind of office. */
  type: OfficeType;
  /** Short staffing summary, no personal names (e.g. "2 VIE"). */
  staff?: string;
  /** Situation at the time of the report (2010-2011). */
  status: OfficeStatus;
  /** Opening / closing dates when given (YYYY, YYYY-MM or YYYY-MM-DD). */
  period?: { from?: string; to?: string };
  /** True only for a reciprocal office of a Chinese partner hosted in France. */
  inFrance?: true;
  /** Missions and set-up in our own words. */
  note?: Localized;
  /** Chinese text of the fields named by their path: partner and city in characters (flagged `translated`). */
  zh?: { partner?: string; city?: string };
}
