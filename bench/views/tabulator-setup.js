// The Tabulator table view, shared by the two builds measured: `TabulatorFull` (table-tabulator.js) and the core with
// only the modules the view uses (table-tabulator-modular.js). Tabulator 6 as its documentation recommends: a fixed
// height so that the virtual DOM renders only the visible rows (renderVertical "virtual", the default), the same 8
// columns as our `parks` preset, formatters for the region name, revenue, sectors and website.
import 'tabulator-tables/dist/css/tabulator.min.css';

export function tabulatorView(Tabulator) {
  let table;
  const region = {}, sector = {};
  const num = new Intl.NumberFormat('en');
  /** What a cell shows, for the search: Tabulator has no search over all columns, so the view filters on these texts. */
  const shown = (row) => [row.name, region[row.provinceId] ?? row.provinceId, row.city, row.year, row.areaKm2, row.revenue?.value, ...(row.sectors?.codes ?? []).map((s) => sector[s] ?? s), row.url?.href];
  return {
    async render(host, { rows, regions, sectors }) {
      for (const r of regions) region[r.id] = r.name.en;
      for (const s of sectors) sector[s.id] = s.label.en;
      const div = document.createElement('div');
      host.append(div);
      const built = new Promise((resolve) => {
        table = new Tabulator(div, {
          data: rows,
          height: '640px',
          layout: 'fitColumns',
          index: 'id',
          columns: [
            { title: 'Park', field: 'name', sorter: 'string', widthGrow: 2 },
            { title: 'Region', field: 'provinceId', formatter: (c) => region[c.getValue()] ?? c.getValue(), sorter: (a, b) => (region[a] ?? a).localeCompare(region[b] ?? b) },
            { title: 'City', field: 'city', sorter: 'string' },
            { title: 'Founded', field: 'year', sorter: 'number', hozAlign: 'right' },
            { title: 'Area (km²)', field: 'areaKm2', sorter: 'number', hozAlign: 'right', formatter: (c) => (c.getValue() == null ? '—' : num.format(c.getValue())) },
            { title: 'Revenue (bn ¥)', field: 'revenue', hozAlign: 'right', sorter: (a, b) => (a?.value ?? -Infinity) - (b?.value ?? -Infinity),
              formatter: (c) => { const v = c.getValue(); return v ? num.format(v.value) + (v.year !== 2002 ? ` (${v.year})` : '') : '—'; } },
            { title: 'Sectors', field: 'sectors', headerSort: false, widthGrow: 2, formatter: (c) => (c.getValue()?.codes ?? []).map((s) => sector[s] ?? s).join(', ') },
            { title: 'Website (2004)', field: 'url.href', formatter: 'link', formatterParams: { target: '_blank' }, headerSort: false },
          ],
        });
        table.on('tableBuilt', resolve);
      });
      await built;
      // The rows are drawn once the data is loaded after tableBuilt.
      while (!div.querySelector('.tabulator-row')) await new Promise((r) => setTimeout(r, 0));
    },
    async sort(key) {
      const desc = key.startsWith('-');
      table.setSort(desc ? key.slice(1) : key, desc ? 'desc' : 'asc');
    },
    async filterRegion(id) {
      if (!id) return table.clearFilter();
      table.setFilter('provinceId', '=', id);
    },
    /** A search over every column as shown, case-insensitive (a custom filter function: Tabulator has no global search). */
    async search(query) {
      const q = query.toLowerCase();
      if (!q) return table.clearFilter();
      table.setFilter((row) => shown(row).some((v) => v != null && String(v).toLowerCase().includes(q)));
    },
    count: () => table.getDataCount('active'),
    visibleRows: () => document.querySelectorAll('.tabulator-row').length,
    firstRow: () => document.querySelector('.tabulator-row .tabulator-cell')?.textContent.trim(),
  };
}
