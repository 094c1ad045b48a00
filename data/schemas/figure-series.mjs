// Schema of data/figure-series.json: what each series of data/figures.json measures, said once for all its rows.
import { z } from 'zod';
import { id, sourced } from './common.mjs';

export const description =
  'The series that group the rows of figures: what each series measures, in French, English and Chinese, said once instead of on every row, and names for the dimension values whose codes do not speak for themselves. ' +
  'A row of figures reads as its series’ `label` followed by the row’s own `label` when it has one, otherwise by its dimension values, named here or else by their codes (`subsetOf` aside).';

const label = z.object({ fr: z.string().min(1), en: z.string().min(1), zh: z.string().min(1).optional() }).strict();

export const schema = z
  .object({
    id: id.describe('Series code, as in the `series` field of figures (e.g. torch-projects, rencontres-attendance)'),
    label: label.describe('What the rows of the series measure, in French, English and Chinese'),
    dimensions: z
      .record(z.string(), z.record(z.string(), label))
      .optional()
      .describe('Names of dimension values whose codes do not speak for themselves, by dimension key then value, e.g. { edition: { "1": { fr: "Wuhan", en: "Wuhan" } } }'),
    ...sourced,
  })
  .strict();
