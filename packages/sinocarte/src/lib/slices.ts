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

/**
 * The clock of a task that runs slices of work for at most `budget` ms: call it after each slice; it says
 * whether to stop, that is whether the next slice, as long as the last one, would end past the budget
 * (checking only whether the budget is spent let a 25 ms slice start at 29 ms of a 30 ms budget: a long task).
 * `now` is for tests.
 */
export function sliceClock(budget: number, now: () => number = () => performance.now()): () => boolean {
  let last = now();
  const end = last + budget;
  return () => {
    const t = now();
    const took = t - last;
    last = t;
    return t + took > end;
  };
}

/** The shared collators live in lib/text.ts, a module every page downloads first. */
export { sharedCollator } from './text.js';
