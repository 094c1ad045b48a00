import type { Sourced, Localized, RegionId } from '../types.js';

/** Kind of office: business antenna, representation, "Maison", lone VIE post, or other (project office). */
export type OfficeType = 'economic-office' | 'representation' | 'house' | 'vie-post' | 'other';

export type OfficeStatus = 'current' | 'historical' | 'planned';

/** Role of office staff; `person` when the source gives no role. */
export type OfficeStaffRole = 'vie' | 'intern' | 'employee' | 'representative' | 'director' | 'person';

/** Who works in an office, as the source gives it. */
export interface OfficeStaff {
  members: {
    count: number;
    role: OfficeStaffRole;
    origin?: 'french' | 'chinese';
    fullTime?: true;
    secondedBy?: string;
    becomes?: OfficeStaffRole;
  }[];
  /** Set when the source says the staff are on local contracts. */
  contract?: 'local';
  /** The same as a short phrase in every language (the Chinese is the project's translation). */
  label: Required<Localized>;
}

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
  /** Staffing as the source gives it: counts and roles (no personal names), and the same as a localized phrase. */
  staff?: OfficeStaff;
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
