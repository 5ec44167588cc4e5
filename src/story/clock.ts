/**
 * The presenter view's clocks, as text: elapsed time since the talk started (or
 * the last reset), the time left of a planned duration, the wall clock. Pure.
 */

const two = (n: number): string => String(n).padStart(2, '0');

/** 0:05, 12:34, 1:02:03: hours only when there are any. */
export function formatDuration(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const body = h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
  return ms < 0 && s > 0 ? `−${body}` : body;
}

/** Time left of `minutes` after `elapsedMs`; negative once over time. */
export const remaining = (minutes: number, elapsedMs: number): number => minutes * 60_000 - elapsedMs;

/** The wall clock as HH:MM (24 h), in the machine's time zone. */
export const wallClock = (d: Date): string => `${two(d.getHours())}:${two(d.getMinutes())}`;
