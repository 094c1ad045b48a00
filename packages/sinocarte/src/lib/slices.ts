/**
 * Work in slices: a generator that yields between slices of a long computation (so that an element can spread it
 * over short tasks) and returns its result. `finish` runs one to its end at once.
 */
export function finish<T>(slices: Generator<void, T, void>): T {
  let step = slices.next();
  while (!step.done) step = slices.next();
  return step.value;
}
