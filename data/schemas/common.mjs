// Shared zod schemas for the curated tables. Build-time only: nothing here is shipped.
import { z } from 'zod';

export const documentKey = z
  .enum(['torch-2004', 'provincial-innovation-2026', 'sophia-chengdu', 'france-taiwan', 'evaluation-2011'])
  .describe('Key of one of the five source documents (see the documents dataset)');

export const sourceRef = z
  .object({
    document: documentKey,
    ref: z.string().min(1).describe('Section, table or box in the document, e.g. "Tableau 12", "Encadré 7" or "§4"'),
    lines: z
      .tuple([z.number().int().positive(), z.number().int().positive()])
      .refine(([a, b]) => a <= b, 'line range must be ascending')
      .describe('1-based inclusive line range in the text file'),
  })
  .strict();

export const flag = z
  .object({
    kind: z.enum(['value-year-differs', 'uncertain', 'corrected', 'inferred', 'missing', 'translated']),
    field: z.string().optional(),
    note: z.string().min(1),
  })
  .strict()
  .describe('A caveat on a record or one of its fields: value-year-differs, uncertain, corrected, inferred, missing, or translated (the text in the language named by `field`, e.g. "zh", is the project’s own translation, not the source’s), with a short note');

/** Every record: at least one source, optional flags. */
export const sourced = {
  sources: z.array(sourceRef).min(1),
  flags: z.array(flag).optional(),
};

export const localized = z
  .object({ fr: z.string().min(1), en: z.string().min(1), zh: z.string().min(1).optional() })
  .strict()
  .describe('Text in French and English, and Chinese where a reliable translation exists');

/** ISO 3166-2:CN letter code or HK / MO / TW. Referential integrity is checked by the build against data/regions.json. */
export const regionId = z.string().regex(/^(CN-[A-Z]{2}|HK|MO|TW)$/);

/** YYYY, YYYY-MM or YYYY-MM-DD: the precision the source gives, never padded. */
export const partialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/);

export const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase kebab-case');

/** A recorded disagreement between sources, or a correction: both values, and what the package shows. */
export const discrepancy = z
  .object({
    id,
    topic: z.string().min(1).describe('What the disagreement is about, in English'),
    values: z
      .array(z.object({ value: z.string().min(1), source: sourceRef }).strict())
      .min(1)
      .describe('Each competing value with where it is stated'),
    shown: z.string().min(1).describe('What the package shows, and why'),
    datasets: z.array(z.string()).min(1).describe('Datasets affected'),
    recordIds: z.array(z.string()).optional(),
  })
  .strict();
