/**
 * Schemas of the hand-edited files in data/. They check shape only; the
 * cross-checks (quotes in seeds, values in quotes, ids that exist) live in
 * the readers (read/*.ts) because they need the other files.
 */
import * as v from 'valibot';

export const Id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case id (a-z, 0-9, -)'));
export const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
export const I18n = v.strictObject({ zh: Text, en: Text });

/** A quote from a seed document: checked against the seed text by the build. */
export const DocSource = v.strictObject({
  doc: Id,
  quote: Text,
  /** Required when the quote occurs more than once in the document: which one (1-based). */
  occurrence: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
/** How far an outside source can be trusted (data/README.md, "Outside sources"). */
export const Grade = v.picklist(['official', 'media', 'reference', 'reprint'], 'grade must be official, media, reference or reprint');
/** A public source outside the plan documents (from ../shared/research): not checked against seeds. */
export const ExternalSource = v.strictObject({
  /** Where the page's address is not known, `title` names it instead. */
  url: v.optional(v.pipe(v.string(), v.url('must be a URL'))),
  title: v.optional(Text),
  quote: Text,
  grade: Grade,
  /** Where the text was read when that is not `url` (a mirror copy of the canonical article or document). */
  read_at: v.optional(Text),
  publisher: v.optional(Text),
  date: v.optional(Text),
});
export const Source = v.union([DocSource, ExternalSource], 'must be {doc, quote} or {url, quote}');

export const DocumentIn = v.strictObject({
  id: Id,
  title: I18n,
  issuer: I18n,
  /** ISO date, or a year where only the year is known. */
  date: v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')),
  number: v.optional(Text),
  seed: v.pipe(v.string(), v.regex(/^seeds\/[\w.-]+\.txt$/, 'must be seeds/<file>.txt')),
  /** The text that belongs to the document: from the first occurrence of `starts` to the end of `ends`. */
  range: v.strictObject({ starts: Text, ends: Text }),
  /** Seed defects: each `find` is shown to people as `replace`, with the note. */
  corrections: v.optional(v.array(v.strictObject({ find: Text, replace: Text, note: I18n }))),
  defects: v.optional(I18n),
  /** false for documents kept only as context (e.g. Qingdao's, not a Liaoning text). */
  liaoning: v.optional(v.boolean()),
  /** true for the one document that is the zones' plan: the overview leads with its baseline figures. */
  plan: v.optional(v.boolean()),
});

export const Tier = v.picklist(['national', 'provincial']);

export const ZoneIn = v.strictObject({
  id: Id,
  name: I18n,
  short: I18n,
  tier: Tier,
  city: Id,
  district: v.optional(v.strictObject({ zh: Text, en: Text, source: v.optional(Source) })),
  location: v.strictObject({
    lon: v.number(),
    lat: v.number(),
    /** true where the coordinate is a researcher's estimate or a proxy (district/county seat). */
    approximate: v.boolean(),
    radius_km: v.pipe(v.number(), v.minValue(0)),
    method: Text,
  }),
  approved: v.optional(v.strictObject({ year: v.pipe(v.number(), v.integer()), level: Tier, source: Source })),
  area: v.optional(v.strictObject({ km2: v.number(), note: v.optional(I18n), source: Source })),
  /** The 000 document's role: core for the two cores, spillover for every other zone. */
  scheme: v.strictObject({
    role: v.picklist(['core', 'spillover']),
    /** The demonstration zones (figure scope demo:<id>) the zone belongs to, as the same source says. */
    demo: v.optional(v.array(Id)),
    source: DocSource,
  }),
  /** Other names the documents use for the zone (besides name.zh and <short>高新区): a `zone` claim's quote must contain one. */
  aliases: v.optional(v.array(Text)),
});

export const CityIn = v.strictObject({
  id: Id,
  name: I18n,
  code: v.pipe(v.string(), v.regex(/^21\d{4}$/, 'must be a 6-digit Liaoning code (21xxxx)')),
});

export const IndustryIn = v.strictObject({ key: Id, zh: Text, en: Text });

export const IndustryClaimIn = v.strictObject({
  zone: Id,
  industry: Id,
  basis: v.picklist(['zone', 'group', 'city', 'demo', 'external']),
  /** existing (已形成, 主导, 优势) or planned (培育, 发展, 打造): a task is not a fact. */
  status: v.picklist(['existing', 'planned']),
  /** For basis demo: the demonstration zone (a zones.yaml scheme.demo id). */
  demo: v.optional(Id),
  /** The word(s) in the quote that name the industry, as written there. */
  term: Text,
  /** For basis group: the zones the source names together. */
  group: v.optional(v.array(Id)),
  source: Source,
});

/** Where a figure applies: zone:<id>, city:<id>, cluster:<city id>, tier:<tier>, zones (all 15), province, demo:<id> (a zones.yaml scheme.demo). */
export const Scope = v.pipe(
  v.string(),
  v.regex(/^(zone:[a-z-]+|city:[a-z-]+|cluster:[a-z-]+|tier:(national|provincial)|zones|province|demo:[a-z-]+|peer:[a-z-]+)$/, 'must be zone:<id>, city:<id>, cluster:<city>, tier:national|provincial, zones, province, demo:<id> or peer:<name>'),
);
export const Unit = v.picklist(['percent', 'yi_yuan', 'wan_m2', 'enterprises', 'institutions', 'count', 'people', 'patents', 'points', 'spaces', 'times']);

export const FigureIn = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be a lower-case id')),
  metric: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_-]*$/, 'must be a lower-case metric key')),
  label: I18n,
  scope: Scope,
  /** For cluster scope: the cluster's name. */
  subject: v.optional(I18n),
  value: v.number(),
  /** A range's upper bound where the sentence gives a range ("1-2家"): `value` is then its lower bound, shown as "1–2". */
  upTo: v.optional(v.number()),
  /** The value as the seed writes it, when that differs from `value` (e.g. "3,5" for 3.5 in 001, "97.25万"). */
  written: v.optional(Text),
  comparator: v.optional(v.picklist(['eq', 'gte', 'gt', 'lte', 'lt', 'approx'])),
  unit: Unit,
  year: v.pipe(v.number(), v.integer()),
  kind: v.picklist(['baseline', 'target']),
  /** The baseline figure this target is measured against. */
  baseline: v.optional(v.string()),
  /** Share of what: e.g. "of its city's GDP". */
  note: v.optional(I18n),
  /** What to show instead of the year when the sentence and its section give none (rule i): "现有（据2016年规划）". */
  when: v.optional(I18n),
  /** Look-alikes (same metric, scope, year, kind; other value or definition): the other ids; `note` must say how they differ. */
  twins: v.optional(v.array(v.string())),
  source: Source,
});

export const GoalIn = v.strictObject({
  id: Id,
  zones: v.pipe(v.array(Id), v.minLength(1)),
  /** goal: a stated aim (到2020年…); task: something to be done (加快, 推进, 打造); fact: what the document states exists. */
  kind: v.optional(v.picklist(['goal', 'task', 'fact'])),
  year: v.pipe(v.number(), v.integer()),
  /** What to show instead of the year when the sentence gives none (rule i). */
  when: v.optional(I18n),
  title: I18n,
  text: I18n,
  source: DocSource,
});

export const LinkIn = v.strictObject({
  id: Id,
  from: Id,
  /** A zone id, or `all` for the general statement that every other zone is in the spillover area. */
  to: Id,
  kind: v.picklist(['general', 'special']),
  /** true only where the sentence states a direction (from → to); false for a sentence that groups cities. */
  directed: v.boolean(),
  /** For an undirected grouping: every zone the sentence groups; a link must join each pair of them. */
  members: v.optional(v.pipe(v.array(Id), v.minLength(2))),
  label: I18n,
  source: DocSource,
});

/** data/publish.yaml: the publisher's settings. */
export const PublishIn = v.strictObject({
  /** Outside facts below this grade are left out of the build (the panel says how many and why). */
  min_external_grade: Grade,
  /** The public address the site is served from, for sitemaps and canonical links (optional; see data/README.md). */
  site_url: v.optional(v.pipe(v.string(), v.url('must be a URL'))),
});

const Lon = v.pipe(v.number(), v.minValue(-180, 'must be a longitude (-180–180)'), v.maxValue(180, 'must be a longitude (-180–180)'));
const Lat = v.pipe(v.number(), v.minValue(-90, 'must be a latitude (-90–90)'), v.maxValue(90, 'must be a latitude (-90–90)'));

/** data/region.yaml: the region the atlas covers; its extent is a typo check for locations. */
export const RegionIn = v.strictObject({
  name: I18n,
  extent: v.pipe(
    v.strictObject({ west: Lon, east: Lon, south: Lat, north: Lat }),
    v.check((e) => e.west < e.east, 'west must be less than east'),
    v.check((e) => e.south < e.north, 'south must be less than north'),
  ),
});

export const BeltIn = v.strictObject({
  name: I18n,
  schematic: v.literal(true),
  threshold_km: v.pipe(v.number(), v.minValue(1)),
  source: DocSource,
  waypoints: v.pipe(
    v.array(v.strictObject({ name: I18n, lon: v.number(), lat: v.number(), approximate: v.boolean(), source: v.optional(ExternalSource) })),
    v.minLength(2),
  ),
});

export const StoryStepIn = v.strictObject({
  id: Id,
  title: I18n,
  caption: I18n,
  layers: v.array(v.picklist(['zones', 'cores', 'belt', 'links', 'national', 'provincial', 'cities'])),
  zone: v.optional(Id),
  highlight: v.optional(v.array(Id)),
  camera: v.strictObject({
    center: v.optional(v.tuple([v.number(), v.number()])),
    zoom: v.optional(v.number()),
    fit: v.optional(v.boolean()),
  }),
  figures: v.optional(v.array(v.string())),
  source: v.optional(DocSource),
  /** Speaker notes (presenter view, slide notes): never shown to the audience. Their numbers are checked like the caption's. */
  notes: v.strictObject({ zh: Text, en: Text, sources: v.optional(v.array(DocSource)) }),
});
