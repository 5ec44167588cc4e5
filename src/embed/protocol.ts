/**
 * The postMessage protocol between an embedded atlas and the page around it
 * (docs/EMBED.md). Pure: message schemas, builders and the origin rules, no
 * DOM, so every rule is unit-tested. Anything that does not match a schema
 * exactly is dropped; nothing from a message is ever inserted as HTML.
 */
import * as v from 'valibot';
import type { Lang } from '../data/types.ts';

export const PROTOCOL_VERSION = 1;
export const MESSAGE = {
  height: 'liaoning-atlas:height',
  zone: 'liaoning-atlas:zone',
  select: 'liaoning-atlas:select',
  lang: 'liaoning-atlas:lang',
} as const;

/* ---------- app → parent ---------- */

export interface HeightMessage { type: typeof MESSAGE.height; version: 1; height: number }
export interface ZoneMessage { type: typeof MESSAGE.zone; version: 1; zone: string | null }

export const heightMessage = (height: number): HeightMessage => ({ type: MESSAGE.height, version: 1, height: Math.max(0, Math.ceil(height)) });
export const zoneMessage = (zone: string | null): ZoneMessage => ({ type: MESSAGE.zone, version: 1, zone });

/* ---------- parent → app ---------- */

// The same id pattern as the URL's ?zone= (src/state/params.ts); bounded so a huge string is rejected cheaply.
const ZoneId = v.pipe(v.string(), v.maxLength(31), v.regex(/^[a-z][a-z0-9-]{0,30}$/));

/** Strict objects: an unknown field (a newer or foreign message) is a rejection, not a silent partial read. */
const SelectSchema = v.strictObject({ type: v.literal(MESSAGE.select), version: v.literal(PROTOCOL_VERSION), zone: v.nullable(ZoneId) });
const LangSchema = v.strictObject({ type: v.literal(MESSAGE.lang), version: v.literal(PROTOCOL_VERSION), lang: v.picklist(['zh', 'en']) });
const ParentMessage = v.variant('type', [SelectSchema, LangSchema]);

export type ParentCommand = { kind: 'select'; zone: string | null } | { kind: 'lang'; lang: Lang };

/**
 * A parent's message as a command, or null when it is not one: wrong shape,
 * extra fields, another version, or a zone id the atlas does not have.
 */
export function parseParentMessage(data: unknown, knownZones: ReadonlySet<string>): ParentCommand | null {
  // A plain object only (what structured clone delivers): fields are read as own properties, never inherited ones.
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const proto: unknown = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return null;
  const r = v.safeParse(ParentMessage, data);
  if (!r.success) return null;
  const m = r.output;
  if (m.type === MESSAGE.lang) return { kind: 'lang', lang: m.lang };
  if (m.zone !== null && !knownZones.has(m.zone)) return null;
  return { kind: 'select', zone: m.zone };
}

/* ---------- origins ---------- */

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

/** An origin in the browser's own form (lower case, default port dropped), or null if it is not an http(s) origin. */
export function normalizeOrigin(s: string): string | null {
  if (!ORIGIN.test(s)) return null;
  try {
    return new URL(s).origin;
  } catch {
    return null;
  }
}

/** The parents allowed to send commands: the URL's parentOrigin plus the build-time list, normalised, no duplicates. */
export function allowedOrigins(fromUrl: readonly string[], fromConfig: readonly string[]): string[] {
  const out = new Set<string>();
  for (const o of [...fromUrl, ...fromConfig]) {
    const n = normalizeOrigin(o);
    if (n) out.add(n);
  }
  return [...out];
}

/** Exact match only: no wildcards, no suffix matching, and the opaque origin "null" is never trusted. */
export function isAllowedOrigin(origin: string, allowed: readonly string[]): boolean {
  if (origin === 'null' || !origin) return false;
  return allowed.includes(origin);
}

/**
 * Where to post the app's own messages (height, zone). They carry nothing
 * private, so with no configured parent they go to any parent ('*'). With
 * configured parents, only to those: when the browser tells the parent's
 * origin (location.ancestorOrigins, not in Firefox), to it if it is allowed
 * and to nobody if not; otherwise to each allowed origin (the browser
 * delivers only to the one that matches the parent).
 */
export function postTargets(allowed: readonly string[], parentOrigin: string | null): string[] {
  if (allowed.length === 0) return ['*'];
  if (parentOrigin) return allowed.includes(parentOrigin) ? [parentOrigin] : [];
  return [...allowed];
}
