import type * as reference from './fr.js';

/**
 * The shape of a language file, taken from French, the reference language: one object per element plus
 * `common`. A translation written `satisfies Messages['map']` fails to compile when a key is missing,
 * misspelt or of another shape.
 */
export type Messages = typeof reference;

/** The strings of one part (`'map'`, `'table'`…) in one language. */
export type PartMessages<Part extends keyof Messages> = Messages[Part];
