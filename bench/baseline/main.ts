/**
 * The benchmark's baseline: the same data drawn by MapLibre and the full
 * ECharts, both imported up front, no optimisation — what a naive page does.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import * as echarts from 'echarts';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Atlas } from '../../src/data/types.ts';

maplibregl.setWorkerUrl(workerUrl);

const [atlas, topo] = await Promise.all([
  fetch('./data/atlas.json').then((r) => r.json() as Promise<Atlas>),
  fetch('./data/liaoning.topo.json').then((r) => r.json() as Promise<Topology<{ cities: GeometryCollection }>>),
]);
const chart = echarts.init(document.getElementById('chart') as HTMLElement);
const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: {
      cities: { type: 'geojson', data: feature(topo, topo.objects.cities) },
      zones: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: atlas.zones.map((z) => ({ type: 'Feature', properties: { id: z.id, name: z.short.zh }, geometry: { type: 'Point', coordinates: [z.location.lon, z.location.lat] } })) },
      },
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#dfe8ef' } },
      { id: 'cities', type: 'fill', source: 'cities', paint: { 'fill-color': '#fff', 'fill-outline-color': '#999' } },
      { id: 'zones', type: 'circle', source: 'zones', paint: { 'circle-radius': 8, 'circle-color': '#0b5cad' } },
      { id: 'labels', type: 'symbol', source: 'zones', layout: { 'text-field': ['get', 'name'], 'text-offset': [0, 1.2] } },
    ],
  },
  bounds: [[118.8, 38.65], [125.8, 43.5]],
  localIdeographFontFamily: 'Noto Sans CJK SC, sans-serif',
});

function show(id: string | null): void {
  const z = atlas.zones.find((x) => x.id === id);
  (document.getElementById('title') as HTMLElement).textContent = z ? z.name.zh : '辽宁省高新区';
  const figs = atlas.figures.filter((f) => (z ? f.scope.level === 'zone' && f.scope.id === z.id : f.scope.level === 'zones'));
  chart.setOption({ xAxis: { type: 'category', data: figs.map((f) => f.label.zh) }, yAxis: { type: 'value' }, series: [{ type: 'bar', data: figs.map((f) => f.value) }] }, true);
  document.body.dataset.selected = id ?? '';
}
map.on('load', () => {
  performance.mark('atlas:zones-painted');
  performance.mark('atlas:gl-ready');
  document.body.dataset.glReady = 'true';
});
map.on('click', 'zones', (e) => show(String(e.features?.[0]?.properties?.id ?? '')));
// The benchmark drives selection the same way for both pages.
(window as unknown as { __benchSelect: (id: string | null) => void }).__benchSelect = show;
show(null);
