// Types of data/records.mjs, for the TypeScript test of the records' rows.

export type SchemaNode = 0 | [0 | 1, string[], SchemaNode[], unknown[]?];
export declare const HOLE: unique symbol;
export declare function schemaOf(value: unknown, reordered?: string[]): SchemaNode;
export declare function encodeRecords(value: unknown, node: SchemaNode): unknown;
export declare function sourceOf(value: unknown): string;
export declare function decodeRecords(value: unknown, node: SchemaNode): unknown;
