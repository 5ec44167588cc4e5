/** The text of a zone's tooltip (shared by the SVG and WebGL maps). */
import type { Zone } from '../data/types.ts';
import type { AppState } from '../state/app.svelte.ts';

export function zoneTooltip(z: Zone, app: AppState): { title: string; tier: string; industries: string } {
  const lang = app.lang;
  const tier = [app.t(z.tier === 'national' ? 'zone.national' : 'zone.provincial'), app.t(z.role === 'core' ? 'zone.core' : z.belt.on ? 'zone.onBelt' : 'zone.spillover')];
  // Top industries: claims naming this zone first, then group, then external; three at most.
  const rank = { zone: 0, group: 1, external: 2 } as const;
  const claims = (app.atlas?.claims ?? []).filter((c) => c.zone === z.id).sort((a, b) => rank[a.basis] - rank[b.basis]);
  const names: string[] = [];
  for (const c of claims) {
    const ind = app.atlas?.industries.find((i) => i.key === c.industry);
    const name = ind ? ind[lang] : c.industry;
    if (!names.includes(name)) names.push(name);
    if (names.length === 3) break;
  }
  return { title: z.name[lang], tier: tier.join(' · '), industries: names.join(lang === 'zh' ? '、' : ', ') };
}
