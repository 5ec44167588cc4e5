/**
 * What a one-page handout of the current view says (the PNG export's text
 * column and the print notes): title, facts, key figures with their sources,
 * and the list of source documents. Pure: atlas + zone + language in, text out.
 */
import type { Atlas, Figure, Lang, SourceRef } from '../data/types.ts';
import { formatArea, formatFigure } from '../i18n/format.ts';
import { translate } from '../i18n/index.ts';
import { figureScope } from '../panel/describe.ts';
import { whenLabel } from '../panel/when.ts';
import { overviewView } from '../panel/overview-view.ts';
import { zoneView } from '../panel/zone-view.ts';
import { sourceTitle } from '../data/source-title.ts';

export interface HandoutFigure {
  id: string;
  /** "2015 · 本园区 · 基数" */
  meta: string;
  label: string;
  value: string;
  source: string;
}
export interface HandoutSource {
  key: string;
  title: string;
  /** Issuer, date and number, or the page address of an external source. */
  detail: string;
}
export interface Handout {
  title: string;
  subtitle: string;
  facts: [string, string][];
  figures: HandoutFigure[];
  /** How many figures the view has beyond those listed. */
  more: number;
  sources: HandoutSource[];
}

function sourceEntry(atlas: Atlas, s: SourceRef, lang: Lang): HandoutSource {
  if (s.type === 'doc') {
    const d = atlas.documents.find((x) => x.id === s.doc);
    const detail = d ? [d.issuer[lang], d.date, d.number ?? ''].filter(Boolean).join(' · ') : '';
    return { key: `doc:${s.doc}`, title: sourceTitle(atlas, s, lang), detail };
  }
  return { key: `ext:${s.url ?? s.title ?? s.quote}`, title: sourceTitle(atlas, s, lang), detail: s.url ?? translate(lang, 'source.external') };
}

export function handoutOf(atlas: Atlas, zoneId: string | null, lang: Lang, maxFigures = 10): Handout {
  const t = (k: Parameters<typeof translate>[1], vars?: Record<string, string | number>): string => translate(lang, k, vars);
  const sources = new Map<string, HandoutSource>();
  const addSource = (s: SourceRef): string => {
    const e = sourceEntry(atlas, s, lang);
    if (!sources.has(e.key)) sources.set(e.key, e);
    return e.title;
  };
  const fig = (f: Figure, self?: string): HandoutFigure => ({
    id: f.id,
    meta: `${whenLabel(f, lang)} · ${figureScope(atlas, f, lang, self)} · ${t(f.kind === 'target' ? 'kind.target' : 'kind.baseline')}`,
    label: f.label[lang],
    value: formatFigure(f, lang).text,
    source: addSource(f.source),
  });

  const v = zoneId ? zoneView(atlas, zoneId) : null;
  if (v) {
    const z = v.zone;
    const facts: [string, string][] = [];
    facts.push([t('zone.tier'), `${t(z.tier === 'national' ? 'zone.national' : 'zone.provincial')}${z.approved ? ` · ${t('zone.approved', { year: z.approved.year })}` : ''}`]);
    if (z.approved) addSource(z.approved.source);
    facts.push([t('panel.role'), `${t(z.role === 'core' ? 'map.core' : 'zone.spillover')}${z.belt.on ? ` · ${t('zone.onBelt')}` : ''}`]);
    addSource(z.roleSource);
    facts.push([t('zone.city'), `${v.city?.name[lang] ?? z.city}${z.district ? ` · ${z.district[lang]}` : ''}`]);
    if (z.area) {
      facts.push([t('zone.area'), formatArea(z.area.km2, lang)]);
      addSource(z.area.source);
    }
    const names = v.industries.filter((g) => g.basis !== 'external').flatMap((g) => g.items.map((i) => (lang === 'zh' ? i.industry.zh : i.industry.en)));
    if (names.length) facts.push([t('panel.industries'), [...new Set(names)].join(lang === 'zh' ? '、' : ', ')]);
    v.industries.forEach((g) => g.items.forEach((i) => i.claims.forEach((c) => addSource(c.source))));
    // Own figures first, then what applies to the zone (targets), then context totals.
    const ordered: Figure[] = [...v.incubation.zone, ...v.other.map((o) => o.figure), ...v.targets.flatMap((g) => g.items.map((i) => i.figure)), ...v.incubation.context.flatMap((b) => b.figures)];
    const unique = [...new Set(ordered)];
    const figures = unique.slice(0, maxFigures).map((f) => fig(f, z.id));
    v.figures.forEach((f) => addSource(f.source));
    return { title: z.name[lang], subtitle: z.name[lang === 'zh' ? 'en' : 'zh'], facts, figures, more: Math.max(0, v.figures.length - figures.length), sources: [...sources.values()] };
  }
  const ov = overviewView(atlas);
  const ordered = [...ov.headline.map((c) => c.main), ...ov.provinceTargets, ...ov.demoTargets];
  const figures = ordered.slice(0, maxFigures).map((f) => fig(f));
  const all = new Set([...ordered, ...ov.headline.flatMap((c) => c.parts), ...ov.gdpShare]);
  all.forEach((f) => addSource(f.source));
  // The plan's exact title, from the data (a title written here had the wrong name).
  const plan = atlas.documents.find((d) => d.plan)?.title[lang] ?? '';
  return { title: t('overview.title'), subtitle: t('export.overviewLead', { plan }), facts: [], figures, more: Math.max(0, all.size - figures.length), sources: [...sources.values()] };
}
