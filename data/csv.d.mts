// Types of data/csv.mjs, for the TypeScript tests that read the CSV files back.

export declare const LIST_SEPARATOR: ' | ';
export declare function formatSourceRef(source: { document: string; ref: string; lines: readonly [number, number] }): string;
export declare function formatFlag(flag: { kind: string; field?: string; note: string }): string;
export declare function flattenRecord(record: object): Record<string, string>;
export declare function columnsOf(rows: readonly Record<string, string>[]): string[];
export declare function toCsv(records: readonly object[], options?: { keyOrder?: readonly string[] }): string;
export declare function parseCsvRows(text: string): string[][];
export declare function parseCsv(text: string): Record<string, string>[];
