/**
 * The app's state: the loaded atlas, the view (mirrors the URL), notices.
 * One instance, created in App.svelte and passed down by context.
 */
import { getContext, setContext } from 'svelte';
import type { Atlas, Lang, Zone } from '../data/types.ts';
import { parseParams, serializeParams, knownIds, DEFAULTS, type Notice, type ViewParams } from './params.ts';
import { translate, type MessageKey } from '../i18n/index.ts';

export class AppState {
  atlas = $state.raw<Atlas | null>(null);
  view = $state<ViewParams>({ ...DEFAULTS, compare: [], parentOrigin: [] });
  notices = $state<Notice[]>([]);
  /** Screen-reader announcement (aria-live). */
  announcement = $state('');
  /** Layers the legend switches on and off. */
  layers = $state({ belt: true, links: true, national: true, provincial: true, cities: true });
  /** Zones a story step (or the industry filter) brings forward; null = all. */
  storyHighlight = $state<string[] | null>(null);
  /** Which renderer draws the map now. */
  renderer = $state<'static' | 'gl' | 'fallback'>('static');
  /** A camera move the presentation asks of the WebGL map; bump `seq` to repeat one. */
  camera = $state<{ center?: [number, number]; zoom?: number; fit?: boolean; seq: number } | null>(null);
  /** Set by the map that draws now: a picture of it, for the PNG export (null when it cannot give one). */
  mapSnapshot: (() => Promise<HTMLCanvasElement | null>) | null = null;

  zonesById = $derived(new Map((this.atlas?.zones ?? []).map((z) => [z.id, z] as const)));
  selected = $derived<Zone | null>(this.view.zone ? (this.zonesById.get(this.view.zone) ?? null) : null);
  lang = $derived<Lang>(this.view.lang);

  /** Zones with the chosen industry (any basis), for the map and the explorer. */
  industryZones = $derived<Set<string> | null>(
    this.view.industry && this.atlas
      ? new Set(this.atlas.claims.filter((c) => c.industry === this.view.industry).map((c) => c.zone))
      : null,
  );
  /** The zones brought forward on the map: a story step's, else the industry filter's; null = all. */
  highlighted = $derived<Set<string> | null>(this.storyHighlight ? new Set(this.storyHighlight) : this.industryZones);

  t = (key: MessageKey, vars?: Record<string, string | number>): string => translate(this.view.lang, key, vars);

  /** Reads the URL once the atlas (and so the valid ids) is known. */
  init(atlas: Atlas, search: string): void {
    this.atlas = atlas;
    const { params, notices } = parseParams(search, knownIds(atlas));
    this.view = params;
    this.notices = notices;
  }

  select(id: string | null): void {
    if (id !== null && !this.zonesById.has(id)) return;
    if (this.view.zone === id) return;
    this.view.zone = id;
    const z = id ? this.zonesById.get(id) : null;
    this.announcement = z ? this.t('map.selected', { name: z.name[this.lang] }) : this.t('map.deselected');
  }

  setLang(lang: Lang): void {
    this.view.lang = lang;
  }

  dismissNotice(n: Notice): void {
    this.notices = this.notices.filter((x) => x !== n);
  }

  /** The query string of the current view (for the URL bar and the share dialog). */
  get query(): string {
    return serializeParams(this.view);
  }
}

const KEY = Symbol('app');
export const provideApp = (app: AppState): AppState => setContext(KEY, app);
export const useApp = (): AppState => getContext<AppState>(KEY);
