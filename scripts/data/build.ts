/**
 * The data build: reads data/*.yaml, validates shapes (schema.ts), verifies
 * every quote against its seed document and every value against its quote,
 * derives what must not be hand-assigned (belt membership), and returns the
 * atlas the app loads plus each document's text for the provenance view.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import * as v from 'valibot';
import * as S from './schema.ts';
import { DataErrors, DataBuildError } from './errors.ts';
import { locateAll, squeeze, correct, stripSpace } from './text.ts';
import { meetsGrade, DEFAULT_MIN_GRADE } from './grades.ts';
import { zoneNames, namesZone, lookalikeGroups, lookalikeProblems, missingPairs, asWritten, quotedPieces } from './rules.ts';
import { unsupportedNumbers } from './story-numbers.ts';
import { distanceToLineKm, insideLiaoning, corridor, type LonLat } from './geo.ts';
import { zoneCountProblems } from '../../src/data/counts.ts';
import type {
  Atlas, DocumentMeta, DocumentText, SourceRef, Zone, Figure, Scope, IndustryClaim, Link, Goal, StoryStep, City, Industry,
  ExternalRef, Omission, SourceGrade,
} from '../../src/data/types.ts';

export interface BuildOptions {
  /** Project root: data/ and seeds/ are read from here. */
  root: string;
  dataDir?: string;
  /** The publisher's settings (default data/publish.yaml; `ATLAS_PUBLISH` in scripts/build-data.ts). */
  publishFile?: string;
}
export interface BuildResult {
  atlas: Atlas;
  texts: DocumentText[];
  /** Look-alike figures (same measure, scope, year): each group's ids, for the build's report. */
  lookalikes: string[][];
}

type In<T extends v.GenericSchema> = v.InferOutput<T>;

export function buildAtlas({ root, dataDir = join(root, 'data'), publishFile }: BuildOptions): BuildResult {
  const errors = new DataErrors();
  const rel = (p: string): string => relative(root, p) || p;

  /** Reads a YAML list file and validates each record; bad records are reported and dropped. */
  function readList<T extends v.GenericSchema>(path: string, schema: T, keyOf: (r: Record<string, unknown>, i: number) => string): In<T>[] {
    const file = rel(path);
    if (!existsSync(path)) {
      errors.add(file, '(file)', 'file is missing');
      return [];
    }
    let raw: unknown;
    try {
      raw = parse(readFileSync(path, 'utf8'));
    } catch (e) {
      errors.add(file, '(file)', `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
      return [];
    }
    if (!Array.isArray(raw)) {
      errors.add(file, '(file)', 'must be a list of records');
      return [];
    }
    const out: In<T>[] = [];
    raw.forEach((rec: unknown, i) => {
      const key = rec && typeof rec === 'object' ? keyOf(rec as Record<string, unknown>, i) : `#${i + 1}`;
      const r = v.safeParse(schema, rec);
      if (r.success) out.push(r.output);
      else for (const issue of r.issues) errors.add(file, key, `${v.getDotPath(issue) ?? '(record)'}: ${issue.message}`);
    });
    return out;
  }
  const byId = (r: Record<string, unknown>, i: number): string => (typeof r.id === 'string' ? r.id : `#${i + 1}`);
  const readDir = <T extends v.GenericSchema>(dir: string, schema: T, keyOf = byId): { file: string; rec: In<T> }[] =>
    existsSync(dir)
      ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().flatMap((f) => readList(join(dir, f), schema, keyOf).map((rec) => ({ file: rel(join(dir, f)), rec })))
      : [];

  // ---- documents and their text ------------------------------------------
  const docsFile = rel(join(dataDir, 'documents.yaml'));
  const docsIn = readList(join(dataDir, 'documents.yaml'), S.DocumentIn, byId);
  interface DocCtx { meta: DocumentMeta; raw: string; index: ReturnType<typeof squeeze>; corrected: ReturnType<typeof correct> }
  const docs = new Map<string, DocCtx>();
  for (const d of docsIn) {
    if (docs.has(d.id)) errors.add(docsFile, d.id, 'duplicate id');
    const seedPath = join(root, d.seed);
    if (!existsSync(seedPath)) {
      errors.add(docsFile, d.id, `seed file ${d.seed} not found`);
      continue;
    }
    const seed = readFileSync(seedPath, 'utf8');
    const start = seed.indexOf(d.range.starts);
    const endAt = start < 0 ? -1 : seed.indexOf(d.range.ends, start);
    if (start < 0) { errors.add(docsFile, d.id, `range.starts not found in ${d.seed}`); continue; }
    if (endAt < 0) { errors.add(docsFile, d.id, `range.ends not found after range.starts in ${d.seed}`); continue; }
    const end = endAt + d.range.ends.length;
    const raw = seed.slice(start, end);
    const corrections = d.corrections ?? [];
    for (const c of corrections) if (!raw.includes(c.find)) errors.add(docsFile, d.id, `correction "${c.find}" does not occur in the document`);
    docs.set(d.id, {
      meta: {
        id: d.id, title: d.title, issuer: d.issuer, date: d.date, number: d.number, seed: d.seed,
        range: [start, end], defects: d.defects, corrections: d.corrections, liaoning: d.liaoning ?? true, plan: d.plan ?? false,
      },
      raw, index: squeeze(raw), corrected: correct(raw, corrections),
    });
  }
  const plans = docsIn.filter((d) => d.plan).map((d) => d.id);
  if (plans.length > 1) errors.add(docsFile, plans.join(', '), 'only one document can be the plan (plan: true)');

  /** Verifies a source and turns it into what the app shows. */
  function source(file: string, record: string, src: In<typeof S.Source>): SourceRef | null {
    if ('doc' in src) {
      const d = docs.get(src.doc);
      if (!d) { errors.add(file, record, `unknown document "${src.doc}"`); return null; }
      const all = locateAll(d.raw, src.quote, d.index);
      if (all.length > 1 && src.occurrence === undefined) {
        errors.add(file, record, `quote occurs ${all.length} times in ${src.doc}: give occurrence (1–${all.length}) to say which is meant`);
        return null;
      }
      if (src.occurrence !== undefined && src.occurrence > all.length) {
        errors.add(file, record, `occurrence ${src.occurrence}, but the quote occurs ${all.length} time(s) in ${src.doc}`);
        return null;
      }
      const at = all[(src.occurrence ?? 1) - 1];
      if (!at) {
        const hint = d.meta.corrections?.length ? ` (quote the seed as it is: it has ${d.meta.corrections.map((c) => `"${c.find}" for "${c.replace}"`).join(', ')})` : '';
        errors.add(file, record, `quote not found in ${src.doc} (${d.meta.seed})${hint}: "${src.quote.slice(0, 60)}${src.quote.length > 60 ? '…' : ''}"`);
        return null;
      }
      const { text: display } = correct(src.quote, d.meta.corrections ?? []);
      const ref: SourceRef = {
        type: 'doc', doc: src.doc, quote: src.quote, display,
        start: d.corrected.mapOffset(at.start, 'start'), end: d.corrected.mapOffset(at.end, 'end'),
        record: { file, id: record },
      };
      if (src.occurrence !== undefined) ref.occurrence = src.occurrence;
      if (display !== src.quote) {
        const notes = (d.meta.corrections ?? []).filter((c) => src.quote.includes(c.find)).map((c) => c.note);
        ref.corrected = { zh: notes.map((n) => n.zh).join(' '), en: notes.map((n) => n.en).join(' ') };
      }
      return ref;
    }
    if (!src.url && !src.title) { errors.add(file, record, 'an external source needs a url or a title'); return null; }
    const ext: ExternalRef = { type: 'external', url: src.url, title: src.title, quote: src.quote, grade: src.grade, record: { file, id: record } };
    if (src.read_at) ext.readAt = src.read_at;
    if (src.publisher) ext.publisher = src.publisher;
    if (src.date) ext.date = src.date;
    return ext;
  }

  // ---- the publisher's minimum grade for outside facts -------------------------
  const publishPath = publishFile ?? join(dataDir, 'publish.yaml');
  // An explicitly named settings file must exist: a typo must not publish the weaker facts silently.
  if (publishFile && !existsSync(publishFile)) errors.add(publishFile, '(file)', 'the publisher settings file (ATLAS_PUBLISH) is missing');
  const publishIn = existsSync(publishPath) ? readOne(publishPath, S.PublishIn) : null;
  const minGrade: SourceGrade = publishIn?.min_external_grade ?? DEFAULT_MIN_GRADE;
  const omitted: Omission[] = [];
  /** False (and the fact recorded as left out) when an outside source is below the publisher's minimum. */
  function publishable(ref: SourceRef | null | undefined, what: Omission['what'], zone?: string): boolean {
    if (!ref || ref.type !== 'external' || meetsGrade(ref.grade, minGrade)) return true;
    omitted.push({ record: ref.record, zone, what, grade: ref.grade });
    return false;
  }

  // ---- cities, zones --------------------------------------------------------
  const citiesFile = rel(join(dataDir, 'cities.yaml'));
  const cities: City[] = readList(join(dataDir, 'cities.yaml'), S.CityIn, byId);
  const cityIds = uniqueIds(cities, citiesFile);

  const beltFile = rel(join(dataDir, 'belt.yaml'));
  const beltIn = readOne(join(dataDir, 'belt.yaml'), S.BeltIn);
  const line: LonLat[] = beltIn ? beltIn.waypoints.map((w) => [w.lon, w.lat]) : [];

  const zonesFile = rel(join(dataDir, 'zones.yaml'));
  const zonesIn = readList(join(dataDir, 'zones.yaml'), S.ZoneIn, byId);
  const zoneIds = uniqueIds(zonesIn, zonesFile);
  const zones: Zone[] = [];
  for (const z of zonesIn) {
    const where = z.id;
    if (!cityIds.has(z.city)) errors.add(zonesFile, where, `unknown city "${z.city}"`);
    const p: LonLat = [z.location.lon, z.location.lat];
    if (!insideLiaoning(p)) errors.add(zonesFile, where, `location [${p.join(', ')}] is outside Liaoning (lon 118.8–125.9, lat 38.6–43.5); is lon/lat swapped?`);
    const roleSource = source(zonesFile, `${where}.scheme`, z.scheme.source);
    const dist = line.length > 1 ? distanceToLineKm(p, line) : NaN;
    const threshold = beltIn?.threshold_km ?? 0;
    if (z.district && !z.district.source) errors.add(zonesFile, `${where}.district`, 'a district needs its source');
    const districtSrc = z.district?.source ? source(zonesFile, `${where}.district`, z.district.source) : undefined;
    const approvedSrc = z.approved ? source(zonesFile, `${where}.approved`, z.approved.source) : undefined;
    const areaSrc = z.area ? source(zonesFile, `${where}.area`, z.area.source) : undefined;
    const showDistrict = !!districtSrc && publishable(districtSrc, 'district', z.id);
    const showApproved = !!approvedSrc && publishable(approvedSrc, 'approved', z.id);
    const showArea = !!areaSrc && publishable(areaSrc, 'area', z.id);
    if (!roleSource) continue;
    zones.push({
      id: z.id, name: z.name, short: z.short, tier: z.tier, city: z.city,
      district: z.district && districtSrc && showDistrict ? { zh: z.district.zh, en: z.district.en, source: districtSrc } : undefined,
      location: { lon: z.location.lon, lat: z.location.lat, approximate: z.location.approximate, radiusKm: z.location.radius_km, method: z.location.method },
      approved: z.approved && approvedSrc && showApproved ? { year: z.approved.year, level: z.approved.level, source: approvedSrc } : undefined,
      area: z.area && areaSrc && showArea ? { km2: z.area.km2, note: z.area.note, source: areaSrc } : undefined,
      role: z.scheme.role, roleSource, demos: z.scheme.demo ?? [],
      belt: { on: dist <= threshold, distanceKm: Math.round(dist * 10) / 10, borderline: Math.abs(dist - threshold) <= z.location.radius_km },
    });
  }

  // ---- industries and claims -------------------------------------------------
  const indFile = rel(join(dataDir, 'industries.yaml'));
  const industries: Industry[] = readList(join(dataDir, 'industries.yaml'), S.IndustryIn, (r, i) => (typeof r.key === 'string' ? r.key : `#${i + 1}`));
  const industryKeys = new Set<string>();
  for (const ind of industries) {
    if (industryKeys.has(ind.key)) errors.add(indFile, ind.key, 'duplicate key');
    industryKeys.add(ind.key);
  }
  const claims: IndustryClaim[] = [];
  const claimKey = (r: Record<string, unknown>, i: number): string => `${String(r.zone ?? '?')}.${String(r.industry ?? '?')} (#${i + 1})`;
  const seenClaims = new Set<string>();
  for (const { file, rec: c } of readDir(join(dataDir, 'industry-claims'), S.IndustryClaimIn, claimKey)) {
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
    if (src && publishable(src, 'industry', c.zone)) {
      const claim: IndustryClaim = { zone: c.zone, industry: c.industry, basis: c.basis, status: c.status, term: c.term, group: c.group, source: src };
      if (c.demo) claim.demo = c.demo;
      claims.push(claim);
    }
  }

  // ---- figures ------------------------------------------------------------------
  const figures: Figure[] = [];
  const figureIds = new Set<string>();
  const figuresIn = readDir(join(dataDir, 'figures'), S.FigureIn);
  for (const { file, rec: f } of figuresIn) {
    if (figureIds.has(f.id)) errors.add(file, f.id, 'duplicate id');
    figureIds.add(f.id);
    const scope = parseScope(f.scope);
    if (scope.level === 'zone' && !zoneIds.has(scope.id ?? '')) errors.add(file, f.id, `scope: unknown zone "${scope.id}"`);
    if ((scope.level === 'city' || scope.level === 'cluster') && !cityIds.has(scope.id ?? '')) errors.add(file, f.id, `scope: unknown city "${scope.id}"`);
    if (scope.level === 'demo' && !zones.some((z) => z.demos.includes(scope.id ?? ''))) errors.add(file, f.id, `scope: no zone in zones.yaml has scheme.demo "${scope.id}"`);
    if (scope.level === 'cluster' && !f.subject) errors.add(file, f.id, 'a cluster figure needs a subject (the cluster\'s name)');
    if (f.kind === 'baseline' && f.baseline) errors.add(file, f.id, 'only a target can name a baseline');
    const written = f.written ?? String(f.value);
    if (!stripSpace(f.source.quote).includes(stripSpace(written))) {
      errors.add(file, f.id, `value ${written} does not occur in the quote${f.written ? '' : ' (if the seed writes it differently, give `written`)'}`);
    }
    if ('doc' in f.source) {
      const d = docs.get(f.source.doc);
      if (d && !d.meta.liaoning && scope.level !== 'peer') errors.add(file, f.id, `${f.source.doc} is not a Liaoning document: its figures need a peer:<name> scope`);
    }
    const src = source(file, f.id, f.source);
    if (!src) continue;
    if (src.type === 'external' && !meetsGrade(src.grade, minGrade)) continue; // no figure rests on an outside source today
    figures.push({
      id: f.id, metric: f.metric, label: f.label, scope, subject: f.subject, value: f.value, written: f.written,
      ...asWritten(f.source.quote, f.value, f.unit),
      comparator: f.comparator ?? 'eq', unit: f.unit, year: f.year, when: f.when, kind: f.kind, baseline: f.baseline, note: f.note, twins: f.twins, source: src,
    });
  }
  for (const { file, rec: f } of figuresIn) {
    if (!f.baseline) continue;
    const b = figures.find((x) => x.id === f.baseline);
    if (!b) errors.add(file, f.id, `baseline "${f.baseline}" is not a figure id`);
    else if (b.kind !== 'baseline') errors.add(file, f.id, `baseline "${f.baseline}" is a target, not a baseline`);
    else if (b.unit !== f.unit) errors.add(file, f.id, `baseline "${f.baseline}" is in ${b.unit}, the target in ${f.unit}`);
  }

  // Look-alikes: a reader takes two figures with the same measure, scope and year for one
  // number, so each must name the other and say how they differ.
  const fileOf = new Map(figuresIn.map(({ file, rec }) => [rec.id, file] as const));
  const lookalikes = lookalikeGroups(figures);
  for (const group of lookalikes) {
    for (const f of group) for (const reason of lookalikeProblems(f, group)) errors.add(fileOf.get(f.id) ?? '', f.id, reason);
  }
  for (const f of figures) for (const t of f.twins ?? []) if (!figureIds.has(t)) errors.add(fileOf.get(f.id) ?? '', f.id, `twins: "${t}" is not a figure id`);

  // How many zones is the data's: the plan's own counts against the list (src/data/counts.ts), no number here.
  for (const p of zoneCountProblems(zones, figures, [...docs.values()].map((d) => d.meta))) errors.add(zonesFile, '(file)', p);

  // ---- goals, links, belt, story ---------------------------------------------------
  const goalsFile = rel(join(dataDir, 'goals.yaml'));
  const goals: Goal[] = readList(join(dataDir, 'goals.yaml'), S.GoalIn, byId).flatMap((g) => {
    for (const z of g.zones) if (!zoneIds.has(z)) errors.add(goalsFile, g.id, `unknown zone "${z}"`);
    const src = source(goalsFile, g.id, g.source);
    // Rule f: the zh text is the sentence itself; where words are left out it shows …… there.
    const d = docs.get(g.source.doc);
    if (src && d) {
      const missing = quotedPieces(g.text.zh).filter((piece) => !stripSpace(d.corrected.text).includes(piece));
      if (missing.length) errors.add(goalsFile, g.id, `text.zh is not the document's words (mark left-out words with ……): "${missing[0]?.slice(0, 40)}" is not in ${g.source.doc}`);
    }
    return src ? [{ id: g.id, zones: g.zones, kind: g.kind ?? 'goal', year: g.year, ...(g.when ? { when: g.when } : {}), title: g.title, text: g.text, source: src }] : [];
  });
  uniqueIds(goals, goalsFile);

  const linksFile = rel(join(dataDir, 'links.yaml'));
  const linksIn = readList(join(dataDir, 'links.yaml'), S.LinkIn, byId);
  uniqueIds(linksIn, linksFile);
  const byKind = new Map(linksIn.map((l) => [l.id, l.kind] as const));
  // One curve per pair on the map: several sourced bases for a pair are kept together.
  // A directed special basis replaces the general statement for its pair; a grouping
  // (undirected) may stand beside it. The curve is directed when any basis is.
  const byPair = new Map<string, Link>();
  const grouped = new Map<string, { id: string; members: string[]; joined: Set<string> }>();
  for (const l of linksIn) {
    for (const end of [l.from, l.to]) if (!zoneIds.has(end)) errors.add(linksFile, l.id, `unknown zone "${end}"`);
    if (l.from === l.to) errors.add(linksFile, l.id, 'a link must join two different zones');
    if (l.directed && l.members) errors.add(linksFile, l.id, 'a directed link has no members: members are for a grouping (directed: false)');
    if (!l.directed) {
      if (!l.members) errors.add(linksFile, l.id, 'a grouping (directed: false) needs members: every zone its sentence groups');
      else {
        for (const m of l.members) if (!zoneIds.has(m)) errors.add(linksFile, l.id, `unknown zone "${m}" in members`);
        if (!l.members.includes(l.from) || !l.members.includes(l.to)) errors.add(linksFile, l.id, 'from and to must be among the members');
        const key = `${[...l.members].sort().join(',')}|${l.source.quote}`;
        const g = grouped.get(key) ?? { id: l.id, members: l.members, joined: new Set<string>() };
        g.joined.add(`${l.from}|${l.to}`);
        grouped.set(key, g);
      }
    }
    const src = source(linksFile, l.id, l.source);
    if (!src) continue;
    const pair = [l.from, l.to].sort().join('|');
    const basis = { id: l.id, label: l.label, directed: l.directed, ...(l.members ? { members: l.members } : {}), source: src };
    const have = byPair.get(pair);
    if (!have) {
      byPair.set(pair, { id: l.id, from: l.from, to: l.to, kind: l.kind, directed: l.directed, bases: [basis] });
      continue;
    }
    const other = l.kind === 'general' ? 'special' : 'general';
    if (l.directed && have.bases.some((b) => b.directed && byKind.get(b.id) === other)) { errors.add(linksFile, l.id, `${pair}: a special directed link replaces the general one: keep only the special one`); continue; }
    if (l.directed && have.directed && have.from !== l.from) { errors.add(linksFile, l.id, `${pair}: two bases give opposite directions`); continue; }
    if (l.directed && !have.directed) { have.from = l.from; have.to = l.to; have.directed = true; }
    if (l.kind === 'special') have.kind = 'special';
    have.bases.push(basis);
  }
  for (const g of grouped.values()) {
    const gaps = missingPairs(g.members, g.joined);
    if (gaps.length) errors.add(linksFile, g.id, `the grouping ${g.members.join('–')} has no link for ${gaps.join(', ')}: a grouping joins every pair of its members`);
  }
  const links = [...byPair.values()];

  let belt: Atlas['belt'] | null = null;
  if (beltIn) {
    for (const w of beltIn.waypoints) if (!insideLiaoning([w.lon, w.lat])) errors.add(beltFile, `waypoint ${w.name.en}`, 'is outside Liaoning');
    const src = source(beltFile, 'belt', beltIn.source);
    // A waypoint below the publisher's grade keeps its place on the schematic line (the belt needs
    // it) but loses its source and is counted as left out; it is then marked approximate.
    const waypoints = beltIn.waypoints.map((w) => {
      const ws = w.source ? source(beltFile, `waypoint ${w.name.en}`, w.source) ?? undefined : undefined;
      const keep = publishable(ws, 'waypoint');
      return { name: w.name, lon: w.lon, lat: w.lat, approximate: w.approximate || !keep, source: keep ? ws : undefined };
    });
    if (src) belt = { name: beltIn.name, schematic: true, thresholdKm: beltIn.threshold_km, source: src, line, corridor: corridor(line, beltIn.threshold_km), waypoints };
  }

  const storyFile = rel(join(dataDir, 'story.yaml'));
  const figureById = new Map(figures.map((f) => [f.id, f] as const));
  const story: StoryStep[] = existsSync(join(dataDir, 'story.yaml'))
    ? readList(join(dataDir, 'story.yaml'), S.StoryStepIn, byId).map((s) => {
      if (s.zone && !zoneIds.has(s.zone)) errors.add(storyFile, s.id, `unknown zone "${s.zone}"`);
      for (const z of s.highlight ?? []) if (!zoneIds.has(z)) errors.add(storyFile, s.id, `unknown zone "${z}" in highlight`);
      for (const f of s.figures ?? []) if (!figureIds.has(f)) errors.add(storyFile, s.id, `unknown figure "${f}"`);
      const src = s.source ? source(storyFile, s.id, s.source) ?? undefined : undefined;
      const noteSources = (s.notes.sources ?? []).flatMap((n) => source(storyFile, `${s.id} notes`, n) ?? []);
      // Every number of the caption and the notes must be written, as written, in a sentence the step rests on
      // (the step's, the notes', its figures'); also allowed: a figure's year unless it only files an undated
      // sentence (`when`), the years of the documents quoted ("as of the plan, 2016"), the belt's threshold.
      const refs = [src, ...noteSources, ...(s.figures ?? []).map((id) => figureById.get(id)?.source)];
      const sentences = refs.flatMap((r) => (r ? [r.type === 'doc' ? r.display : r.quote] : []));
      const docYears = refs.flatMap((r) => (r?.type === 'doc' ? [docs.get(r.doc)?.meta.date.slice(0, 4) ?? ''] : []));
      const stated = [...(s.figures ?? []).flatMap((id) => { const f = figureById.get(id); return f && !f.when ? [f.year] : []; }), ...docYears, ...(beltIn ? [beltIn.threshold_km] : [])];
      for (const [part, text] of [['caption', s.caption], ['notes', s.notes]] as const) {
        for (const lang of ['zh', 'en'] as const) {
          const bad = unsupportedNumbers(text[lang], lang, sentences, stated);
          if (bad.length) errors.add(storyFile, s.id, `${part}.${lang}: ${bad.join(', ')} not in the step's source, notes sources or figures`);
        }
      }
      return { id: s.id, title: s.title, caption: s.caption, layers: s.layers, zone: s.zone, highlight: s.highlight, camera: s.camera, figures: s.figures, source: src, notes: { zh: s.notes.zh, en: s.notes.en, sources: noteSources } };
    })
    : [];

  if (errors.count) throw new DataBuildError(errors.messages);
  if (!belt) throw new DataBuildError([`${beltFile}: belt: missing`]);

  const docList = [...docs.values()];
  return {
    atlas: {
      version: 1,
      builtFrom: docList.map((d) => d.meta.seed),
      documents: docList.map((d) => d.meta),
      cities, zones, industries, claims, figures, goals, links, belt, story,
      publish: { minExternalGrade: minGrade, omitted },
    },
    texts: docList.map((d) => ({ id: d.meta.id, text: d.corrected.text, corrections: d.corrected.spots })),
    lookalikes: lookalikes.map((g) => g.map((f) => f.id)),
  };

  // ---- helpers (hoisted) ------------------------------------------------------------
  function uniqueIds(list: readonly { id: string }[], file: string): Set<string> {
    const ids = new Set<string>();
    for (const r of list) {
      if (ids.has(r.id)) errors.add(file, r.id, 'duplicate id');
      ids.add(r.id);
    }
    return ids;
  }
  function readOne<T extends v.GenericSchema>(path: string, schema: T): In<T> | null {
    const file = rel(path);
    if (!existsSync(path)) { errors.add(file, '(file)', 'file is missing'); return null; }
    let raw: unknown;
    try { raw = parse(readFileSync(path, 'utf8')); } catch (e) { errors.add(file, '(file)', `not valid YAML: ${(e as Error).message.split('\n')[0]}`); return null; }
    const r = v.safeParse(schema, raw);
    if (r.success) return r.output;
    for (const issue of r.issues) errors.add(file, '(record)', `${v.getDotPath(issue) ?? '(record)'}: ${issue.message}`);
    return null;
  }
}

export function parseScope(s: string): Scope {
  const [level, id] = s.split(':') as [Scope['level'], string | undefined];
  return id === undefined ? { level } : { level, id };
}
