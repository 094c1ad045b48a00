// Schema of data/documents.json: the five source documents the package is built from.
import { z } from 'zod';
import { documentKey, flag, localized, partialDate } from './common.mjs';

export const description =
  'The five French-language source documents behind the package: their keys, original titles, publishers, dates and sizes. Every sourceRef in the other datasets points to one of these keys.';

export const schema = z
  .object({
    id: documentKey.describe('Document key used in every sourceRef'),
    file: z.string().regex(/^[a-z0-9-]+\.txt$/).describe('Name of the text file under sources/'),
    title: z.string().min(1).describe('Original title as it appears in the document (French)'),
    translatedTitle: z
      .object({ en: z.string().min(1).describe('English title'), zh: z.string().min(1).describe('Chinese title') })
      .strict()
      .optional()
      .describe('The title in English and Chinese: the project’s translations (flagged translated)'),
    publisher: z.string().min(1).describe('Organisation that published the document (no personal names)'),
    date: partialDate.optional().describe('Publication date at the precision known; absent when the document gives none'),
    language: z.literal('fr').describe('Language of the text file'),
    description: localized.describe('One-sentence summary of the document, in the project’s own words'),
    lineCount: z.number().int().positive().describe('Number of lines of the text file (line numbers in sourceRefs are 1-based within it)'),
    flags: z.array(flag).optional().describe('Caveats on the title or date'),
  })
  .strict();
