// The records as rows: the datasets' modules (packages/data/dist/<name>.js and base/<name>.js) write each
// object as the list of its values, its keys said once per place in the dataset (a schema), and
// `decodeRecords` (dist/records.js, its own source text) builds the same objects back when the module loads.
// gzip finds the same repeated keys anyway, but each repeat still costs it a few bits: about 4 kB min+gzip
// less for all the records together. Objects that repeat at a place (the same flag on every park) are said
// once there, in a dictionary, and referred to by their index. data/build.mjs checks that every dataset
// decodes to its JSON (key order aside where records disagree on it).

const isPlain = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The schema of a dataset: for each place where objects sit (a path, arrays' items taken together), their
 * keys, in an order every object there follows where there is one. A place whose values are not all objects
 * (or all lists of objects), or with a key `__proto__`, stays as it is (0). The paths of the places whose
 * objects come back with their keys in another order are pushed onto `reordered`.
 * A schema node is `[list, keys, children, dictionary?]`: `list` 1 when the place holds lists of such objects;
 * `dictionary`, the rows of the place's different objects where at most half of them are different (then the
 * place holds their indices).
 */
export function schemaOf(value, reordered = []) {
  const places = new Map();
  const visit = (v, path) => {
    const place = places.get(path) ?? { kinds: new Set(), keys: [], objects: [], values: [] };
    places.set(path, place);
    if (Array.isArray(v) && v.every(isPlain)) {
      place.kinds.add('list');
      for (const item of v) object(item, path, place);
    } else if (isPlain(v)) {
      place.kinds.add('object');
      object(v, path, place);
    } else place.kinds.add('other');
  };
  const object = (o, path, place) => {
    place.objects.push(Object.keys(o));
    place.values.push(o);
    for (const [k, item] of Object.entries(o)) {
      if (!place.keys.includes(k)) place.keys.push(k);
      visit(item, `${path}\u0000${k}`);
    }
  };
  visit(value, '');
  const node = (path) => {
    const place = places.get(path);
    if (!place || place.kinds.size !== 1 || place.kinds.has('other') || place.keys.includes('__proto__')) return 0;
    // Objects that disagree on the order of their keys (a few records list `zh` after `flags`, others before)
    // come back in the order first seen: the same objects, key order aside, said in `reordered`.
    let keys = keyOrder(place.keys, place.objects);
    if (!keys) {
      keys = place.keys;
      reordered.push(path.split('\u0000').join('.') || '(top)');
    }
    const made = [place.kinds.has('list') ? 1 : 0, keys, keys.map((k) => node(`${path}\u0000${k}`))];
    const different = new Map();
    for (const o of place.values) if (!different.has(JSON.stringify(o))) different.set(JSON.stringify(o), different.size);
    if (place.values.length >= 10 && different.size * 2 <= place.values.length) {
      indices.set(made, different);
      made.push([...different.keys()].map((json) => rowOf(JSON.parse(json), made)));
    }
    return made;
  };
  return node('');
}

/**
 * One order of all the keys in which every object lists its own keys (a topological order of "comes before",
 * the earliest-seen key first at each step), or undefined when the objects disagree.
 */
function keyOrder(all, objects) {
  const before = new Map(all.map((k) => [k, new Set()]));
  for (const keys of objects) for (let i = 1; i < keys.length; i++) before.get(keys[i]).add(keys[i - 1]);
  const order = [];
  const left = [...all];
  while (left.length) {
    const next = left.findIndex((k) => [...before.get(k)].every((b) => order.includes(b)));
    if (next < 0) return undefined;
    order.push(...left.splice(next, 1));
  }
  return order;
}

/** For each schema node with a dictionary: the JSON of each of its objects → its index. */
const indices = new WeakMap();

/** An object as its row under a schema node: the list of its values, an absent key a hole. */
function rowOf(o, node) {
  const out = node[1].map((k, i) => (Object.hasOwn(o, k) ? encodeRecords(o[k], node[2][i]) : HOLE));
  while (out.length && out[out.length - 1] === HOLE) out.pop();
  return out;
}

/** The value as rows under its schema (an object in a dictionary as its index). */
export function encodeRecords(value, node) {
  if (!node) return value;
  const dictionary = indices.get(node);
  const row = (o) => (dictionary ? dictionary.get(JSON.stringify(o)) : rowOf(o, node));
  return node[0] ? value.map(row) : row(value);
}

/** An absent value in a row: written as an array hole (`[1,,3]`), which JSON cannot say. */
export const HOLE = Symbol('hole');

/** JavaScript source of an encoded value: JSON, with holes. */
export function sourceOf(value) {
  if (value === HOLE) return '';
  if (Array.isArray(value)) return `[${value.map(sourceOf).join(',')}${value.length && value[value.length - 1] === HOLE ? ',' : ''}]`;
  if (isPlain(value)) return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${sourceOf(v)}`).join(',')}}`;
  return JSON.stringify(value);
}

/** Written into dist/records.js as it is (its source text): the objects back from their rows. */
export function decodeRecords(value, node) {
  if (!node) return value;
  const [list, keys, children, dictionary] = node;
  const object = (row) => {
    if (dictionary) row = dictionary[row];
    const out = {};
    for (let i = 0; i < row.length; i++) if (i in row) out[keys[i]] = decodeRecords(row[i], children[i]);
    return out;
  };
  return list ? value.map(object) : object(value);
}
