import { describe, it, expect } from 'vitest';
import { isSwipeDown, SWIPE_MIN_PX } from '../../src/ui/swipe.ts';

describe('phone sheet: what counts as a swipe down', () => {
  const at = { x: 100, y: 100 };
  it('a mostly vertical move down of at least SWIPE_MIN_PX from the top of the sheet', () => {
    expect(isSwipeDown(at, { x: 110, y: 100 + SWIPE_MIN_PX }, true)).toBe(true);
  });
  it('not when short, sideways, upwards or while the sheet is scrolled down', () => {
    expect(isSwipeDown(at, { x: 100, y: 100 + SWIPE_MIN_PX - 1 }, true)).toBe(false);
    expect(isSwipeDown(at, { x: 100 + 2 * SWIPE_MIN_PX, y: 100 + SWIPE_MIN_PX }, true)).toBe(false);
    expect(isSwipeDown(at, { x: 100, y: 100 - SWIPE_MIN_PX }, true)).toBe(false);
    expect(isSwipeDown(at, { x: 100, y: 100 + 3 * SWIPE_MIN_PX }, false)).toBe(false);
  });
});
