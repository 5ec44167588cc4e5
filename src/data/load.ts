/** Loads the built atlas (public/data/atlas.json) with a clear error for a broken file. */
import type { Atlas, DocumentText } from './types.ts';

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

export async function loadAtlas(base = './data/'): Promise<Atlas> {
  const data = await getJson(`${base}atlas.json`, 'atlas.json');
  if (!isAtlas(data)) throw new LoadError('atlas.json', 'does not have the expected shape (15 zones, figures, documents)');
  return data;
}

const docCache = new Map<string, Promise<DocumentText>>();
export function loadDocument(id: string, base = './data/'): Promise<DocumentText> {
  let p = docCache.get(id);
  if (!p) {
    p = getJson(`${base}docs/${encodeURIComponent(id)}.json`, `docs/${id}.json`).then((d) => {
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
  return a.version === 1 && Array.isArray(a.zones) && a.zones.length === 15 && Array.isArray(a.figures) && Array.isArray(a.documents) && !!a.belt;
}
