/**
 * The quotes on a document's page: every place the atlas cites is marked, and
 * each cited range has an anchor the zone pages link to.
 */
import type { Atlas, DocRef } from '../../../src/data/types.ts';

export const quoteAnchor = (ref: Pick<DocRef, 'start' | 'end'>): string => `q${ref.start}-${ref.end}`;

/** Every citation of the document anywhere in the atlas (figures, industries, goals, facts, links, the belt). */
export function docRefsOf(atlas: Atlas, docId: string): DocRef[] {
  const out: DocRef[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
    } else if (v && typeof v === 'object') {
      const r = v as Partial<DocRef>;
      if (r.type === 'doc' && r.doc === docId && typeof r.start === 'number' && typeof r.end === 'number') out.push(r as DocRef);
      else for (const x of Object.values(v)) walk(x);
    }
  };
  walk(atlas);
  return out;
}

export interface Piece {
  text: string;
  marked: boolean;
  /** Anchors of the cited ranges that start here. */
  anchors: string[];
}

/** The text cut where cited ranges start and end; overlapping ranges share one mark. */
export function docPieces(text: string, refs: readonly Pick<DocRef, 'start' | 'end'>[]): Piece[] {
  const ranges = refs.filter((r) => r.start >= 0 && r.end <= text.length && r.start < r.end);
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const a = cuts[i] ?? 0;
    const b = cuts[i + 1] ?? a;
    const anchors = [...new Set(ranges.filter((r) => r.start === a).map(quoteAnchor))];
    pieces.push({ text: text.slice(a, b), marked: ranges.some((r) => r.start <= a && r.end >= b), anchors });
  }
  return pieces;
}
