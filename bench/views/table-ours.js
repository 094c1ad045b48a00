// Our table view: <sino-park-table> with its `parks` preset (8 columns), rows set as a property.
import '../../packages/sinocarte/src/park-table.ts';

let el;
const settle = async () => {
  await el.updateComplete;
};
window.view = {
  async render(host, { rows }) {
    el = document.createElement('sino-park-table');
    host.append(el);
    el.rows = rows;
    // Done once the first rows are drawn, as the Tabulator views: from 10,000 rows the table reads the rows past its
    // first screen after that, over short tasks (aria-busy until then), which the settled clock counts.
    while (!el.shadowRoot?.querySelector('tbody tr[data-row]')) await new Promise((r) => setTimeout(r, 0));
  },
  async sort(key) {
    el.sort = key;
    await settle();
  },
  async filterRegion(id) {
    el.region = id;
    await settle();
  },
  async search(query) {
    el.query = query;
    await settle();
  },
  count: () => el.visibleIds.length,
  visibleRows: () => el.shadowRoot.querySelectorAll('tbody tr[data-row]').length,
  firstRow: () => el.shadowRoot.querySelector('tbody tr[data-row] th, tbody tr[data-row] td')?.textContent.trim(),
};
