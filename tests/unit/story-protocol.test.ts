import { describe, it, expect } from 'vitest';
import {
  parsePresenterMessage, parseAudienceMessage, commandMessage, helloMessage, stateMessage, targetOrigin, fromPeer, STORY_MESSAGE,
} from '../../src/story/protocol.ts';
import { formatDuration, remaining, wallClock } from '../../src/story/clock.ts';
import { playlist, presentationQuery } from '../../src/story/playlist.ts';
import { parseParams } from '../../src/state/params.ts';
import type { StoryStep } from '../../src/data/types.ts';

describe('presenter ⇄ audience messages', () => {
  it('round-trips every command and the hello', () => {
    for (const kind of ['next', 'prev', 'first', 'last', 'restart', 'blank', 'unblank', 'leave'] as const) {
      expect(parsePresenterMessage(commandMessage({ kind }))).toEqual({ kind });
    }
    expect(parsePresenterMessage(commandMessage({ kind: 'goto', step: 7 }))).toEqual({ kind: 'goto', step: 7 });
    expect(parsePresenterMessage(helloMessage())).toEqual({ kind: 'hello' });
  });
  it('round-trips the state', () => {
    const s = stateMessage({ step: 3, total: 24, blank: false, presenting: true, lang: 'en' });
    expect(parseAudienceMessage(s)).toEqual(s);
    expect(parseAudienceMessage(structuredClone(s))).toEqual(s);
  });
  it('drops anything else: wrong type, version, extra fields, bad numbers, non-plain objects', () => {
    const bad: unknown[] = [
      null, undefined, 1, 'next', [], [commandMessage({ kind: 'next' })],
      { type: STORY_MESSAGE.command, version: 2, command: 'next' },
      { type: STORY_MESSAGE.command, version: 1, command: 'reload' },
      { type: STORY_MESSAGE.command, version: 1, command: 'next', extra: 1 },
      { type: STORY_MESSAGE.command, version: 1, command: 'next', step: 3 },
      { type: STORY_MESSAGE.command, version: 1, command: 'goto' },
      { type: STORY_MESSAGE.command, version: 1, command: 'goto', step: 0 },
      { type: STORY_MESSAGE.command, version: 1, command: 'goto', step: 2.5 },
      { type: STORY_MESSAGE.command, version: 1, command: 'goto', step: 1e9 },
      { type: STORY_MESSAGE.command, version: 1, command: 'goto', step: '3' },
      { type: 'liaoning-atlas:select', version: 1, zone: 'benxi' },
      Object.create({ type: STORY_MESSAGE.hello, version: 1 }),
      new (class { type = STORY_MESSAGE.hello; version = 1; })(),
    ];
    for (const m of bad) expect(parsePresenterMessage(m)).toBeNull();
    const state = stateMessage({ step: 3, total: 24, blank: false, presenting: true, lang: 'zh' });
    for (const m of [
      { ...state, step: 25 }, { ...state, lang: 'fr' }, { ...state, notes: 'x' }, { ...state, version: 0 }, { ...state, blank: 'no' },
      commandMessage({ kind: 'next' }), helloMessage(),
    ]) expect(parseAudienceMessage(m)).toBeNull();
  });
  it('addresses the page origin over http(s) and any window where the origin is opaque', () => {
    expect(targetOrigin('https://atlas.example.gov.cn')).toBe('https://atlas.example.gov.cn');
    expect(targetOrigin('http://127.0.0.1:4350')).toBe('http://127.0.0.1:4350');
    expect(targetOrigin('null')).toBe('*');
    expect(targetOrigin('file://')).toBe('*');
  });
  it('trusts a message by the window it comes from, never by its content', () => {
    const peer = {};
    expect(fromPeer(peer, peer)).toBe(true);
    expect(fromPeer({}, peer)).toBe(false);
    expect(fromPeer(null, null)).toBe(false);
    expect(fromPeer(undefined, undefined)).toBe(false);
  });
});

describe('presenter clocks', () => {
  it('formats elapsed and remaining time', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(5_400)).toBe('0:05');
    expect(formatDuration(754_000)).toBe('12:34');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(remaining(20, 19 * 60_000))).toBe('1:00');
    expect(formatDuration(remaining(1, 90_000))).toBe('−0:30');
  });
  it('shows the wall clock as HH:MM', () => {
    expect(wallClock(new Date(2026, 11, 1, 9, 5))).toBe('09:05');
  });
});

describe('the story being played (?steps=)', () => {
  const step = (id: string): StoryStep => ({ id, title: { zh: id, en: id }, caption: { zh: id, en: id }, layers: [], camera: {}, notes: { zh: '', en: '', sources: [] } });
  const story = ['title', 'two-cores', 'zone-benxi', 'targets-demo'].map(step);
  it('plays the listed steps in the order given', () => {
    expect(playlist(story, ['zone-benxi', 'title']).map((s) => s.id)).toEqual(['zone-benxi', 'title']);
  });
  it('plays the whole story without a list, or when no listed id exists', () => {
    expect(playlist(story, null)).toHaveLength(4);
    expect(playlist(story, ['nope'])).toHaveLength(4);
  });
});

describe('the Share dialog’s presentation link', () => {
  const story = ['title', 'two-cores', 'zone-benxi', 'targets-demo'].map((id) => ({ id }));
  const view = parseParams('?zone=benxi&lang=en&industry=ic&theme=dark', { zones: new Set(['benxi']), industries: new Set(['ic']), steps: 4 }).params;
  it('lists the chosen steps in the chosen order, keeps language and theme, drops the exploring state', () => {
    expect(presentationQuery(view, ['zone-benxi', 'title'], story)).toBe('?lang=en&mode=present&theme=dark&steps=zone-benxi,title');
  });
  it('needs no steps= for the whole story in its order', () => {
    expect(presentationQuery(view, story.map((s) => s.id), story)).toBe('?lang=en&mode=present&theme=dark');
    expect(presentationQuery(view, ['two-cores', 'title', 'zone-benxi', 'targets-demo'], story)).toContain('steps=two-cores,title,zone-benxi,targets-demo');
  });
});
