import { describe, it, expect } from 'vitest';
import { parseParams, serializeParams, type Known } from '../../src/state/params.ts';

const known: Known = {
  zones: new Set(['benxi']),
  industries: new Set(['ic']),
  steps: 24,
  stepIds: new Set(['title', 'two-cores', 'zone-benxi', 'targets-demo']),
};
const parse = (s: string) => parseParams(s, known);

describe('?steps=, ?view=, ?duration= (presentation)', () => {
  it('plays the listed steps in order and keeps them in the link', () => {
    const { params, notices } = parse('?mode=present&steps=title,two-cores,zone-benxi,targets-demo');
    expect(params.steps).toEqual(['title', 'two-cores', 'zone-benxi', 'targets-demo']);
    expect(notices).toEqual([]);
    expect(serializeParams(params)).toBe('?mode=present&steps=title,two-cores,zone-benxi,targets-demo');
  });
  it('drops unknown and repeated ids, each with a notice', () => {
    const { params, notices } = parse('?mode=present&steps=title,cores,<b>x</b>,title,zone-benxi');
    expect(params.steps).toEqual(['title', 'zone-benxi']);
    expect(notices).toEqual([
      { param: 'steps', value: 'cores', reason: 'unknown' },
      { param: 'steps', value: '<b>x</b>', reason: 'unknown' },
      { param: 'steps', value: 'title', reason: 'duplicate' },
    ]);
  });
  it('falls back to the whole story when nothing listed is known', () => {
    const { params, notices } = parse('?mode=present&steps=nope');
    expect(params.steps).toBeNull();
    expect(notices).toHaveLength(1);
  });
  it('checks ?step= against the list being played', () => {
    expect(parse('?mode=present&steps=title,zone-benxi&step=2').params.step).toBe(2);
    const { params, notices } = parse('?mode=present&steps=title,zone-benxi&step=3');
    expect(params.step).toBeNull();
    expect(notices).toEqual([{ param: 'step', value: '3', reason: 'invalid' }]);
  });
  it('reads the presenter window and its countdown', () => {
    const { params } = parse('?mode=present&view=presenter&duration=20&step=4');
    expect(params.view).toBe('presenter');
    expect(params.duration).toBe(20);
    expect(serializeParams(params)).toBe('?mode=present&step=4&view=presenter&duration=20');
  });
  it('ignores bad values with a notice', () => {
    for (const q of ['view=speaker', 'view=', 'duration=0', 'duration=601', 'duration=1e3', 'duration=-5', 'duration=20.5']) {
      const { params, notices } = parse(`?mode=present&${q}`);
      expect(params.view).toBe('audience');
      expect(params.duration).toBeNull();
      expect(notices).toHaveLength(1);
    }
  });
  it('leaves them out of a link outside presentation mode', () => {
    const { params } = parse('?steps=title&view=presenter&duration=10');
    expect(serializeParams(params)).toBe('');
  });
});
