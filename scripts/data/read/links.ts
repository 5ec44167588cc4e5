/**
 * links.yaml: the network, one curve per pair of zones (data/README.md, rule e).
 * Several sourced bases for a pair are kept together. A directed special basis
 * replaces the general statement for its pair; a grouping (undirected) may stand
 * beside it. The curve is directed when any basis is.
 */
import type * as S from '../schema.ts';
import { uniqueIds, type In } from '../files.ts';
import { missingPairs } from '../rules.ts';
import type { ReadContext } from './context.ts';
import type { Link } from '../../../src/data/types.ts';

export function readLinks(linksIn: readonly In<typeof S.LinkIn>[], file: string, { errors, source }: ReadContext, { zoneIds }: { zoneIds: ReadonlySet<string> }): Link[] {
  uniqueIds(linksIn, file, errors);
  const byKind = new Map(linksIn.map((l) => [l.id, l.kind] as const));
  const byPair = new Map<string, Link>();
  const grouped = new Map<string, { id: string; members: string[]; joined: Set<string> }>();
  for (const l of linksIn) {
    for (const end of [l.from, l.to]) if (!zoneIds.has(end)) errors.add(file, l.id, `unknown zone "${end}"`);
    if (l.from === l.to) errors.add(file, l.id, 'a link must join two different zones');
    if (l.directed && l.members) errors.add(file, l.id, 'a directed link has no members: members are for a grouping (directed: false)');
    if (!l.directed) {
      if (!l.members) errors.add(file, l.id, 'a grouping (directed: false) needs members: every zone its sentence groups');
      else {
        for (const m of l.members) if (!zoneIds.has(m)) errors.add(file, l.id, `unknown zone "${m}" in members`);
        if (!l.members.includes(l.from) || !l.members.includes(l.to)) errors.add(file, l.id, 'from and to must be among the members');
        const key = `${[...l.members].sort().join(',')}|${l.source.quote}`;
        const g = grouped.get(key) ?? { id: l.id, members: l.members, joined: new Set<string>() };
        g.joined.add(`${l.from}|${l.to}`);
        grouped.set(key, g);
      }
    }
    const src = source(file, l.id, l.source);
    if (!src) continue;
    const pair = [l.from, l.to].sort().join('|');
    const basis = { id: l.id, label: l.label, directed: l.directed, ...(l.members ? { members: l.members } : {}), source: src };
    const have = byPair.get(pair);
    if (!have) {
      byPair.set(pair, { id: l.id, from: l.from, to: l.to, kind: l.kind, directed: l.directed, bases: [basis] });
      continue;
    }
    const other = l.kind === 'general' ? 'special' : 'general';
    if (l.directed && have.bases.some((b) => b.directed && byKind.get(b.id) === other)) { errors.add(file, l.id, `${pair}: a special directed link replaces the general one: keep only the special one`); continue; }
    if (l.directed && have.directed && have.from !== l.from) { errors.add(file, l.id, `${pair}: two bases give opposite directions`); continue; }
    if (l.directed && !have.directed) { have.from = l.from; have.to = l.to; have.directed = true; }
    if (l.kind === 'special') have.kind = 'special';
    have.bases.push(basis);
  }
  for (const g of grouped.values()) {
    const gaps = missingPairs(g.members, g.joined);
    if (gaps.length) errors.add(file, g.id, `the grouping ${g.members.join('–')} has no link for ${gaps.join(', ')}: a grouping joins every pair of its members`);
  }
  return [...byPair.values()];
}
