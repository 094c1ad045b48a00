import { z } from 'zod';
import { sourced, localized, regionId, id } from './common.mjs';

export const description =
  'The three innovation poles named in the March 2026 CGTN analysis (Greater Bay Area, Yangtze River Delta, Beijing–Tianjin–Hebei) with their member regions.';

export const schema = z
  .object({
    id: id.describe('Stable id: "pole-" + kebab-case English name'),
    name: localized.describe('Name of the pole in French, English and Chinese'),
    memberIds: z.array(regionId).min(1).describe('Member regions (ids in regions.json); members not named in the text are flagged inferred'),
    description: z
      .object({ fr: z.string().min(1), en: z.string().min(1), zh: z.string().min(1).optional() })
      .strict()
      .describe('Short summary of the pole’s profile, written in the project’s own words'),
    ...sourced,
  })
  .strict();
