/** The data of the panel's charts, from figures, with labels formatted as the panels format them. */
import type { Atlas, Figure, Lang } from '../data/types.ts';
import { formatFigure } from '../i18n/format.ts';
import { translate } from '../i18n/index.ts';
import type { BarSpec } from '../charts/options.ts';
import type { ChartTheme } from '../charts/theme.ts';
import type { PeerRow } from './rules.ts';
import type { OverviewView } from './overview-view.ts';

const zoneShort = (atlas: Atlas, f: Figure, lang: Lang): string =>
  atlas.zones.find((z) => z.id === f.scope.id)?.short[lang] ?? f.scope.id ?? '';

/** The national zones' GDP share of their city, largest first; `highlight` = a zone id to stress. */
export function gdpShareSpec(atlas: Atlas, figures: Figure[], lang: Lang, t: ChartTheme, highlight?: string): BarSpec {
  const i = highlight ? figures.findIndex((f) => f.scope.id === highlight) : -1;
  return {
    categories: figures.map((f) => zoneShort(atlas, f, lang)),
    series: [{ name: figures[0]?.label[lang] ?? '', values: figures.map((f) => f.value), labels: figures.map((f) => formatFigure(f, lang).text), color: highlight ? t.highlight : t.national }],
    ...(i >= 0 ? { highlight: i } : {}),
  };
}

/** Zones against the national-zone average on the four indicators (one series per zone, one for the average). */
export function peerSpec(atlas: Atlas, peers: PeerRow[], lang: Lang, t: ChartTheme, only?: string): BarSpec {
  const zoneIds = [...new Set(peers.flatMap((p) => p.zones.map((z) => z.scope.id ?? '')))].filter((id) => !only || id === only);
  const colours = [t.national, t.provincial];
  const series = zoneIds.map((id, k) => {
    const figs = peers.map((p) => p.zones.find((z) => z.scope.id === id));
    return {
      name: atlas.zones.find((z) => z.id === id)?.short[lang] ?? id,
      values: figs.map((f) => f?.value ?? 0),
      labels: figs.map((f) => (f ? formatFigure(f, lang).text : '')),
      color: colours[k % colours.length] ?? t.national,
    };
  });
  series.push({
    name: translate(lang, 'scope.peer'),
    values: peers.map((p) => p.peer?.value ?? 0),
    labels: peers.map((p) => (p.peer ? formatFigure(p.peer, lang).text : '')),
    color: t.peer,
  });
  return { categories: peers.map((p) => p.label[lang]), series, legend: true };
}

/** Incubating enterprises and R&D institutions, national and provincial side by side (each labelled at its end). */
export function byTierSpec(rows: OverviewView['byTier'], lang: Lang, t: ChartTheme): BarSpec {
  const label = (r: OverviewView['byTier'][number]): string => (r.national ?? r.provincial ?? r.total)?.label[lang] ?? r.metric;
  return {
    categories: rows.map(label),
    series: [
      { name: translate(lang, 'scope.tier.national'), values: rows.map((r) => r.national?.value ?? 0), labels: rows.map((r) => (r.national ? formatFigure(r.national, lang).text : '')), color: t.national },
      { name: translate(lang, 'scope.tier.provincial'), values: rows.map((r) => r.provincial?.value ?? 0), labels: rows.map((r) => (r.provincial ? formatFigure(r.provincial, lang).text : '')), color: t.provincial },
    ],
    legend: true,
  };
}
