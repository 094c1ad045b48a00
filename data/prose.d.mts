// Types of data/prose.mjs, for the TypeScript tests.

export declare const RUN_LENGTH: number;
export declare const QUOTATION_KEYS: Record<string, readonly string[]>;
export declare function words(text: string): string[];
export declare function runsOf(texts: readonly string[], n?: number): Set<string>;
export declare function sharedRuns(text: string, sourceRuns: ReadonlySet<string>, n?: number): string[];
