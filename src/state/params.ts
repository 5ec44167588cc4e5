/**
 * The URL parameters are a public contract (links and embeds depend on them).
 * Each is validated against a closed set or a strict pattern; anything else is
 * dropped with a notice. Nothing read here is ever inserted as HTML.
 */
import type { Lang } from '../data/types.ts';

export type Mode = 'explore' | 'present';
export type Theme = 'light' | 'dark' | 'projector';

export interface ViewParams {
  zone: string | null;
  lang: Lang;
  industry: string | null;
  compare: string[];
  mode: Mode;
  embed: boolean;
  theme: Theme | null;
  step: number | null;
  boundaries: boolean;
  review: string | null;
  /** auto: SVG first, WebGL when the reader reaches for the map; gl: WebGL at once; fallback: SVG only. */
  renderer: 'auto' | 'fallback' | 'gl';
  autoplay: number | null;
  /** With mode=present: the story step ids to play, in this order (null: the whole story). */
  steps: string[] | null;
  /** With mode=present: `presenter` is the speaker's window (notes, next step, clocks) beside the audience's. */
  view: 'audience' | 'presenter';
  /** Presenter view: the talk's length in minutes, for a countdown. */
  duration: number | null;
  text: 'normal' | 'large';
  contrast: 'normal' | 'high';
  parentOrigin: string[];
}

/** The view as the app hands it out: nothing in it can be assigned (changes go through AppState's commands). */
export type ReadonlyView = { readonly [K in keyof ViewParams]: ViewParams[K] extends (infer U)[] ? readonly U[] : ViewParams[K] };

export const DEFAULTS: ViewParams = {
  zone: null, lang: 'zh', industry: null, compare: [], mode: 'explore', embed: false, theme: null, step: null,
  boundaries: true, review: null, renderer: 'auto', autoplay: null, steps: null, view: 'audience', duration: null, text: 'normal', contrast: 'normal', parentOrigin: [],
};

export interface Notice {
  param: string;
  /** The rejected value, shortened for display (as text). */
  value: string;
  reason: 'unknown' | 'invalid' | 'duplicate';
}

export interface Known {
  zones: ReadonlySet<string>;
  industries: ReadonlySet<string>;
  steps: number;
  /** The story's step ids (for ?steps=); none known when absent. */
  stepIds?: ReadonlySet<string>;
}

/** The ids a URL may name, from the built atlas. */
export const knownIds = (atlas: { zones: { id: string }[]; industries: { key: string }[]; story: { id: string }[] }): Known => ({
  zones: new Set(atlas.zones.map((z) => z.id)),
  industries: new Set(atlas.industries.map((i) => i.key)),
  steps: Math.max(atlas.story.length, 1),
  stepIds: new Set(atlas.story.map((s) => s.id)),
});

const ID = /^[a-z][a-z0-9-]{0,30}$/;
// 审图号 text: letters, digits, CJK and the brackets/dashes such numbers use, nothing that could be markup.
const REVIEW = /^[\p{L}\p{N} ()（）〔〕[\]【】:：.\-—_/]{1,60}$/u;
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

export const shorten = (s: string, n = 40): string => (s.length > n ? `${s.slice(0, n)}…` : s);

/** Parses a query string into validated parameters and notices for everything ignored. */
export function parseParams(search: string, known: Known): { params: ViewParams; notices: Notice[] } {
  const q = new URLSearchParams(search);
  const p: ViewParams = { ...DEFAULTS, compare: [], parentOrigin: [] };
  const notices: Notice[] = [];
  const bad = (param: string, value: string, reason: Notice['reason'] = 'invalid'): void => {
    notices.push({ param, value: shorten(value), reason });
  };
  /** The single value of a parameter; a repeated parameter with different values is ambiguous and ignored. */
  const one = (name: string): string | null => {
    const all = q.getAll(name);
    if (all.length === 0) return null;
    if (new Set(all).size > 1) {
      bad(name, all.join(', '), 'duplicate');
      return null;
    }
    return all[0] ?? null;
  };
  const pick = <T extends string>(name: string, allowed: readonly T[]): T | null => {
    const v = one(name);
    if (v === null) return null;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    bad(name, v);
    return null;
  };

  const zone = one('zone');
  if (zone !== null) {
    if (ID.test(zone) && known.zones.has(zone)) p.zone = zone;
    else bad('zone', zone, 'unknown');
  }
  p.lang = pick('lang', ['zh', 'en'] as const) ?? DEFAULTS.lang;
  const industry = one('industry');
  if (industry !== null) {
    if (ID.test(industry) && known.industries.has(industry)) p.industry = industry;
    else bad('industry', industry, 'unknown');
  }
  const compare = one('compare');
  if (compare !== null) {
    const ids = [...new Set(compare.split(','))];
    if (ids.length >= 2 && ids.length <= 3 && ids.every((id) => ID.test(id) && known.zones.has(id))) p.compare = ids;
    else bad('compare', compare);
  }
  p.mode = pick('mode', ['explore', 'present'] as const) ?? DEFAULTS.mode;
  const embed = pick('embed', ['1', '0', 'true', 'false'] as const);
  p.embed = embed === '1' || embed === 'true';
  p.theme = pick('theme', ['light', 'dark', 'projector'] as const);
  const steps = one('steps');
  if (steps !== null) {
    // Each unknown or repeated id is dropped with its own notice; the others play in the order given.
    const ids: string[] = [];
    for (const id of steps.split(',').slice(0, 200)) {
      if (!(ID.test(id) && known.stepIds?.has(id))) bad('steps', id, 'unknown');
      else if (ids.includes(id)) bad('steps', id, 'duplicate');
      else ids.push(id);
    }
    p.steps = ids.length ? ids : null;
  }
  const step = one('step');
  if (step !== null) {
    const n = /^\d{1,3}$/.test(step) ? Number(step) : NaN;
    if (n >= 1 && n <= (p.steps?.length ?? known.steps)) p.step = n;
    else bad('step', step);
  }
  p.view = pick('view', ['audience', 'presenter'] as const) ?? DEFAULTS.view;
  const duration = one('duration');
  if (duration !== null) {
    const n = /^\d{1,3}$/.test(duration) ? Number(duration) : NaN;
    if (n >= 1 && n <= 600) p.duration = n;
    else bad('duration', duration);
  }
  const boundaries = pick('boundaries', ['on', 'off'] as const);
  p.boundaries = boundaries !== 'off';
  const review = one('review');
  if (review !== null) {
    const t = review.trim();
    // A scheme-like prefix (javascript:, data:) is never a review number, even though it would only be shown as text.
    if (REVIEW.test(t) && !/[a-z][a-z0-9+.-]*:/i.test(t)) p.review = t;
    else bad('review', review);
  }
  p.renderer = pick('renderer', ['auto', 'fallback', 'gl'] as const) ?? 'auto';
  const autoplay = one('autoplay');
  if (autoplay !== null) {
    const n = /^\d{1,4}$/.test(autoplay) ? Number(autoplay) : NaN;
    if (n >= 3 && n <= 3600) p.autoplay = n;
    else bad('autoplay', autoplay);
  }
  p.text = pick('text', ['normal', 'large'] as const) ?? 'normal';
  p.contrast = pick('contrast', ['normal', 'high'] as const) ?? 'normal';
  const origins = q.getAll('parentOrigin').flatMap((s) => s.split(','));
  for (const o of origins) {
    if (ORIGIN.test(o)) p.parentOrigin.push(new URL(o).origin);
    else bad('parentOrigin', o);
  }
  for (const key of new Set(q.keys())) if (!KNOWN_KEYS.has(key)) bad(key, q.get(key) ?? '', 'unknown');
  return { params: p, notices };
}

const KNOWN_KEYS = new Set(['zone', 'lang', 'industry', 'compare', 'mode', 'embed', 'theme', 'steps', 'step', 'view', 'duration', 'boundaries', 'review', 'renderer', 'autoplay', 'text', 'contrast', 'parentOrigin']);

/** The query string for a view: only what differs from the defaults, in a stable order. */
export function serializeParams(p: ReadonlyView): string {
  const q = new URLSearchParams();
  if (p.zone) q.set('zone', p.zone);
  if (p.lang !== DEFAULTS.lang) q.set('lang', p.lang);
  if (p.industry) q.set('industry', p.industry);
  if (p.compare.length) q.set('compare', p.compare.join(','));
  if (p.mode !== 'explore') q.set('mode', p.mode);
  if (p.embed) q.set('embed', '1');
  if (p.theme) q.set('theme', p.theme);
  if (p.steps && p.mode === 'present') q.set('steps', p.steps.join(','));
  if (p.step !== null && p.mode === 'present') q.set('step', String(p.step));
  if (p.view !== 'audience' && p.mode === 'present') q.set('view', p.view);
  if (p.duration !== null && p.mode === 'present') q.set('duration', String(p.duration));
  if (!p.boundaries) q.set('boundaries', 'off');
  if (p.review) q.set('review', p.review);
  if (p.renderer !== 'auto') q.set('renderer', p.renderer);
  if (p.autoplay !== null) q.set('autoplay', String(p.autoplay));
  if (p.text !== 'normal') q.set('text', p.text);
  if (p.contrast !== 'normal') q.set('contrast', p.contrast);
  if (p.parentOrigin.length) q.set('parentOrigin', p.parentOrigin.join(','));
  const s = q.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
