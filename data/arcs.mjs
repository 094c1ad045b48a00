// The topology's arcs in a compact text that gzip compresses well (data/build.mjs writes it into
// packages/data/dist/china-topology.js with `decodeArcs`'s own source text, decoded when the module loads).

/**
 * The arcs of a TopoJSON topology (china.topo.json: 9,421 quantized points, written as JSON arrays of deltas)
 * as one string, which `decodeArcs` turns back into the same arrays, number for number. Each arc is one run of
 * characters, the runs separated by spaces:
 * - its first point, from the last point of the arc before (0, 0 for the first arc): x and y as zigzag varints
 *   of 5-bit digits written as characters 63–126 (the "polyline" encoding);
 * - then each delta, x and y in turn, less half the same coordinate's delta before it (`prev >> 1`: borders
 *   run on, so a delta is much like the one before), zigzagged; a value under 90 is one character (codes
 *   35–126 with "<" and the backslash skipped, so that no "</" can end an inline script), a larger one `!` and
 *   a varint as above.
 * One character per value for nearly all of them, with small values more frequent: gzip compresses it to 14.2 kB
 * where the plain varints (one to two characters a value) gave 16.5 kB and the JSON 21.1 kB.
 */
export function encodeArcs(arcs) {
  const zigzag = (value) => (value < 0 ? ~(value << 1) : value << 1);
  const varint = (value) => {
    let n = zigzag(value);
    let out = '';
    for (; n >= 32; n >>= 5) out += String.fromCharCode((32 | (n & 31)) + 63);
    return out + String.fromCharCode(n + 63);
  };
  const small = (value) => {
    const n = zigzag(value);
    if (n >= 90) return `!${varint(value)}`;
    const code = n + 35 + (n + 35 >= 60 ? 1 : 0);
    return String.fromCharCode(code + (code >= 92 ? 1 : 0));
  };
  let end = [0, 0];
  const encoded = arcs
    .map((arc) => {
      let out = varint(arc[0][0] - end[0]) + varint(arc[0][1] - end[1]);
      const at = [...arc[0]];
      let prev = [0, 0];
      for (const delta of arc.slice(1)) {
        out += small(delta[0] - (prev[0] >> 1)) + small(delta[1] - (prev[1] >> 1));
        prev = delta;
        at[0] += delta[0];
        at[1] += delta[1];
      }
      end = at;
      return out;
    })
    .join(' ');
  // A module may be inlined in a page's <script>: no "</" (nor "<!--") in the string.
  if (/<\/|<!--/.test(encoded)) throw new Error('china-topology: the encoded arcs contain "</" or "<!--"');
  return encoded;
}

/** Written into china-topology.js as it is (its source text): the arcs from their compact form (see encodeArcs). */
export function decodeArcs(text) {
  let x = 0;
  let y = 0;
  return text.split(' ').map((run) => {
    let i = 0;
    const varint = () => {
      let n = 0;
      for (let shift = 0, c = 32; c & 32; shift += 5) {
        c = run.charCodeAt(i++) - 63;
        n |= (c & 31) << shift;
      }
      return n & 1 ? ~(n >> 1) : n >> 1;
    };
    const next = (prev) => {
      const c = run.charCodeAt(i++);
      if (c === 33) return varint() + (prev >> 1);
      const n = c - 35 - (c > 60) - (c > 92);
      return (n & 1 ? ~(n >> 1) : n >> 1) + (prev >> 1);
    };
    x += varint();
    y += varint();
    const arc = [[x, y]];
    for (let dx = 0, dy = 0; i < run.length; ) {
      dx = next(dx);
      dy = next(dy);
      arc.push([dx, dy]);
      x += dx;
      y += dy;
    }
    return arc;
  });
}
