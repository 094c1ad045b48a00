/** The embed file's Chinese table: empty, as it bundles the full records, whose texts carry their Chinese inline. */
export const texts: Readonly<Record<string, string>> = {};
