import type { DocumentKey, Flag, Localized } from '../types.js';

/** One of the five source documents (data/documents.json). */
export interface SourceDocument {
  /** Document key used in every SourceRef. */
  id: DocumentKey;
  /** Name of the text file under sources/. */
  file: string;
  /** Original title as it appears in the document (French). */
  title: string;
  /** The title in English and Chinese: the project's translations (flagged `translated`). */
  translatedTitle?: { en: string; zh: string };
  /** Organisation that published the document (no personal names). */
  publisher: string;
  /** Publication date, YYYY | YYYY-MM | YYYY-MM-DD, at the precision known; absent when unknown. */
  date?: string;
  /** Language of the text file. */
  language: 'fr';
  /** One-sentence summary in the project's own words. */
  description: Localized;
  /** Number of lines of the text file. */
  lineCount: number;
  /** Caveats on the title or date. */
  flags?: Flag[];
}
