// Apache ECharts 6 as its handbook recommends for bundlers: `echarts/core` with the parts the chart uses
// (map series, tooltip, piecewise visualMap, canvas renderer), the GeoJSON fetched and registered with
// `registerMap`, colours from the same classes as ours.
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);

let chart;
window.view = {
  async render(host, { geo, series }) {
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
        formatter: (p) => `<b class="tip-title">${p.name}</b><br>${Number.isFinite(p.value) ? `${p.value} park${p.value === 1 ? '' : 's'}` : 'No data'}`,
      },
      visualMap: {
        type: 'piecewise',
        pieces: series.pieces,
        outOfRange: { color: series.nodata },
        left: 'left',
        bottom: 10,
      },
      series: [
        {
          type: 'map',
          map: 'sinocarte-regions',
          data: series.data,
          itemStyle: { borderColor: '#ffffff', borderWidth: 0.75, areaColor: series.nodata },
        },
      ],
    });
    await rendered;
    return geoJSON.features.length;
  },
  pointIn(id, lonLat) {
    const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, lonLat);
    const box = chart.getDom().getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  },
  tooltipShows(name) {
    const title = chart.getDom().querySelector('.tip-title');
    return !!title && title.textContent === name && title.closest('div').style.display !== 'none';
  },
  roots: () => [chart.getDom()],
};
