import { describe, it, expect, vi, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { commandFor, reduce, type Command, type StoryState } from '../../src/story/keys.ts';
import { cameraFor, highlightFor, indexOf, layersFor } from '../../src/story/steps.ts';
import { Autoplay } from '../../src/story/autoplay.ts';
import type { Atlas, StoryStep } from '../../src/data/types.ts';

const atlas = JSON.parse(readFileSync(new URL('../../public/data/atlas.json', import.meta.url), 'utf8')) as Atlas;

describe('commandFor: the clicker and keyboard keys', () => {
  const cases: [string, { shiftKey?: boolean; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean }, Command | null][] = [
    ['PageDown', {}, 'next'],
    ['PageUp', {}, 'prev'],
    ['ArrowRight', {}, 'next'],
    ['ArrowLeft', {}, 'prev'],
    [' ', {}, 'next'],
    [' ', { shiftKey: true }, 'prev'],
    ['Home', {}, 'first'],
    ['End', {}, 'last'],
    ['Escape', {}, 'leave'],
    ['F5', {}, 'restart'],
    ['F5', { shiftKey: true }, 'restart'],
    ['F5', { ctrlKey: true }, null],
    ['.', {}, 'blank'],
    ['b', {}, 'blank'],
    ['B', { shiftKey: true }, 'blank'],
    ['p', {}, 'presenter'],
    ['P', { shiftKey: true }, 'presenter'],
    ['ArrowRight', { altKey: true }, null],
    ['PageDown', { ctrlKey: true }, null],
    ['a', {}, null],
    ['Enter', {}, null],
    ['Tab', {}, null],
  ];
  for (const [key, mods, want] of cases) {
    it(`${Object.keys(mods).join('+') || 'plain'} ${JSON.stringify(key)} → ${want}`, () => {
      expect(commandFor({ key, ...mods }, false)).toBe(want);
    });
  }

  it('any key un-blanks a blank screen, and only un-blanks', () => {
    for (const key of ['PageDown', 'Escape', 'a', '.', 'F5', 'Enter']) expect(commandFor({ key }, true)).toBe('unblank');
  });
  it('a lone modifier neither un-blanks nor acts', () => {
    for (const key of ['Shift', 'Control', 'Alt', 'Meta']) {
      expect(commandFor({ key }, true)).toBeNull();
      expect(commandFor({ key }, false)).toBeNull();
    }
  });
});

describe('reduce: the step machine', () => {
  const at = (step: number, blank = false): StoryState => ({ step, blank });
  it('moves forward and back within the story', () => {
    expect(reduce(at(0), 'next', 24)).toEqual(at(1));
    expect(reduce(at(5), 'prev', 24)).toEqual(at(4));
  });
  it('stops at both ends when presenting by hand', () => {
    expect(reduce(at(23), 'next', 24)).toEqual(at(23));
    expect(reduce(at(0), 'prev', 24)).toEqual(at(0));
  });
  it('loops in the kiosk', () => {
    expect(reduce(at(23), 'next', 24, true)).toEqual(at(0));
    expect(reduce(at(0), 'prev', 24, true)).toEqual(at(23));
  });
  it('Home, End and F5', () => {
    expect(reduce(at(9), 'first', 24)).toEqual(at(0));
    expect(reduce(at(9), 'last', 24)).toEqual(at(23));
    expect(reduce(at(9, true), 'restart', 24)).toEqual(at(0));
  });
  it('blanks and un-blanks without moving', () => {
    expect(reduce(at(7), 'blank', 24)).toEqual(at(7, true));
    expect(reduce(at(7, true), 'unblank', 24)).toEqual(at(7));
  });
  it('turning a page un-blanks', () => {
    expect(reduce(at(7, true), 'next', 24)).toEqual(at(8));
  });
  it('survives an empty story', () => {
    expect(reduce(at(0), 'next', 0)).toEqual(at(0));
    expect(reduce(at(0), 'last', 0)).toEqual(at(0));
  });
  it('a whole clicker session: through the story and back', () => {
    let s = at(0);
    const seen: number[] = [];
    for (let i = 0; i < 30; i++) seen.push((s = reduce(s, commandFor({ key: 'PageDown' }, s.blank) as Command, 24)).step);
    expect(seen.at(-1)).toBe(23);
    s = reduce(s, commandFor({ key: '.' }, s.blank) as Command, 24);
    expect(s.blank).toBe(true);
    s = reduce(s, commandFor({ key: 'PageUp' }, s.blank) as Command, 24);
    expect(s).toEqual(at(23));
    s = reduce(s, commandFor({ key: 'F5', shiftKey: true }, s.blank) as Command, 24);
    expect(s).toEqual(at(0));
  });
});

describe('indexOf: the URL step', () => {
  it('is 1-based in the URL and clamped', () => {
    expect(indexOf(null, 24)).toBe(0);
    expect(indexOf(1, 24)).toBe(0);
    expect(indexOf(24, 24)).toBe(23);
    expect(indexOf(99, 24)).toBe(23);
    expect(indexOf(3, 0)).toBe(0);
  });
});

describe('steps: what each step asks of the map', () => {
  const byId = new Map(atlas.zones.map((z) => [z.id, z] as const));
  const step = (id: string): StoryStep => {
    const s = atlas.story.find((x) => x.id === id);
    if (!s) throw new Error(`no story step ${id}`);
    return s;
  };

  it('the story follows the plan: title → zones → cores → belt → network → tiers → every zone → 2020 targets', () => {
    const ids = atlas.story.map((s) => s.id);
    expect(ids.slice(0, 7)).toEqual(['title', 'fifteen-zones', 'two-cores', 'belt', 'spillover', 'national-tier', 'provincial-tier']);
    const zoneSteps = atlas.story.filter((s) => s.zone).map((s) => s.zone);
    expect(new Set(zoneSteps)).toEqual(new Set(atlas.zones.map((z) => z.id)));
    expect(zoneSteps).toHaveLength(15);
    expect(zoneSteps.slice(0, 6)).toEqual(['shenyang', 'benxi', 'liaoyang', 'anshan', 'yingkou', 'dalian']);
    expect(ids.at(-1)).toMatch(/^targets-/);
  });

  it('every step has a caption in both languages and a verified source', () => {
    for (const s of atlas.story) {
      expect(s.caption.zh.length).toBeGreaterThan(5);
      expect(s.caption.en.length).toBeGreaterThan(5);
      expect(s.source?.type).toBe('doc');
    }
  });

  it('highlights: a zone step its zone, the cores, the tiers, the belt as the build derived it', () => {
    expect(highlightFor(step('zone-anshan'), atlas.zones)).toEqual(['anshan']);
    expect(highlightFor(step('two-cores'), atlas.zones)?.sort()).toEqual(['dalian', 'shenyang']);
    expect(highlightFor(step('national-tier'), atlas.zones)).toHaveLength(8);
    expect(highlightFor(step('provincial-tier'), atlas.zones)).toHaveLength(7);
    expect(highlightFor(step('belt'), atlas.zones)?.sort()).toEqual(atlas.zones.filter((z) => z.belt.on).map((z) => z.id).sort());
    expect(highlightFor(step('fifteen-zones'), atlas.zones)).toBeNull();
  });

  it('layers: belt and links only when listed, the zones always', () => {
    expect(layersFor(step('belt'))).toEqual({ belt: true, links: false, national: true, provincial: true, cities: true });
    expect(layersFor(step('spillover'))).toMatchObject({ belt: false, links: true, national: true, provincial: true });
  });

  it('camera: fit, or centred on the step zone', () => {
    expect(cameraFor(step('title'), byId)).toEqual({ fit: true });
    const z = byId.get('anshan');
    expect(cameraFor(step('zone-anshan'), byId)).toEqual({ center: [z?.location.lon, z?.location.lat], zoom: 7.4 });
    expect(cameraFor(step('zone-dalian'), byId)).toEqual({ center: [121.75, 39.3], zoom: 7.2 });
    expect(cameraFor(step('belt'), byId)).toEqual({ center: [122.55, 40.3], zoom: 6.6 });
    expect(cameraFor({ ...step('title'), camera: {} }, byId)).toEqual({ fit: true });
  });
});

describe('Autoplay: one timer, pauses on interaction, resumes', () => {
  afterEach(() => vi.useRealTimers());

  it('ticks every interval, forever, with a single pending timer', () => {
    vi.useFakeTimers();
    let ticks = 0;
    const a = new Autoplay(10_000, () => ticks++);
    a.start();
    vi.advanceTimersByTime(10_000 * 1000);
    expect(ticks).toBe(1000);
    expect(vi.getTimerCount()).toBe(1);
    a.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('pauses on interaction and resumes after the quiet time', () => {
    vi.useFakeTimers();
    let ticks = 0;
    const states: boolean[] = [];
    const a = new Autoplay(10_000, () => ticks++, (p) => states.push(p), 60_000);
    a.start();
    vi.advanceTimersByTime(25_000);
    expect(ticks).toBe(2);
    a.interact();
    expect(a.paused).toBe(true);
    vi.advanceTimersByTime(59_000);
    expect(ticks).toBe(2);
    a.interact(); // each interaction restarts the wait
    vi.advanceTimersByTime(59_000);
    expect(ticks).toBe(2);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1_000);
    expect(a.paused).toBe(false);
    vi.advanceTimersByTime(10_000);
    expect(ticks).toBe(3);
    expect(states).toEqual([true, false]);
  });

  it('does nothing once stopped', () => {
    vi.useFakeTimers();
    let ticks = 0;
    const a = new Autoplay(5_000, () => ticks++);
    a.start();
    a.stop();
    a.interact();
    vi.advanceTimersByTime(100_000);
    expect(ticks).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
