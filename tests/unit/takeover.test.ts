import { describe, it, expect, vi, afterEach } from 'vitest';
import { Takeover } from '../../src/state/takeover.ts';

afterEach(() => vi.useRealTimers());

describe('the takeover in steps', () => {
  it('runs one step per task, in order, also steps queued by a step, and then what waits for it', () => {
    vi.useFakeTimers();
    const t = new Takeover();
    const ran: string[] = [];
    t.whenDone(() => ran.push('done'));
    t.step(() => {
      ran.push('a');
      t.step(() => ran.push('c'));
    });
    t.step(() => ran.push('b'));
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['a']);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['a', 'b']);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['a', 'b', 'c']);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['a', 'b', 'c', 'done']);
  });
  it('once over, runs what comes at once', () => {
    vi.useFakeTimers();
    const t = new Takeover();
    t.whenDone(() => {});
    vi.runAllTimers();
    const ran: string[] = [];
    t.step(() => ran.push('late'));
    t.whenDone(() => ran.push('after'));
    expect(ran).toEqual(['late', 'after']);
  });
});
