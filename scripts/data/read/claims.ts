/** industry-claims/*.yaml: which zone has which industry, on what basis (data/README.md, rule d). */
import type * as S from '../schema.ts';
import type { In, KeyOf } from '../files.ts';
import { correct, stripSpace } from '../text.ts';
import { zoneNames, namesZone } from '../rules.ts';
import type { ReadContext } from './context.ts';
import type { Docs } from './documents.ts';
import type { City, IndustryClaim } from '../../../src/data/types.ts';

/** A claim has no id: messages name it by zone, industry and place in its file. */
export const claimKey: KeyOf = (r, i) => `${String(r.zone ?? '?')}.${String(r.industry ?? '?')} (#${i + 1})`;

export interface ClaimDeps {
  zoneIds: ReadonlySet<string>;
  /** The zones as written (their aliases, city and scheme.demo are what a basis is checked against). */
  zonesIn: readonly In<typeof S.ZoneIn>[];
  industryKeys: ReadonlySet<string>;
  cities: readonly City[];
  docs: Docs;
}

export function readClaims(claimsIn: readonly { file: string; rec: In<typeof S.IndustryClaimIn> }[], { errors, source, publish }: ReadContext, { zoneIds, zonesIn, industryKeys, cities, docs }: ClaimDeps): IndustryClaim[] {
  const claims: IndustryClaim[] = [];
  const seenClaims = new Set<string>();
  for (const { file, rec: c } of claimsIn) {
    const where = `${c.zone}.${c.industry}`;
    if (!zoneIds.has(c.zone)) errors.add(file, where, `unknown zone "${c.zone}"`);
    if (!industryKeys.has(c.industry)) errors.add(file, where, `unknown industry "${c.industry}" (add it to data/industries.yaml)`);
    const isDoc = 'doc' in c.source;
    if (c.basis === 'external' && isDoc) errors.add(file, where, 'basis external needs a {url, quote} source');
    if (c.basis !== 'external' && !isDoc) errors.add(file, where, `basis ${c.basis} needs a {doc, quote} source from a seed`);
    if (c.basis === 'group') {
      if (!c.group?.length) errors.add(file, where, 'basis group needs the list of zones the source names together (group)');
      else {
        for (const g of c.group) if (!zoneIds.has(g)) errors.add(file, where, `unknown zone "${g}" in group`);
        if (!c.group.includes(c.zone)) errors.add(file, where, 'the zone is not in its own group');
      }
    }
    const zIn = zonesIn.find((z) => z.id === c.zone);
    if (c.basis === 'zone' && zIn && !namesZone(c.source.quote, zoneNames(zIn, zIn.aliases))) {
      errors.add(file, where, `basis zone, but the quote does not name the zone (${zoneNames(zIn, zIn.aliases).join(' / ')}): use basis city, demo or group, or add the alias the document uses to zones.yaml`);
    }
    if (c.basis === 'city' && zIn) {
      const city = cities.find((x) => x.id === zIn.city);
      const cityName = city?.name.zh.replace(/市$/, '') ?? zIn.city;
      // The corrected text counts: 000 writes 365体育投注 for 大连.
      const shown = 'doc' in c.source ? correct(c.source.quote, docs.get(c.source.doc)?.meta.corrections ?? []).text : c.source.quote;
      if (!stripSpace(shown).includes(cityName)) errors.add(file, where, `basis city, but the quote does not name ${cityName}`);
    }
    if (c.basis === 'demo') {
      if (!c.demo) errors.add(file, where, 'basis demo needs demo: the demonstration zone the sentence is about');
      else if (zIn && !(zIn.scheme.demo ?? []).includes(c.demo)) errors.add(file, where, `basis demo "${c.demo}", but zones.yaml does not put ${c.zone} in it (scheme.demo)`);
    } else if (c.demo) errors.add(file, where, 'demo is only for basis demo');
    if (!stripSpace(c.source.quote).includes(stripSpace(c.term))) errors.add(file, where, `term "${c.term}" does not occur in the quote`);
    const dup = `${c.zone}|${c.industry}|${c.basis}|${'doc' in c.source ? c.source.doc : c.source.url ?? c.source.title}|${stripSpace(c.source.quote)}`;
    if (seenClaims.has(dup)) errors.add(file, where, 'duplicate claim (same zone, industry, basis and source)');
    seenClaims.add(dup);
    const src = source(file, where, c.source);
    if (src && publish.publishable(src, 'industry', c.zone)) {
      const claim: IndustryClaim = { zone: c.zone, industry: c.industry, basis: c.basis, status: c.status, term: c.term, group: c.group, source: src };
      if (c.demo) claim.demo = c.demo;
      claims.push(claim);
    }
  }
  return claims;
}
