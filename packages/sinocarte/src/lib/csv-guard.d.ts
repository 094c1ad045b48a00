/** The text with every formula start (at the beginning, or after `,` or `;`) prefixed with `'`. */
export function defuseFormula(text: string): string;
/** One CSV field: defused, then quoted when it holds `,`, `;`, a double quote or a line break. */
export function csvCell(text: string): string;
