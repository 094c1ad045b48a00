// Plain TypeScript with the package's own types: tags, properties, enumerated values and events.
import 'sinocarte';
import type { MapMetric, SinoSelectDetail, TypologyPlane } from 'sinocarte';
import { SinoParkTable } from 'sinocarte/elements';
import { load, lazyTags } from 'sinocarte/lazy';

const map = document.createElement('sino-province-map');
map.metric = 'partnerships';
map.values = { 'CN-HB': 3, 'CN-SD': null };
map.showParks = false;
// @ts-expect-error: not a metric
map.metric = 'gdp';
// @ts-expect-error: typo of a property
map.metrc = 'parks';
// @ts-expect-error: values are numbers
map.values = { 'CN-HB': 'three' };

const metric: MapMetric = 'offices';
map.metric = metric;
const plane: TypologyPlane = 'coordination';
document.createElement('sino-typology').plane = plane;
// @ts-expect-error: not a plane
document.createElement('sino-typology').plane = 'economy';
// @ts-expect-error: not a view
document.createElement('sino-typology').view = 'tables';
// @ts-expect-error: not a language
map.lang = 'de';
// @ts-expect-error: not a theme
map.theme = 'sepia';

const table = document.querySelector('sino-park-table');
if (table instanceof SinoParkTable) {
  table.preset = 'offices';
  // @ts-expect-error: not a preset
  table.preset = 'cities';
  const csv: string = table.toCSV('french');
  // @ts-expect-error: not a CSV layout
  table.toCSV('german');
  void csv;
}
const atlas = document.createElement('sino-atlas');
atlas.headingLevel = 3;
// @ts-expect-error: no such heading level
atlas.headingLevel = 7;

// Events: typed on the element, the document and the window.
map.addEventListener('sino-select', (e) => {
  const id: string | null = e.detail.id;
  // @ts-expect-error: detail has no `name`
  void e.detail.name;
  void id;
});
document.addEventListener('sino-select', (e) => {
  const detail: SinoSelectDetail = e.detail;
  // @ts-expect-error: `id` may be null
  const id: string = e.detail.id;
  void detail;
  void id;
});
window.addEventListener('sino-range', (e) => void e.detail.from.length);
document.addEventListener('sino-error', (e) => {
  // @ts-expect-error: not an error code
  if (e.detail.code === 'oops') return;
});
document.body.addEventListener('sino-filter', (e) => void e.detail.count.toFixed());

// @ts-expect-error: not a tag the loader knows
void load('sino-chart');
void load(lazyTags[0]);
