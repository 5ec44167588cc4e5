/**
 * What a map tooltip says (one content model for the SVG and WebGL maps, drawn
 * by MapTooltip.svelte): a zone's name, tier and role and its first industries;
 * a link's ends, kind and the sentences it rests on.
 */
import type { Atlas, Basis, ClaimStatus, Lang, Link, Zone } from '../../data/types.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { sourceTitle } from '../../data/source-title.ts';

export interface TooltipContent {
  title: string;
  lines: string[];
  /** Headed list (a link's bases with their documents). */
  list?: { head: string; items: { text: string; cite: string }[] };
}

export interface TooltipContext {
  atlas: Atlas;
  lang: Lang;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
}

// A claim that names the zone first, then groups, the demonstration zone, the city, outside sources;
// existing industries before planned ones.
const BASIS_RANK: Record<Basis, number> = { zone: 0, group: 1, demo: 2, city: 3, external: 4 };
const STATUS_RANK: Record<ClaimStatus, number> = { existing: 0, planned: 1 };

export function zoneTooltip(z: Zone, { atlas, lang, t }: TooltipContext): TooltipContent {
  const tier = [t(z.tier === 'national' ? 'zone.national' : 'zone.provincial'), t(z.role === 'core' ? 'zone.core' : z.belt.on ? 'zone.onBelt' : 'zone.spillover')];
  const claims = atlas.claims
    .filter((c) => c.zone === z.id)
    .sort((a, b) => BASIS_RANK[a.basis] - BASIS_RANK[b.basis] || STATUS_RANK[a.status] - STATUS_RANK[b.status]);
  const names: string[] = [];
  for (const c of claims) {
    const ind = atlas.industries.find((i) => i.key === c.industry);
    const name = ind ? ind[lang] : c.industry;
    if (!names.includes(name)) names.push(name);
    if (names.length === 3) break;
  }
  const lines = [tier.join(' · ')];
  if (names.length) lines.push(names.join(lang === 'zh' ? '、' : ', '));
  return { title: z.name[lang], lines };
}

export function linkTooltip(l: Link, { atlas, lang, t }: TooltipContext): TooltipContent {
  const name = (id: string): string => atlas.zones.find((z) => z.id === id)?.short[lang] ?? id;
  const title = t(l.directed ? 'map.linkTitle' : 'map.groupTitle', { from: name(l.from), to: name(l.to) });
  const doc = (s: Link['bases'][number]['source']): string => {
    const title = sourceTitle(atlas, s, lang);
    return lang === 'zh' ? `《${title}》` : title;
  };
  return {
    title,
    lines: [t(l.kind === 'special' ? 'map.linksSpecial' : 'map.linksGeneral')],
    list: { head: t('map.linkBasis'), items: l.bases.map((b) => ({ text: b.label[lang], cite: doc(b.source) })) },
  };
}
