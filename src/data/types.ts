/**
 * The shape of public/data/atlas.json: written by scripts/build-data.ts,
 * read by the app. One file so the build and the app cannot disagree.
 */
export type Lang = 'zh' | 'en';
export type I18n = Record<Lang, string>;
export type Tier = 'national' | 'provincial';
export type Role = 'core' | 'spillover';

/** Where a record lives in data/: shown in the Source dialog so a maintainer can find it. */
export interface RecordRef {
  /** Path from the project root, e.g. `data/figures/dalian-2016.yaml`. */
  file: string;
  /** The record's id, e.g. `dalian-2016.tech-trading-volume` or `shenyang.approved`. */
  id: string;
}

/** A verified quote from a seed document, located in the document's text. */
export interface DocRef {
  type: 'doc';
  doc: string;
  /** The quote exactly as in the seed. */
  quote: string;
  /** The quote as shown to people (seed defects corrected). */
  display: string;
  /** Character offsets of the quote in the document's text (docs/<id>.json). */
  start: number;
  end: number;
  /** Present when `display` differs from `quote`. */
  corrected?: I18n;
  /** Which occurrence of the quote in the document is meant (1-based), when it occurs more than once. */
  occurrence?: number;
  record: RecordRef;
}
/**
 * How far an outside source can be trusted, strongest first: a government or
 * the zone's own site (or a State Council / ministry document); state media;
 * Wikipedia (cited by its canonical article); anything else.
 */
export type SourceGrade = 'official' | 'media' | 'reference' | 'reprint';
export const SOURCE_GRADES: readonly SourceGrade[] = ['official', 'media', 'reference', 'reprint'];
/** A public source outside the plan documents: shown as external, not verified against seeds. */
export interface ExternalRef {
  type: 'external';
  url?: string;
  title?: string;
  quote: string;
  grade: SourceGrade;
  /** Where the text was actually read, when not at `url` (a mirror of the canonical article or document). */
  readAt?: string;
  /** Publisher and date, as the research recorded them. */
  publisher?: string;
  date?: string;
  record: RecordRef;
}
export type SourceRef = DocRef | ExternalRef;

export interface DocumentMeta {
  id: string;
  title: I18n;
  issuer: I18n;
  date: string;
  number?: string;
  seed: string;
  /** Character range of the seed file that belongs to this document. */
  range: [number, number];
  defects?: I18n;
  corrections?: { find: string; replace: string; note: I18n }[];
  liaoning: boolean;
  /** The zones' plan: the overview leads with its baseline figures (at most one document). */
  plan: boolean;
}
/** docs/<id>.json: the document's text (its range only), with corrections applied for display. */
export interface DocumentText {
  id: string;
  text: string;
  /** Where a seed defect was corrected in `text`, and what the seed had there. */
  corrections: { start: number; end: number; original: string }[];
}

export interface City {
  id: string;
  name: I18n;
  code: string;
}

export interface Zone {
  id: string;
  name: I18n;
  short: I18n;
  tier: Tier;
  city: string;
  district?: I18n & { source?: SourceRef };
  location: { lon: number; lat: number; approximate: boolean; radiusKm: number; method: string };
  approved?: { year: number; level: Tier; source: SourceRef };
  area?: { km2: number; note?: I18n; source: SourceRef };
  role: Role;
  roleSource: SourceRef;
  /** The demonstration zones (figure scope `demo:<id>`) the zone belongs to, per roleSource. */
  demos: string[];
  /** Derived by the build from the distance to the expressway line. */
  belt: { on: boolean; distanceKm: number; borderline: boolean };
}

/**
 * Whose industry the sentence states: `zone` (it names the zone), `group`
 * (it names several zones together), `city` (it is about the zone's city),
 * `demo` (about a demonstration zone the zone belongs to), `external` (a
 * public source outside the plan documents).
 */
export type Basis = 'zone' | 'group' | 'city' | 'demo' | 'external';
/** existing: 已形成 / 主导 / 优势; planned: 培育 / 发展 / 打造 / 建设 (a task, not a fact). */
export type ClaimStatus = 'existing' | 'planned';
export interface Industry {
  key: string;
  zh: string;
  en: string;
}
export interface IndustryClaim {
  zone: string;
  industry: string;
  basis: Basis;
  status: ClaimStatus;
  term: string;
  group?: string[];
  /** For basis `demo`: which demonstration zone (`shenda`, `dalian`). */
  demo?: string;
  source: SourceRef;
}

export type ScopeLevel = 'zone' | 'city' | 'cluster' | 'tier' | 'zones' | 'province' | 'demo' | 'peer';
export interface Scope {
  level: ScopeLevel;
  /** zone id, city id, tier, demonstration zone (`shenda`, `dalian` = 大连自创区), or the peer's name. */
  id?: string;
}
export type Unit =
  | 'percent' | 'yi_yuan' | 'wan_m2' | 'enterprises' | 'institutions' | 'count'
  | 'people' | 'patents' | 'points' | 'spaces' | 'times';
export type Comparator = 'eq' | 'gte' | 'gt' | 'lte' | 'lt' | 'approx';

export interface Figure {
  id: string;
  metric: string;
  label: I18n;
  scope: Scope;
  subject?: I18n;
  value: number;
  /** The upper bound where the sentence gives a range ("1-2家"): `value` is its lower bound; shown as "1–2". */
  upTo?: number;
  written?: string;
  /** Digits after the point as the sentence writes them, when more than the value has (2.0% → 1). Derived by the build. */
  decimals?: number;
  /** The sentence's own measure word when it is not the unit's usual one (100项 专利, not 件). Derived by the build. */
  measureWord?: string;
  comparator: Comparator;
  unit: Unit;
  year: number;
  kind: 'baseline' | 'target';
  baseline?: string;
  note?: I18n;
  /** Shown instead of the year when the sentence and its section give none ("现有（据2016年规划）"); `year` is then the filing year only. */
  when?: I18n;
  /** Look-alike figures (same measure, scope and year, other value or definition): their ids; `note` says how they differ. */
  twins?: string[];
  source: SourceRef;
}

export interface Goal {
  id: string;
  zones: string[];
  /** goal: a stated aim; task: to be done (a task is not a fact); fact: stated as existing. */
  kind: 'goal' | 'task' | 'fact';
  year: number;
  /** Shown instead of the year when the sentence gives none. */
  when?: I18n;
  title: I18n;
  text: I18n;
  source: SourceRef;
}

/**
 * One curve of the network; a pair may rest on several sourced statements.
 * `directed` is true when at least one basis states a direction (spillover
 * from → to: 000's 多点辐射, 沈本一体化); a link whose bases only group cities
 * (沈大鞍, 辽宁中部) is undirected: drawn without an arrowhead.
 */
export interface Link {
  id: string;
  from: string;
  to: string;
  kind: 'general' | 'special';
  directed: boolean;
  bases: LinkBasis[];
}
export interface LinkBasis {
  id: string;
  label: I18n;
  directed: boolean;
  /** For a grouping: every zone the sentence groups (the build checks a link joins each pair). */
  members?: string[];
  source: SourceRef;
}

export interface Belt {
  name: I18n;
  schematic: true;
  thresholdKm: number;
  source: SourceRef;
  line: [number, number][];
  /** The expressway line buffered by thresholdKm: the soft corridor drawn on the map. */
  corridor: [number, number][];
  waypoints: { name: I18n; lon: number; lat: number; approximate: boolean; source?: SourceRef }[];
}

/** A fact left out because its outside source is below the publisher's minimum grade. */
export interface Omission {
  record: RecordRef;
  /** The zone it belonged to (absent for belt waypoints). */
  zone?: string;
  what: 'district' | 'approved' | 'area' | 'industry' | 'waypoint';
  grade: SourceGrade;
}
/** data/publish.yaml: what the publisher accepts. */
export interface Publish {
  minExternalGrade: SourceGrade;
  omitted: Omission[];
}

export interface StoryStep {
  id: string;
  title: I18n;
  caption: I18n;
  /** Layers to emphasise: zones, cores, belt, links, national, provincial. */
  layers: string[];
  zone?: string;
  /** Zones to highlight (defaults to all, or `zone`). */
  highlight?: string[];
  /** Camera: centre and zoom, or `fit` to Liaoning. */
  camera: { center?: [number, number]; zoom?: number; fit?: boolean };
  figures?: string[];
  source?: SourceRef;
  /** Speaker notes for the presenter view and the slides' notes; never shown to the audience. */
  notes: { zh: string; en: string; sources: SourceRef[] };
}

export interface Atlas {
  version: 1;
  builtFrom: string[];
  documents: DocumentMeta[];
  cities: City[];
  zones: Zone[];
  industries: Industry[];
  claims: IndustryClaim[];
  figures: Figure[];
  goals: Goal[];
  links: Link[];
  belt: Belt;
  story: StoryStep[];
  publish: Publish;
}
