/**
 * A downward swipe on a phone's bottom sheet: calls `onswipe` when a touch
 * moves down by at least SWIPE_MIN_PX (mostly vertically) while the sheet is
 * scrolled to its top — so scrolling the sheet's content never closes it.
 * A Svelte action; touch events, because a pointer is cancelled once the
 * browser starts to scroll.
 */
export const SWIPE_MIN_PX = 60;

export function isSwipeDown(start: { x: number; y: number }, end: { x: number; y: number }, scrolledTop: boolean): boolean {
  const dy = end.y - start.y;
  return scrolledTop && dy >= SWIPE_MIN_PX && Math.abs(end.x - start.x) < dy;
}

export function swipeDown(node: HTMLElement, onswipe: () => void): { destroy: () => void; update: (f: () => void) => void } {
  let cb = onswipe;
  let start: { x: number; y: number } | null = null;
  let atTop = false;
  const first = (e: TouchEvent): Touch | undefined => e.changedTouches[0];
  const down = (e: TouchEvent): void => {
    const t = first(e);
    start = t ? { x: t.clientX, y: t.clientY } : null;
    atTop = node.scrollTop <= 0;
  };
  const up = (e: TouchEvent): void => {
    const t = first(e);
    if (start && t && isSwipeDown(start, { x: t.clientX, y: t.clientY }, atTop)) cb();
    start = null;
  };
  const cancel = (): void => {
    start = null;
  };
  node.addEventListener('touchstart', down, { passive: true });
  node.addEventListener('touchend', up, { passive: true });
  node.addEventListener('touchcancel', cancel, { passive: true });
  return {
    update: (f) => (cb = f),
    destroy: () => {
      node.removeEventListener('touchstart', down);
      node.removeEventListener('touchend', up);
      node.removeEventListener('touchcancel', cancel);
    },
  };
}
