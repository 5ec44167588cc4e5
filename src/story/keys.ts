/**
 * The presentation's step machine: which key does what, and the next state.
 * Pure (no DOM), so it is unit-tested on its own (tests/unit/story-keys.test.ts).
 *
 * Clickers send PageDown/PageUp for next/previous, F5 or Shift+F5 to start and
 * Esc to stop, "." (or B) to blank the screen — the PowerPoint conventions.
 * P opens the presenter view (notes, next step, clocks) in a second window.
 */

export type Command = 'next' | 'prev' | 'first' | 'last' | 'leave' | 'restart' | 'blank' | 'unblank' | 'presenter';

/** What the machine needs of a keyboard event. */
export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

export interface StoryState {
  /** 0-based index of the step shown. */
  step: number;
  /** The screen is blanked ("." or B). */
  blank: boolean;
}

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Fn', 'OS']);

/**
 * The command for a key, or null when the key is not the presentation's (the
 * browser keeps it). While the screen is blank any key (but a lone modifier)
 * un-blanks it and does nothing else.
 */
export function commandFor(e: KeyLike, blank: boolean): Command | null {
  if (MODIFIERS.has(e.key)) return null;
  if (blank) return 'unblank';
  // F5 restarts even with Shift; Ctrl+F5 and friends stay the browser's (hard reload).
  if (e.key === 'F5') return e.ctrlKey || e.altKey || e.metaKey ? null : 'restart';
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  switch (e.key) {
    case 'PageDown':
    case 'ArrowRight':
      return 'next';
    case 'PageUp':
    case 'ArrowLeft':
      return 'prev';
    case ' ':
    case 'Spacebar':
      return e.shiftKey ? 'prev' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
    case 'Esc':
      return 'leave';
    case '.':
    case 'b':
    case 'B':
      return 'blank';
    case 'p':
    case 'P':
      return 'presenter';
    default:
      return null;
  }
}

const clamp = (n: number, total: number): number => Math.min(Math.max(n, 0), Math.max(total - 1, 0));

/**
 * The state after a command, for a story of `total` steps. `loop` (kiosk
 * autoplay) wraps from the last step to the first. `leave` and `presenter`
 * are not states: the caller leaves presentation mode or opens the presenter view.
 */
export function reduce(s: StoryState, c: Command, total: number, loop = false): StoryState {
  switch (c) {
    case 'next':
      return { blank: false, step: loop && s.step >= total - 1 ? 0 : clamp(s.step + 1, total) };
    case 'prev':
      return { blank: false, step: loop && s.step <= 0 ? Math.max(total - 1, 0) : clamp(s.step - 1, total) };
    case 'first':
    case 'restart':
      return { blank: false, step: 0 };
    case 'last':
      return { blank: false, step: clamp(total - 1, total) };
    case 'blank':
      return { ...s, blank: true };
    case 'unblank':
      return { ...s, blank: false };
    case 'leave':
    case 'presenter':
      return s;
  }
}

/** Whether a key event should be left alone because the reader is typing or working a control. */
export function belongsToControl(target: EventTarget | null, key: string): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  // Space and Enter press the focused button; they must not also turn the page.
  if ((key === ' ' || key === 'Enter') && target.closest('button, a[href], [role="button"]')) return true;
  return false;
}

/**
 * The command a key event in either presentation window asks for, or null (a control's own key,
 * a composition, an event already handled). When it gives one, the key's default is prevented:
 * F5 must not reload the page, Space must not scroll, Home/End must not jump the panel.
 */
export function presentationCommand(e: KeyboardEvent, blank: boolean): Command | null {
  if (e.defaultPrevented || e.isComposing) return null;
  if (!blank && belongsToControl(e.target, e.key)) return null;
  const c = commandFor(e, blank);
  if (c) e.preventDefault();
  return c;
}
