import type { Sourced, Localized, RegionId } from '../types.js';

/** Administrative level of the French party ("other": not a local authority, e.g. a technology park). */
export type FrenchLevel = 'region' | 'departement' | 'commune' | 'intercommunalite' | 'other';

/** Level of the Chinese partner. */
export type ChineseLevel = 'province' | 'municipality' | 'city' | 'district' | 'zone' | 'other';

/** Nature of the tie. */
export type PartnershipKind = 'jumelage' | 'cooperation-agreement' | 'friendship' | 'sister-parks' | 'other';

/** Fixed vocabulary of cooperation themes. */
export type PartnershipTheme =
  | 'economy'
  | 'innovation'
  | 'research'
  | 'higher-education'
  | 'education'
  | 'training'
  | 'culture'
  | 'tourism'
  | 'sport'
  | 'health'
  | 'environment'
  | 'urban-development'
  | 'agriculture'
  | 'maritime'
  | 'institutional'
  | 'security';

export type PartnershipStatus = 'active' | 'planned' | 'under-review' | 'ended';

/** A French collectivity (or similar body) paired with a Chinese partner. */
export interface Partnership extends Sourced {
  /** Stable id, `pship-<french>-<chinese>` (e.g. `pship-toulouse-chongqing`). */
  id: string;
  /** The French side. */
  french: {
    /** Name as usually written in French. */
    name: string;
    /** Administrative level. */
    level: FrenchLevel;
  };
  /** The Chinese side. */
  chinese: {
    /** Partner name in pinyin (or the body named); null when the source gives none. */
    name: string | null;
    /** Partner level; omitted when unnamed. */
    level?: ChineseLevel;
    /** Province-level division of the partner; null when unknown. */
    provinceId: RegionId | null;
  };
  /** Start date (YYYY, YYYY-MM or YYYY-MM-DD) at the source's precision; null when undated. */
  date: string | null;
  /** Nature of the tie. */
  kind: PartnershipKind;
  /** Themes named by the source (may be empty). */
  themes: PartnershipTheme[];
  /** State of the tie at the time of the source; omitted when not stated. */
  status?: PartnershipStatus;
  /** Short summary in our own words. */
  note?: Localized;
  /** Chinese text of the fields named by their path: the partner in characters beside the pinyin (flagged `translated`). */
  zh?: { 'chinese.name': string };
}
