/**
 * The embed file's stand-in for internal/data-texts.ts and the records' text tables (vite.config.ts): it bundles
 * the full records, whose texts carry their English and Chinese inline, so there is nothing to fetch.
 */
export const texts: Readonly<Record<string, string>> = {};

/** Every text is at hand. */
export const textsReady = (): undefined => undefined;
