/** French, the reference language: the strings of `frame` (see ../fr.ts). */

/** The editorial frame of every element: source line, download menu. */
export const frame = {
  /** `{list}`: the publishers and years, e.g. "Ambassade de France en Chine, 2004". */
  source: { one: 'Source\u00a0: {list}', other: 'Sources\u00a0: {list}', separator: '\u00a0; ' },
};
