import { z } from 'zod';
import { sourced, localized, id } from './common.mjs';

export const description =
  'Controlled vocabulary of industry and technology sectors used to code the 2004 TORCH park specialisations and the 2026 provincial specialisations; each code lists the source phrases mapped to it.';

export const schema = z
  .object({
    id: id.describe('Sector code, kebab-case (e.g. ict, new-materials, rare-earths)'),
    label: localized.describe('Sector name in French, English and Chinese'),
    phrases: z
      .array(z.string().min(1))
      .min(1)
      .describe('French phrases from the sources that are coded with this sector (lower-cased, as written, including typos and missing commas)'),
    ...sourced,
  })
  .strict();
