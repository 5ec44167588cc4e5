/** Loads the built atlas (public/data/atlas.json) with a clear error for a broken file. */
import type { Atlas, DocumentText } from './types.ts';
import { zoneCountProblems } from './counts.ts';
import { inlineJson, type InlineName } from './inline.ts';

export class LoadError extends Error {
  constructor(readonly what: string, readonly reason: string) {
    super(`${what}: ${reason}`);
    this.name = 'LoadError';
  }
}

async function getJson(url: string, what: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new LoadError(what, `could not be fetched (${(e as Error).message})`);
  }
  if (!res.ok) throw new LoadError(what, `HTTP ${res.status}`);
  try {
    return await res.json();
  } catch {
    throw new LoadError(what, 'is not valid JSON');
  }
}

/** The portable file's inline copy (src/data/inline.ts) when the page has one, else fetched. */
export function inlineOrFetch(name: InlineName, url: string, what: string, pick: (all: unknown) => unknown = (v) => v): Promise<unknown> {
  let value: unknown;
  try {
    value = inlineJson(name);
  } catch {
    return Promise.reject(new LoadError(what, 'is not valid JSON (inline copy)'));
  }
  return value === undefined ? getJson(url, what) : Promise.resolve(pick(value));
}

export async function loadAtlas(base = './data/'): Promise<Atlas> {
  const data = await inlineOrFetch('atlas', `${base}atlas.json`, 'atlas.json');
  if (!isAtlas(data)) throw new LoadError('atlas.json', 'does not have the expected shape (zones, figures, documents)');
  const counts = zoneCountProblems(data.zones, data.figures, data.documents);
  if (counts.length) throw new LoadError('atlas.json', counts.join('; '));
  return data;
}

const docCache = new Map<string, Promise<DocumentText>>();
export function loadDocument(id: string, base = './data/'): Promise<DocumentText> {
  let p = docCache.get(id);
  if (!p) {
    const own = (all: unknown): unknown => (all && typeof all === 'object' && Object.prototype.hasOwnProperty.call(all, id) ? (all as Record<string, unknown>)[id] : null);
    p = inlineOrFetch('docs', `${base}docs/${encodeURIComponent(id)}.json`, `docs/${id}.json`, own).then((d) => {
      if (!d || typeof d !== 'object' || typeof (d as DocumentText).text !== 'string') throw new LoadError(`docs/${id}.json`, 'has no text');
      return d as DocumentText;
    });
    p.catch(() => docCache.delete(id));
    docCache.set(id, p);
  }
  return p;
}

/** A light structural check: the build guarantees the rest, this catches a truncated or foreign file. */
function isAtlas(d: unknown): d is Atlas {
  if (!d || typeof d !== 'object') return false;
  const a = d as Partial<Atlas>;
  return a.version === 1 && Array.isArray(a.zones) && Array.isArray(a.figures) && Array.isArray(a.documents) && !!a.belt;
}
