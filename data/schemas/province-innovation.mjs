import { z } from 'zod';
import { sourced, localized, regionId, id } from './common.mjs';

export const description =
  'Innovation specialisations of the 15 provinces named in the March 2026 CGTN analysis of provincial government work reports, coded with the sector vocabulary, with the headline figure where one is given.';

const metric = z
  .object({
    value: z.number().describe('The figure as stated (a lower bound when the label says "more than")'),
    unit: z.string().min(1).describe('Unit of the figure, e.g. "PFLOPS", "%", "satellites"'),
    label: z
      .object({ fr: z.string().min(1), en: z.string().min(1), zh: z.string().min(1).optional() })
      .strict()
      .describe('What the figure measures, in French, English and Chinese'),
  })
  .strict();

const specialization = z
  .object({
    label: localized.describe('The specialisation, in French, English and (where reliable) Chinese'),
    sectors: z.array(id).describe('Sector codes (ids in sectors.json); empty when the text names no field'),
    metric: metric.optional().describe('Headline figure attached to the specialisation, when the text gives one'),
  })
  .strict();

export const schema = z
  .object({
    id: id.describe('Stable id: "innov-" + lower-cased region id (e.g. innov-cn-sh)'),
    provinceId: regionId.describe('Province-level region (id in regions.json)'),
    specializations: z.array(specialization).min(1).describe('Specialisations highlighted for the province, in text order'),
    ...sourced,
  })
  .strict();
