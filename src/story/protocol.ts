/**
 * The messages between the audience window (the presentation on the projector)
 * and the presenter window (?view=presenter: notes, next step, clocks) it opened.
 * Pure: schemas, builders and the routing rule, no DOM, so every rule is
 * unit-tested (tests/unit/story-protocol.test.ts).
 *
 * The audience window holds the one true state (which step, blanked or not); the
 * presenter window only asks ("next", "go to 7") and shows what it is told. The
 * two windows trust each other by `event.source` (the window they opened, or
 * were opened by), never by origin: from a file:// page the origin is "null".
 * Messages carry no notes: the presenter window reads its own copy of the data,
 * so nothing the audience must not see ever travels to (or through) its window.
 */
import * as v from 'valibot';

export const STORY_PROTOCOL_VERSION = 1;
export const STORY_MESSAGE = {
  /** presenter → audience: a command (a key pressed or a step chosen in the presenter window). */
  command: 'liaoning-atlas:story-command',
  /** presenter → audience: "I am here" (on load, and after a reload): answer with the state. */
  hello: 'liaoning-atlas:story-hello',
  /** audience → presenter: the state after every change. */
  state: 'liaoning-atlas:story-state',
} as const;

/** What the presenter window may ask of the audience window (src/story/keys.ts, plus `goto`). */
export type RemoteCommand =
  | { kind: 'next' | 'prev' | 'first' | 'last' | 'restart' | 'blank' | 'unblank' | 'leave' }
  | { kind: 'goto'; step: number };

export interface StoryStateMessage {
  type: typeof STORY_MESSAGE.state;
  version: 1;
  /** 1-based position in the story being played (the ?steps= list, or the whole story). */
  step: number;
  total: number;
  blank: boolean;
  /** false once the audience window has left presentation mode. */
  presenting: boolean;
  lang: 'zh' | 'en';
}

const Version = v.literal(STORY_PROTOCOL_VERSION);
// A step position: bounded integers only, so a huge or fractional number is rejected, not clamped.
const Position = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(999));

const CommandSchema = v.strictObject({
  type: v.literal(STORY_MESSAGE.command),
  version: Version,
  command: v.picklist(['next', 'prev', 'first', 'last', 'restart', 'blank', 'unblank', 'leave', 'goto']),
  step: v.optional(Position),
});
const HelloSchema = v.strictObject({ type: v.literal(STORY_MESSAGE.hello), version: Version });
const StateSchema = v.strictObject({
  type: v.literal(STORY_MESSAGE.state),
  version: Version,
  step: Position,
  total: Position,
  blank: v.boolean(),
  presenting: v.boolean(),
  lang: v.picklist(['zh', 'en']),
});

/** Only plain objects (what structured clone delivers): fields are read as own properties, never inherited ones. */
function plain(data: unknown): data is Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const proto: unknown = Object.getPrototypeOf(data);
  return proto === Object.prototype || proto === null;
}

/** What the audience window accepts from its presenter window: a command, a hello, or null (dropped). */
export function parsePresenterMessage(data: unknown): RemoteCommand | { kind: 'hello' } | null {
  if (!plain(data)) return null;
  const hello = v.safeParse(HelloSchema, data);
  if (hello.success) return { kind: 'hello' };
  const r = v.safeParse(CommandSchema, data);
  if (!r.success) return null;
  const { command, step } = r.output;
  if (command === 'goto') return step === undefined ? null : { kind: 'goto', step };
  // A step on anything but goto is a message of another shape: rejected, not half-read.
  if (step !== undefined) return null;
  return { kind: command };
}

/** What the presenter window accepts from its audience window: the state, or null (dropped). */
export function parseAudienceMessage(data: unknown): StoryStateMessage | null {
  if (!plain(data)) return null;
  const r = v.safeParse(StateSchema, data);
  if (!r.success || r.output.step > r.output.total) return null;
  return r.output;
}

export const commandMessage = (c: RemoteCommand): Record<string, unknown> =>
  c.kind === 'goto'
    ? { type: STORY_MESSAGE.command, version: STORY_PROTOCOL_VERSION, command: 'goto', step: c.step }
    : { type: STORY_MESSAGE.command, version: STORY_PROTOCOL_VERSION, command: c.kind };
export const helloMessage = (): Record<string, unknown> => ({ type: STORY_MESSAGE.hello, version: STORY_PROTOCOL_VERSION });
export const stateMessage = (s: Omit<StoryStateMessage, 'type' | 'version'>): StoryStateMessage => ({ type: STORY_MESSAGE.state, version: STORY_PROTOCOL_VERSION, ...s });

/**
 * The targetOrigin for postMessage: the page's own origin over http(s) (the other
 * window is the same page), '*' where the origin is opaque (file://, sandboxed),
 * because there no origin can name it. The receiver checks event.source either way.
 */
export function targetOrigin(selfOrigin: string): string {
  return /^https?:\/\//.test(selfOrigin) ? selfOrigin : '*';
}

/** Whether a message event comes from the one window we talk to (by identity, not by origin). */
export function fromPeer(source: unknown, peer: unknown): boolean {
  return peer !== null && peer !== undefined && source === peer;
}
