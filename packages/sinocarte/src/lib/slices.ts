/**
 * Work in slices, and the shared collators: small helpers used by the table's sorting and filtering and by the
 * map's metrics, in a module of their own (a bundler splits code by module, so a page with only the map does not
 * download the table's sorting).
 */

/**
 * Runs to its end a generator that yields between slices of a long computation (so that an element can spread it
 * over short tasks), and returns its result.
 */
export function finish<T>(slices: Generator<void, T, void>): T {
  let step = slices.next();
  while (!step.done) step = slices.next();
  return step.value;
}

/** The shared collators live in lib/text.ts, a module every page downloads first. */
export { sharedCollator } from './text.js';
