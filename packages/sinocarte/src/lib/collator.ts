const collators = new Map<string, Intl.Collator>();

/** One collator per locale (none: the runtime's, as `localeCompare`), shared: making one costs more than a thousand comparisons. */
export function sharedCollator(locale?: string): Intl.Collator {
  let collator = collators.get(locale ?? '');
  if (!collator) collators.set(locale ?? '', (collator = new Intl.Collator(locale)));
  return collator;
}
