/**
 * The shareable state of the elements in the page's URL hash (`share` attribute): pure functions that read an
 * element's keys from a hash and write them back into it, leaving every other part of the hash as it was.
 *
 * A hash is a list of `name=value` parts joined by `&` (`#sino-map-metric=revenue&sino-map-selected=GD`). An
 * element's keys are its prefix (`sino-<id or tag>-`, see `sharePrefix`) followed by one of the names it shares;
 * an element reads and writes only those exact keys, so that several elements on a page (`sino-map-…` and
 * `sino-map-2-…`) never touch each other's. Names and values are percent-encoded.
 */

/** A shared state: property name → value as text. A value left out (or empty) is not in the hash. */
export type ShareState = Record<string, string>;

/** A part of a hand-written hash that could not be read, as written. */
export interface ShareProblem {
  key: string;
  value: string;
}

/** The longest value read from a hash: a shared state is a few words, not a document. */
export const MAX_VALUE_LENGTH = 200;

/** The prefix of an element's keys: `sino-<id>-`, else `sino-<tag without sino->-` (`sino-province-map-`). */
export function sharePrefix(id: string, tag: string): string {
  const name = id.trim() || tag.toLowerCase().replace(/^sino-/, '');
  return `sino-${name}-`;
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function encode(text: string): string {
  // Keep what a hash carries as is, for a readable link: letters, digits and - _ . ~ , : /
  return encodeURIComponent(text).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
}

/** The parts of a hash (with or without its `#`), empty parts dropped. */
function parts(hash: string): string[] {
  return hash.replace(/^#/, '').split('&').filter((p) => p !== '');
}

/** The decoded name of a `name=value` part, or null for a part of another kind (a plain anchor). */
function nameOf(part: string): string | null {
  const at = part.indexOf('=');
  return at < 0 ? null : decode(part.slice(0, at));
}

/**
 * The state an element finds in a hash: the values of `prefix + name` for each of `names`, and the values
 * that cannot be read (bad percent-encoding, control characters, too long), which are left out.
 */
export function readState(hash: string, prefix: string, names: readonly string[]): { state: ShareState; problems: ShareProblem[] } {
  const state: ShareState = {};
  const problems: ShareProblem[] = [];
  for (const part of parts(hash)) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const key = decode(part.slice(0, at));
    if (key === null || !key.startsWith(prefix)) continue;
    const name = key.slice(prefix.length);
    if (!names.includes(name)) continue;
    const raw = part.slice(at + 1);
    if (raw === '') continue;
    const value = decode(raw);
    if (value === null || value.length > MAX_VALUE_LENGTH || /[\u0000-\u001f\u007f]/.test(value)) {
      problems.push({ key, value: raw.slice(0, 40) });
      continue;
    }
    state[name] = value;
  }
  return { state, problems };
}

/**
 * The hash with an element's keys set to `state`: a key already there keeps its place, a new one goes at the
 * end, a name with an empty value is removed; every other part is kept as it was. Gives `''` for an empty hash,
 * else the hash with its `#`.
 */
export function mergeState(hash: string, prefix: string, names: readonly string[], state: ShareState): string {
  const written = new Set<string>();
  const part = (name: string) => `${encode(prefix + name)}=${encode(state[name])}`;
  const kept = parts(hash).flatMap((p) => {
    const key = nameOf(p);
    if (key === null || !key.startsWith(prefix)) return [p];
    const name = key.slice(prefix.length);
    if (!names.includes(name)) return [p];
    if (!state[name] || written.has(name)) return [];
    written.add(name);
    return [part(name)];
  });
  for (const name of names) if (state[name] && !written.has(name)) kept.push(part(name));
  return kept.length ? `#${kept.join('&')}` : '';
}
