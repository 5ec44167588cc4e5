/**
 * The shape of public/data/atlas.json: written by scripts/build-data.ts,
 * read by the app. One file so the build and the app cannot disagree.
 */
export type Lang = 'zh' | 'en';
export type I18n = Record<Lang, string>;
export type Tier = 'national' | 'provincial';
export type Role = 'core' | 'spillover';

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
}
/** A public source outside the plan documents: shown as external, not verified against seeds. */
export interface ExternalRef {
  type: 'external';
  url?: string;
  title?: string;
  quote: string;
  secondary?: boolean;
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

export type Basis = 'zone' | 'group' | 'external';
export interface Industry {
  key: string;
  zh: string;
  en: string;
}
export interface IndustryClaim {
  zone: string;
  industry: string;
  basis: Basis;
  term: string;
  group?: string[];
  source: SourceRef;
}

export type ScopeLevel = 'zone' | 'city' | 'cluster' | 'tier' | 'zones' | 'province' | 'demo' | 'peer';
export interface Scope {
  level: ScopeLevel;
  /** zone id, city id, tier, `shenda`, or the peer's name. */
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
  written?: string;
  comparator: Comparator;
  unit: Unit;
  year: number;
  kind: 'baseline' | 'target';
  baseline?: string;
  note?: I18n;
  source: SourceRef;
}

export interface Goal {
  id: string;
  zones: string[];
  year: number;
  title: I18n;
  text: I18n;
  source: SourceRef;
}

/** One curve of the spillover network; a pair may rest on several sourced statements. */
export interface Link {
  id: string;
  from: string;
  to: string;
  kind: 'general' | 'special';
  bases: { id: string; label: I18n; source: SourceRef }[];
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
}
