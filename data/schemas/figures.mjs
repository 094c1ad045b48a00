// Schema of data/figures.json: numeric series from the source documents as tidy rows (one value per row).
import { z } from 'zod';
import { id, sourced } from './common.mjs';

export const description =
  'Numeric figures from the sources as tidy rows, one value per row: TORCH programme statistics (2004 fact sheet), Atlas counts of Franco-Chinese decentralised cooperation, MAEE co-financing 2007–2009, attendance at the Rencontres, projects per decade and official development aid declared by French local authorities. ' +
  'What a row measures is said once per series in figure-series; a row has a `label` of its own only where its series label and dimension values do not say it.';

export const units = ['count', 'persons', 'percent', 'ratio', 'year', 'bn CNY', 'M CNY', 'EUR', 'M EUR'];

export const schema = z
  .object({
    id: id.describe('Row id, unique across the dataset'),
    series: id.describe('Kebab-case code grouping comparable rows, e.g. torch-projects, rencontres-attendance, oda-collectivities; its label and dimension names are in figure-series'),
    label: z
      .object({ fr: z.string().min(1), en: z.string().min(1), zh: z.string().min(1).optional() })
      .strict()
      .optional()
      .describe('What the value measures within its series, in French and English, read after the series label, on rows their dimension values do not describe; otherwise absent'),
    value: z.number().finite().describe('The figure as a plain number (decimal commas and thousands spaces of the source resolved)'),
    unit: z.enum(units).describe('Unit of value: count, persons, percent, ratio, year, bn CNY, M CNY, EUR, M EUR'),
    year: z.number().int().min(1900).max(2100).optional().describe('Year the value refers to, when it is a single year'),
    period: z
      .string()
      .regex(/^\d{4}-\d{4}$/)
      .optional()
      .describe('Period the value refers to (YYYY-YYYY), when it spans several years'),
    dimension: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .optional()
      .describe('Breakdown keys within the series, e.g. { sector: "ict" }, { level: "region" }, { edition: 2 }; subsetOf names the category a "dont" row belongs to (not additive)'),
    ...sourced,
  })
  .strict();
