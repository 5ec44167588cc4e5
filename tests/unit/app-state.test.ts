/**
 * The app's state changes only through named commands; each is checked here
 * against the built atlas, as a view would call it. The map registry is the
 * one way other views reach whichever map draws.
 */
import { describe, it, expect, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { AppState } from '../../src/state/app.svelte.ts';
import { MapRegistry, HOME, type MapRenderer, type CameraTarget } from '../../src/map/registry.ts';
import type { Atlas } from '../../src/data/types.ts';

const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;
const fresh = (search = ''): AppState => {
  const app = new AppState();
  app.init(atlas, search);
  return app;
};
const [a, b, c, d] = atlas.zones.map((z) => z.id) as [string, string, string, string];

describe('AppState commands', () => {
  it('init reads the URL and its notices', () => {
    const app = fresh(`?zone=${a}&lang=en&zone2=x&theme=nope`);
    expect(app.view.zone).toBe(a);
    expect(app.lang).toBe('en');
    expect(app.notices.some((n) => n.param === 'theme')).toBe(true);
  });
  it('select selects, deselects, ignores unknown ids and announces', () => {
    const app = fresh();
    app.select(a);
    expect(app.selected?.id).toBe(a);
    expect(app.announcement).toContain(app.zonesById.get(a)?.name.zh);
    app.select('no-such-zone');
    expect(app.view.zone).toBe(a);
    app.select(null);
    expect(app.selected).toBeNull();
  });
  it('setLang', () => {
    const app = fresh();
    app.setLang('en');
    expect(app.view.lang).toBe('en');
    expect(app.query).toContain('lang=en');
  });
  it('setIndustry filters the map to the zones that have it, and ignores unknown keys', () => {
    const app = fresh();
    const key = atlas.claims[0]?.industry as string;
    app.setIndustry(key);
    expect(app.view.industry).toBe(key);
    expect(app.highlighted?.size).toBeGreaterThan(0);
    expect([...(app.highlighted ?? [])].every((z) => atlas.claims.some((cl) => cl.zone === z && cl.industry === key))).toBe(true);
    app.setIndustry('no-such-industry');
    expect(app.view.industry).toBe(key);
    app.setIndustry(null);
    expect(app.highlighted).toBeNull();
  });
  it('setCompare / toggleCompare keep at most three known zones, no repeats', () => {
    const app = fresh();
    app.setCompare([a, a, 'nope', b, c, d]);
    expect(app.view.compare).toEqual([a, b, c]);
    app.toggleCompare(b);
    expect(app.view.compare).toEqual([a, c]);
    app.toggleCompare(d);
    expect(app.view.compare).toEqual([a, c, d]);
    expect(app.emphasis(c).compared).toBe(2);
  });
  it('toggleLayer and setLayers', () => {
    const app = fresh();
    app.toggleLayer('belt');
    expect(app.layers.belt).toBe(false);
    app.setLayers({ belt: true, links: false, national: true, provincial: false, cities: true });
    expect(app.layers).toEqual({ belt: true, links: false, national: true, provincial: false, cities: true });
  });
  it('highlight brings a story step\'s zones forward over the industry filter', () => {
    const app = fresh();
    app.setIndustry(atlas.claims[0]?.industry as string);
    app.highlight([a]);
    expect([...(app.highlighted ?? [])]).toEqual([a]);
    expect(app.emphasis(b).dimmed).toBe(true);
    app.highlight(null);
    expect(app.highlighted).not.toEqual(new Set([a]));
  });
  it('display commands: theme, large text, high contrast', () => {
    const app = fresh();
    app.setTheme('projector');
    app.toggleLargeText();
    app.toggleHighContrast();
    expect([app.view.theme, app.view.text, app.view.contrast]).toEqual(['projector', 'large', 'high']);
    app.toggleLargeText();
    expect(app.view.text).toBe('normal');
  });
  it('presentation: start, go to a step (clamped), leave', () => {
    const app = fresh('?autoplay=30');
    app.startPresentation();
    expect(app.view.mode).toBe('present');
    app.goToStep(3);
    expect(app.view.step).toBe(3);
    app.goToStep(10_000);
    expect(app.view.step).toBe(atlas.story.length);
    app.goToStep(-4);
    expect(app.view.step).toBe(1);
    app.stopAutoplay();
    expect(app.view.autoplay).toBeNull();
    app.leavePresentation();
    expect([app.view.mode, app.view.step]).toEqual(['explore', null]);
  });
  it('applyUrl takes only what changed (Back / Forward)', () => {
    const app = fresh(`?zone=${a}`);
    app.applyUrl(`?zone=${b}&lang=en`);
    expect([app.view.zone, app.view.lang]).toEqual([b, 'en']);
    app.applyUrl('?zone=<script>');
    expect(app.view.zone).toBeNull();
    expect(app.notices.some((n) => n.param === 'zone')).toBe(true);
  });
  it('setRenderer, announce, dismissNotice', () => {
    const app = fresh('?theme=nope');
    app.setRenderer('gl');
    app.announce('hello');
    const [n] = app.notices;
    if (n) app.dismissNotice(n);
    expect([app.renderer, app.announcement, app.notices.length]).toEqual(['gl', 'hello', 0]);
  });
  it('the view cannot be written from outside (TypeScript: readonly)', () => {
    const app = fresh();
    // @ts-expect-error — views change state through commands only
    app.view.zone = a;
  });
});

describe('MapRegistry', () => {
  const renderer = (): MapRenderer & { moves: [CameraTarget, boolean][] } => {
    const moves: [CameraTarget, boolean][] = [];
    return { moves, focusZone: vi.fn(() => true), focusMap: vi.fn(() => true), snapshot: vi.fn(async () => null), moveCamera: (t, an) => void moves.push([t, an]) };
  };
  it('forwards to the renderer that registered last, and to none after it unregisters', async () => {
    const reg = new MapRegistry();
    expect(reg.focusZone('x')).toBe(false);
    expect(await reg.snapshot()).toBeNull();
    const r = renderer();
    const off = reg.register(r);
    expect(reg.focusZone('x')).toBe(true);
    off();
    expect(reg.focusZone('x')).toBe(false);
  });
  it('a renderer that arrives later starts at the camera last asked for, without animation', () => {
    const reg = new MapRegistry();
    const target: CameraTarget = { center: [123, 41], zoom: 8 };
    reg.moveCamera(target);
    const r = renderer();
    reg.register(r);
    expect(r.moves).toEqual([[target, false]]);
    reg.moveCamera(HOME);
    expect(r.moves.at(-1)).toEqual([HOME, true]);
    expect(reg.camera).toBe(HOME);
  });
});
