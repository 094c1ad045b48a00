// Apache ECharts 6 as its handbook recommends for bundlers: `echarts/core` with the parts the chart uses
// (map series, tooltip, piecewise visualMap, canvas renderer), the GeoJSON fetched and registered with
// `registerMap`, colours from the same classes as ours. With points (`?n=53` and more): a `geo` component that the
// map series colours (`geoIndex`) and a `scatter` series on it, as ECharts' examples draw points on a map.
import * as echarts from 'echarts/core';
import { MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([MapChart, ScatterChart, GeoComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

let chart;
window.view = {
  async render(host, { geo, series, points }) {
    const geoJSON = await (await fetch(geo)).json();
    // Not named 'china': ECharts adds its own South China Sea inset and island fixes to a map of that name.
    echarts.registerMap('sinocarte-regions', geoJSON);
    // Same box as our map's frame (960 px wide, 4:3): ECharts needs a sized container.
    const div = document.createElement('div');
    div.style.width = '960px';
    div.style.height = '720px';
    host.append(div);
    chart = echarts.init(div);
    const rendered = new Promise((resolve) => chart.on('rendered', resolve));
    chart.setOption({
      tooltip: {
        trigger: 'item',
        formatter: (p) =>
          p.seriesType === 'scatter'
            ? `<b class="tip-title">${p.name}</b><br>${p.data.city}`
            : `<b class="tip-title">${p.name}</b><br>${Number.isFinite(p.value) ? `${p.value} park${p.value === 1 ? '' : 's'}` : 'No data'}`,
      },
      ...(points ? { geo: { map: 'sinocarte-regions', itemStyle: { borderColor: '#ffffff', borderWidth: 0.75, areaColor: series.nodata } } } : {}),
      visualMap: {
        type: 'piecewise',
        seriesIndex: 0,
        pieces: series.pieces,
        outOfRange: { color: series.nodata },
        left: 'left',
        bottom: 10,
      },
      series: [
        points
          ? { type: 'map', geoIndex: 0, data: series.data }
          : {
              type: 'map',
              map: 'sinocarte-regions',
              data: series.data,
              itemStyle: { borderColor: '#ffffff', borderWidth: 0.75, areaColor: series.nodata },
            },
        ...(points
          ? [
              {
                type: 'scatter',
                coordinateSystem: 'geo',
                symbolSize: 7,
                // Our park colours (light theme).
                itemStyle: { color: '#1d3557', borderColor: '#ffffff', borderWidth: 1 },
                data: points.map((p) => ({ name: p.name, value: [p.lon, p.lat], city: p.city })),
              },
            ]
          : []),
      ],
    });
    await rendered;
    return geoJSON.features.length;
  },
  pointIn(id, lonLat) {
    const [x, y] = chart.convertToPixel(chart.getOption().geo?.length ? { geoIndex: 0 } : { seriesIndex: 0 }, lonLat);
    const box = chart.getDom().getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  },
  tooltipShows(name) {
    const title = chart.getDom().querySelector('.tip-title');
    return !!title && title.textContent === name && title.closest('div').style.display !== 'none';
  },
  points: () => chart.getOption().series[1]?.data.length ?? 0,
  roots: () => [chart.getDom()],
};
