/**
 * The app's state: the loaded atlas, the view (mirrors the URL), the legend's
 * layer switches, notices. One instance, created in App.svelte and passed down
 * by context. Views read it; they change it only through the named commands
 * below (each unit-tested in tests/unit/app-state.test.ts), so every change of
 * state has one name to search for. The map is reached through `map` (the
 * registry of whichever renderer draws now), never through the DOM.
 */
import { getContext, setContext } from 'svelte';
import type { Atlas, Basis, Lang, Zone } from '../data/types.ts';
import { strongestBasis, zoneEmphasis, type ZoneEmphasis } from '../map/look/emphasis.ts';
import { parseParams, serializeParams, knownIds, DEFAULTS, type Mode, type Notice, type ReadonlyView, type Theme, type ViewParams } from './params.ts';
import { translate, type MessageKey } from '../i18n/index.ts';
import { MapRegistry } from '../map/registry.ts';
import { Takeover } from './takeover.ts';

/** The legend's switches (and a story step's): one shape for the legend, both maps and the story. */
export interface Layers { belt: boolean; links: boolean; national: boolean; provincial: boolean; cities: boolean }
export type LayerKey = keyof Layers;
export const ALL_LAYERS: Readonly<Layers> = { belt: true, links: true, national: true, provincial: true, cities: true };

export type Renderer = 'static' | 'gl' | 'fallback';

export class AppState {
  #atlas = $state.raw<Atlas | null>(null);
  #view = $state<ViewParams>({ ...DEFAULTS, compare: [], parentOrigin: [] });
  #notices = $state.raw<Notice[]>([]);
  #announcement = $state('');
  #layers = $state<Layers>({ ...ALL_LAYERS });
  #storyHighlight = $state.raw<readonly string[] | null>(null);
  #renderer = $state<Renderer>('static');
  #firstScreen = $state(false);

  /** How other views reach the map that draws now (focus, picture, camera). */
  readonly map = new MapRegistry();
  /** What is left to draw of a prerendered page being taken over, one short task per step. */
  readonly takeover = new Takeover();

  get atlas(): Atlas | null { return this.#atlas; }
  get view(): ReadonlyView { return this.#view; }
  get notices(): readonly Notice[] { return this.#notices; }
  /** Screen-reader announcement (aria-live). */
  get announcement(): string { return this.#announcement; }
  /** Layers the legend switches on and off. */
  get layers(): Readonly<Layers> { return this.#layers; }
  /** Which renderer draws the map now. */
  get renderer(): Renderer { return this.#renderer; }
  /**
   * While a prerendered page is taken over: panels draw only their first screen, the part the build
   * prerenders and the app hydrates; the rest (below it) follows a task later (README "Performance").
   */
  get firstScreen(): boolean { return this.#firstScreen; }

  zonesById = $derived(new Map((this.#atlas?.zones ?? []).map((z) => [z.id, z] as const)));
  selected = $derived<Zone | null>(this.#view.zone ? (this.zonesById.get(this.#view.zone) ?? null) : null);
  lang = $derived<Lang>(this.#view.lang);

  /** With an industry filter: each zone that has it, with its strongest basis (for the map and the explorer). */
  industryBasis = $derived<ReadonlyMap<string, Basis> | null>(
    this.#view.industry && this.#atlas ? strongestBasis(this.#atlas.claims, this.#view.industry) : null,
  );
  /** Zones with the chosen industry (any basis). */
  industryZones = $derived<Set<string> | null>(this.industryBasis ? new Set(this.industryBasis.keys()) : null);
  /** The zones brought forward on the map: a story step's, else the industry filter's; null = all. */
  highlighted = $derived<Set<string> | null>(this.#storyHighlight ? new Set(this.#storyHighlight) : this.industryZones);
  /** What the map brings forward of a zone besides the selection (see map/look/emphasis.ts). */
  emphasis = (id: string): ZoneEmphasis =>
    zoneEmphasis(id, { highlighted: this.highlighted, industryBasis: this.#storyHighlight ? null : this.industryBasis, compare: this.#view.zone ? [] : this.#view.compare });

  t = (key: MessageKey, vars?: Record<string, string | number>): string => translate(this.#view.lang, key, vars);

  /** The query string of the current view (for the URL bar and the share dialog). */
  get query(): string {
    return serializeParams(this.#view);
  }

  // ---- commands ----

  /** Reads the URL once the atlas (and so the valid ids) is known; `firstScreen` for a prerendered page being taken over. */
  init(atlas: Atlas, search: string, { firstScreen = false } = {}): void {
    this.#atlas = atlas;
    this.#firstScreen = firstScreen;
    const { params, notices } = parseParams(search, knownIds(atlas));
    this.#view = params;
    this.#notices = notices;
  }

  /** The page is the app's: panels draw below their first screen too. */
  drawInFull(): void {
    this.#firstScreen = false;
  }

  /** Takes the parameters of a URL the browser went back or forward to: only what changed, so a Back that only deselects re-renders little. */
  applyUrl(search: string): void {
    if (!this.#atlas) return;
    const { params, notices } = parseParams(search, knownIds(this.#atlas));
    const view = this.#view as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(params)) if (JSON.stringify(view[k]) !== JSON.stringify(v)) view[k] = v;
    if (notices.length || this.#notices.length) this.#notices = notices;
  }

  /** Selects a zone (null deselects) and says so to screen readers; an unknown id is ignored. */
  select(id: string | null): void {
    if (id !== null && !this.zonesById.has(id)) return;
    if (this.#view.zone === id) return;
    this.#view.zone = id;
    const z = id ? this.zonesById.get(id) : null;
    this.#announcement = z ? this.t('map.selected', { name: z.name[this.lang] }) : this.t('map.deselected');
  }

  setLang(lang: Lang): void {
    this.#view.lang = lang;
  }

  /** The industry explorer's filter (null closes the filter). */
  setIndustry(key: string | null): void {
    if (key !== null && this.#atlas && !this.#atlas.industries.some((i) => i.key === key)) return;
    this.#view.industry = key;
  }

  /** The zones to compare (unknown ids dropped, at most three, no repeats). */
  setCompare(ids: readonly string[]): void {
    this.#view.compare = [...new Set(ids)].filter((id) => this.zonesById.has(id)).slice(0, 3);
  }

  /** Adds a zone to the comparison, or takes it out if it is in. */
  toggleCompare(id: string): void {
    const now = this.#view.compare;
    this.setCompare(now.includes(id) ? now.filter((x) => x !== id) : [...now, id]);
  }

  toggleLayer(key: LayerKey): void {
    this.#layers[key] = !this.#layers[key];
  }

  /** Sets every layer switch at once (a story step's layers; restoring the reader's after the story). */
  setLayers(layers: Readonly<Layers>): void {
    for (const k of Object.keys(layers) as LayerKey[]) if (this.#layers[k] !== layers[k]) this.#layers[k] = layers[k];
  }

  /** The zones a story step brings forward (null: none in particular). */
  highlight(ids: readonly string[] | null): void {
    this.#storyHighlight = ids;
  }

  setTheme(theme: Theme | null): void {
    this.#view.theme = theme;
  }

  toggleLargeText(): void {
    this.#view.text = this.#view.text === 'large' ? 'normal' : 'large';
  }

  toggleHighContrast(): void {
    this.#view.contrast = this.#view.contrast === 'high' ? 'normal' : 'high';
  }

  /** Starts the presentation at step 1, or at the step the URL named. */
  startPresentation(): void {
    this.#view.mode = 'present';
  }

  /** Leaves the presentation: back to exploring, no step, no kiosk loop. */
  leavePresentation(): void {
    this.#view.autoplay = null;
    this.#view.step = null;
    this.#view.mode = 'explore' satisfies Mode;
  }

  /** The presentation's current step (1-based), as in the URL. */
  goToStep(step: number): void {
    const total = Math.max(this.#atlas?.story.length ?? 1, 1);
    const s = Math.min(Math.max(Math.round(step), 1), total);
    if (this.#view.step !== s) this.#view.step = s;
  }

  /** Ends the kiosk loop (a reader took over). */
  stopAutoplay(): void {
    this.#view.autoplay = null;
  }

  /** The map that draws now (set by the map area as renderers come and go). */
  setRenderer(r: Renderer): void {
    this.#renderer = r;
  }

  /** Says something to screen readers (aria-live). */
  announce(text: string): void {
    this.#announcement = text;
  }

  dismissNotice(n: Notice): void {
    this.#notices = this.#notices.filter((x) => x !== n);
  }
}

const KEY = Symbol('app');
export const provideApp = (app: AppState): AppState => setContext(KEY, app);
export const useApp = (): AppState => getContext<AppState>(KEY);
