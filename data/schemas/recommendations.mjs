// Schema of data/recommendations.json: the 13 recommendations that close the 2011 evaluation report (chapter 9).
import { z } from 'zod';
import { sourced, localized, id } from './common.mjs';

/** Small, fixed vocabulary of what a recommendation is about (kebab codes). */
export const themes = [
  'governance', 'coordination', 'pooling', 'funding', 'diplomatic-network', 'offices', 'research', 'economy',
  'europe', 'rencontres', 'private-sector', 'information', 'training', 'evaluation', 'strategy',
];

export const schema = z
  .object({
    id: id.regex(/^rec-\d{2}$/, 'recommendation ids are rec-<two-digit number>').describe('Stable id, rec-01 … rec-13'),
    number: z.number().int().min(1).max(13).describe('Number in the report (1–13)'),
    kind: z
      .enum(['strategic', 'operational'])
      .describe('strategic (§9.1, recommendations 1–8: mainly for the CNCD and the DAECT) or operational (§9.2, 9–13: mainly for the collectivities and the ministry)'),
    title: localized.describe('What is recommended, in our own words'),
    summary: localized.describe('Why and how, in one or two sentences of our own'),
    addressees: z
      .array(z.string().min(1))
      .min(1)
      .describe('Bodies the report names as the ones to act (its "Acteurs"), as it names them (acronyms kept: CNCD, DAECT, APCAE …)'),
    themes: z.array(z.enum(themes)).min(1).describe(`What the recommendation is about, from a fixed vocabulary: ${themes.join(', ')}`),
    ...sourced,
  })
  .strict()
  .refine((r) => r.id === `rec-${String(r.number).padStart(2, '0')}`, { message: 'id must match number', path: ['id'] })
  .refine((r) => (r.number <= 8 ? r.kind === 'strategic' : r.kind === 'operational'), { message: '1–8 are strategic, 9–13 operational', path: ['kind'] });

export const description =
  'The 13 recommendations of the 2011 evaluation report (eval l.6713–7358): eight strategic ones for the national level and five operational ones, each with what it asks, why, who should act and what it is about, summarised in our own words.';
