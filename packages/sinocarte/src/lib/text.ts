/**
 * Any value a host may put in a text property, as text. Frameworks pass numbers (`years={1990}`), arrays
 * or objects; a value whose `toString` throws (a null-prototype object) becomes empty. Never throws.
 */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value == null) return '';
  try {
    return String(value);
  } catch {
    return '';
  }
}

/**
 * The longest text an element lays out as a label, a title or a note (characters); longer text is cut with an
 * ellipsis before layout: a 10 MB string would otherwise cost seconds of text measuring at every update.
 */
export const MAX_LABEL = 1000;

/** Quotes a value in a message without letting a 10,000-character input flood the note. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const collators = new Map<string, Intl.Collator>();

/**
 * One collator per locale (none: the runtime's, as `localeCompare`), shared by every element of the page: making
 * one (the locale's collation data) costs more than a thousand comparisons.
 */
export function sharedCollator(locale?: string): Intl.Collator {
  let collator = collators.get(locale ?? '');
  if (!collator) collators.set(locale ?? '', (collator = new Intl.Collator(locale)));
  return collator;
}
