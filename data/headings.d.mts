// Types of data/headings.mjs, for the TypeScript tests.

export interface HeadingPart {
  label: string;
  start: number;
  end: number;
}
export declare function headingIndex(text: string, documentId: string): HeadingPart[];
export declare function refProblem(
  source: { document: string; ref: string; lines: readonly [number, number] },
  index: Record<string, readonly HeadingPart[]>,
  texts?: Record<string, readonly string[]>,
): string | null;
