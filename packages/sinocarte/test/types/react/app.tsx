// React 19 + TypeScript: the tags, their attributes and properties, and `onsino-*` handlers, as a user writes them.
import 'sinocarte';
import { useState } from 'react';

const projects = { 'CN-HB': 12, 'CN-GD': 30 };

export function App() {
  const [selection, setSelection] = useState<string | null>(null);
  return (
    <main>
      <sino-province-map
        lang="fr"
        metric="partnerships"
        values={projects}
        value-label="Projets"
        show-parks="false"
        className="map"
        onsino-select={(e) => setSelection(e.detail.id)}
        onsino-error={(e) => console.warn(e.detail.code, e.detail.message)}
      ></sino-province-map>
      <sino-park-table preset="offices" region="CN-GD" csv-layout="french" onsino-filter={(e) => console.log(e.detail.count)}></sino-park-table>
      <sino-timeline range="1980-2011" onsino-range={(e) => console.log(e.detail.from, e.detail.to)}></sino-timeline>
      <sino-typology plane="coordination" view="types" onsino-select={(e) => console.log(e.detail.regions.join(','))}></sino-typology>
      <sino-atlas heading-level={3} theme="dark" region="CN-SD"></sino-atlas>
      <p>{selection}</p>

      {/* @ts-expect-error: typo of an attribute */}
      <sino-province-map metrc="parks"></sino-province-map>
      {/* @ts-expect-error: not a metric */}
      <sino-province-map metric="gdp"></sino-province-map>
      {/* @ts-expect-error: not a plane */}
      <sino-typology plane="economy"></sino-typology>
      {/* @ts-expect-error: not a preset */}
      <sino-park-table preset="cities"></sino-park-table>
      {/* @ts-expect-error: not a language */}
      <sino-timeline lang="de"></sino-timeline>
      {/* @ts-expect-error: not a heading level */}
      <sino-atlas heading-level={9}></sino-atlas>
      {/* @ts-expect-error: values are numbers per region */}
      <sino-province-map values={{ 'CN-HB': 'twelve' }}></sino-province-map>
      {/* @ts-expect-error: the detail has no `name` */}
      <sino-province-map onsino-select={(e) => console.log(e.detail.name)}></sino-province-map>
      {/* @ts-expect-error: a range has no `id` */}
      <sino-timeline onsino-range={(e) => console.log(e.detail.id)}></sino-timeline>
      {/* @ts-expect-error: not a tag */}
      <sino-chart></sino-chart>
    </main>
  );
}
