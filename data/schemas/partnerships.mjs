import { z } from 'zod';
import { sourced, localized, regionId, partialDate, id } from './common.mjs';

/** Small, fixed vocabulary of cooperation themes (kebab codes). */
export const themes = [
  'economy', 'innovation', 'research', 'higher-education', 'education', 'training', 'culture', 'tourism',
  'sport', 'health', 'environment', 'urban-development', 'agriculture', 'maritime', 'institutional', 'security',
];

export const schema = z
  .object({
    id: id.describe('Stable id, "pship-<french>-<chinese>", e.g. pship-toulouse-chongqing; "-unnamed" when the Chinese partner is not named'),
    french: z
      .object({
        name: z.string().min(1).describe('French party as usually written in French (commune, region, département, intercommunality or other body)'),
        level: z
          .enum(['region', 'departement', 'commune', 'intercommunalite', 'other'])
          .describe('Administrative level of the French party; "other" for bodies that are not local authorities (mountain-range committee, technology park)'),
      })
      .strict()
      .describe('The French side of the pair'),
    chinese: z
      .object({
        name: z.string().min(1).nullable().describe('Chinese partner in pinyin (or the body named by the source); null when the source gives none (flag missing)'),
        level: z
          .enum(['province', 'municipality', 'city', 'district', 'zone', 'other'])
          .optional()
          .describe('Level of the Chinese partner: province, province-level municipality, city, urban district, development zone, or other body; omitted when unnamed'),
        provinceId: regionId.nullable().describe('Province-level division the partner belongs to (regions.json id); null when the source gives none and it cannot be inferred with certainty (flag missing)'),
      })
      .strict()
      .describe('The Chinese side of the pair'),
    date: partialDate.nullable().describe('Start date (twinning, agreement or first dated step) at the precision the source gives; null when undated'),
    kind: z
      .enum(['jumelage', 'cooperation-agreement', 'friendship', 'sister-parks', 'other'])
      .describe('Nature of the tie: twinning, decentralised cooperation agreement or partnership, friendship treaty, sister technology parks, or other (EU or research project, technical work)'),
    themes: z
      .array(z.enum(themes))
      .describe(`Cooperation themes named by the source, from a fixed vocabulary: ${themes.join(', ')}; empty when none is given`),
    status: z
      .enum(['active', 'planned', 'under-review', 'ended'])
      .optional()
      .describe('State of the tie at the time of the source (2010-2011 for the evaluation report); omitted when the source says nothing'),
    note: localized.optional().describe('Short summary in our own words'),
    zh: z
      .object({ 'chinese.name': z.string().min(1).describe('The Chinese partner in characters') })
      .strict()
      .optional()
      .describe('Chinese text of the fields named by their path: the Chinese partner in characters, shown beside or instead of the pinyin in Chinese (flagged translated)'),
    ...sourced,
  })
  .strict();

export const description =
  'Franco-Chinese decentralised cooperation pairs: a French local authority (or similar body) and its Chinese partner, with date, kind and themes, mostly from the 2011 evaluation report plus the Sophia Antipolis–Chengdu sister parks.';
