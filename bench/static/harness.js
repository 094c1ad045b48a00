// Shared by every page of the benchmark: the data generators and the timing helpers. Served as is and loaded
// by both sides, so it is not counted in either side's weight.

/** The moment the frame that follows the current task has been painted (rAF, then a task after it). */
export const afterPaint = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));

/** Waits until `test()` is true, checking after each task (at most `ms`). */
export async function until(test, ms = 20000) {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end) throw new Error('timed out waiting for ' + test);
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** The 53 TORCH parks repeated to `n` rows, each with a unique id and name (as scripts/bench-park-table.mjs). */
export function makeRows(parks, n) {
  return Array.from({ length: n }, (_, i) => {
    const p = parks[i % parks.length];
    return { ...p, id: `${p.id}-${i}`, name: `${p.name} ${Math.floor(i / parks.length)}`, year: p.year + (i % 9) };
  });
}

export const CATEGORIES = ['relations', 'law-france', 'institutions', 'china-policy', 'five-year-plan', 'torch', 'park', 'partnership', 'rencontres', 'comite-chine', 'agreement', 'research'];
const REGIONS = ['CN-BJ', 'CN-SH', 'CN-GD', 'CN-HB', 'CN-SC', 'CN-SD', 'CN-LN', 'CN-CQ', 'CN-AH', 'CN-JS'];

/** `n` synthetic events between 1962 and 2030, seeded (as scripts/bench-timeline.mjs): 10 % are periods. */
export function makeEvents(n) {
  let seed = 42;
  const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const pad = (x) => String(x).padStart(2, '0');
  const date = () => {
    const y = 1962 + Math.floor(rand() * 69), m = 1 + Math.floor(rand() * 12), d = 1 + Math.floor(rand() * 28), p = rand();
    return p < 0.4 ? String(y) : p < 0.6 ? y + '-' + pad(m) : y + '-' + pad(m) + '-' + pad(d);
  };
  return Array.from({ length: n }, (_, i) => {
    const d = date();
    const e = {
      id: 'ev-' + d.slice(0, 4) + '-synthetic-' + i,
      date: d,
      category: CATEGORIES[i % CATEGORIES.length],
      title: { fr: 'Événement synthétique ' + i, en: 'Synthetic event ' + i },
      provinceIds: [REGIONS[i % REGIONS.length]],
      sources: [{ document: 'evaluation-2011', ref: '§1', lines: [1, 2] }],
    };
    if (rand() < 0.1) e.endDate = String(Math.min(2030, Number(d.slice(0, 4)) + 1 + Math.floor(rand() * 5)));
    return e;
  });
}

/** Runs `change()` and returns [ms to the library's "done", ms to the next painted frame]. */
export async function timed(change) {
  const t0 = performance.now();
  await change();
  const done = performance.now() - t0;
  const painted = (await afterPaint()) - t0;
  return { done, painted };
}

/**
 * Hover latency: resolves with the time from the mousemove that the test sends (its `timeStamp`) to the
 * tooltip naming `name` being in the DOM, and to the next painted frame. `shows(name)` is the view's check.
 */
export function armHover(name, shows, roots) {
  return new Promise((resolve, reject) => {
    let t0 = null;
    const onMove = (e) => {
      if (t0 === null) t0 = e.timeStamp;
      check();
    };
    window.addEventListener('mousemove', onMove, { capture: true });
    const observer = new MutationObserver(() => check());
    for (const root of roots()) observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    let done = false;
    function check() {
      if (done || t0 === null || !shows(name)) return;
      done = true;
      const dom = performance.now() - t0;
      observer.disconnect();
      window.removeEventListener('mousemove', onMove, { capture: true });
      afterPaint().then((t) => resolve({ dom, painted: t - t0 }));
    }
    setTimeout(() => {
      if (!done) reject(new Error('no tooltip for ' + name));
    }, 5000);
  });
}

/**
 * `n` map points for both sides: the 53 TORCH parks as they are when `n` is 53, else the parks repeated to `n`
 * points, each moved by up to ±2° (seeded), with a unique id and name and its park's region, year and revenue.
 */
export function makeParks(parks, n) {
  if (n === parks.length) return parks.map(({ id, name, city, provinceId, year, revenue, lon, lat }) => ({ id, name, city, provinceId, year, revenue, lon, lat }));
  let seed = 7;
  const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: n }, (_, i) => {
    const p = parks[i % parks.length];
    const lon = Math.round((p.lon + (rand() - 0.5) * 4) * 1000) / 1000;
    const lat = Math.round((p.lat + (rand() - 0.5) * 4) * 1000) / 1000;
    return { id: `${p.id}-${i}`, name: `${p.name} ${Math.floor(i / parks.length)}`, city: p.city, provinceId: p.provinceId, year: p.year, revenue: p.revenue, lon, lat };
  });
}
