import type { Sourced, Localized } from '../types.js';

/** What a recommendation is about. */
export type RecommendationTheme =
  | 'governance'
  | 'coordination'
  | 'pooling'
  | 'funding'
  | 'diplomatic-network'
  | 'offices'
  | 'research'
  | 'economy'
  | 'europe'
  | 'rencontres'
  | 'private-sector'
  | 'information'
  | 'training'
  | 'evaluation'
  | 'strategy';

/** One of the 13 recommendations closing the 2011 evaluation report. */
export interface Recommendation extends Sourced {
  /** Stable id, `rec-01` … `rec-13`. */
  id: string;
  /** Number in the report, 1–13. */
  number: number;
  /** Strategic (1–8, national level) or operational (9–13). */
  kind: 'strategic' | 'operational';
  /** What is recommended, in our own words. */
  title: Localized;
  /** Why and how, in our own words. */
  summary: Localized;
  /** Bodies the report names to act, as it names them. */
  addressees: string[];
  /** What it is about. */
  themes: RecommendationTheme[];
}
