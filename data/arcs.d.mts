// Types of data/arcs.mjs, for the TypeScript test of the topology's arcs encoding.

export declare function encodeArcs(arcs: readonly (readonly (readonly [number, number])[])[]): string;
export declare function decodeArcs(text: string): [number, number][][];
