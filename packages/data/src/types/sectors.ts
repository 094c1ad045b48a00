import type { Sourced, Localized } from '../types.js';

/** A sector code of the controlled vocabulary used by parks and province-innovation. */
export interface Sector extends Sourced {
  /** Sector code, kebab-case, e.g. `ict`, `new-materials`. */
  id: string;
  /** Sector name in French, English and Chinese. */
  label: Localized;
  /** French source phrases coded with this sector (lower-cased, as written). */
  phrases: string[];
}
