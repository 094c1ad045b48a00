import { z } from 'zod';
import { sourced, regionId, id } from './common.mjs';

export const description =
  'The 53 national hi-tech parks of the TORCH programme listed by the French Embassy in 2004, with creation year, area, revenue, 2004 web address and sector specialisations. ' +
  'Coordinates are approximate city-centre points (2 decimals) for the city hosting each park, not the park boundaries.';

export const schema = z
  .object({
    id: id.describe('Stable id: "park-" + kebab-case park name (e.g. park-wuhan-donghu)'),
    name: z.string().min(1).describe('Park name as written in the 2004 table'),
    city: z.string().min(1).describe('City hosting the park, in pinyin (names as of 2004, e.g. Xiangfan)'),
    provinceId: regionId.describe('Province-level region of the park (id in regions.json), corrected where the table misfiles it'),
    year: z.number().int().min(1980).max(2004).describe('Year the park was created'),
    areaKm2: z.number().positive().nullable().describe('Area in km²; null when the table cell is empty'),
    revenue: z
      .object({
        value: z.number().nonnegative().describe('Annual revenue'),
        unit: z.literal('bn CNY').describe('Billions of yuan (RMB)'),
        year: z.number().int().describe('Year of the figure: 2002 unless the cell states another year (then flagged value-year-differs)'),
      })
      .strict()
      .nullable()
      .describe('Annual revenue (chiffre d’affaires); null when the table cell is empty'),
    url: z
      .object({
        href: z.string().regex(/^http:\/\//).describe('Address as listed in 2004, with http:// added'),
        historical: z.literal(true).describe('Always true: a 2004 address, probably no longer live'),
      })
      .strict()
      .nullable()
      .describe('Web address given in 2004; null when missing or dropped as wrong (flagged)'),
    sectors: z
      .object({
        codes: z.array(id).min(1).describe('Sector codes (ids in sectors.json), in the order of the phrase'),
        phrase: z.string().min(1).describe('The original French specialisation list, verbatim'),
      })
      .strict()
      .nullable()
      .describe('Specialisations from the 2004 list; null when the park has no text there (flagged missing)'),
    lon: z.number().min(73).max(135).describe('Longitude (WGS84) of the host city centre, approximate, 2 decimals'),
    lat: z.number().min(18).max(54).describe('Latitude (WGS84) of the host city centre, approximate, 2 decimals'),
    zh: z
      .object({ name: z.string().min(1).describe('Park name in characters'), city: z.string().min(1).describe('City name in characters') })
      .strict()
      .optional()
      .describe('Park and city names in Chinese characters, shown for `name` and `city` in Chinese (the project’s rendering, flagged translated)'),
    ...sourced,
  })
  .strict();
