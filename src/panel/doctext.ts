/**
 * Cuts a document's text into plain pieces for the source dialog: the text
 * before the quote, the quote itself and the text after, each split where a
 * seed defect was corrected (so those spots can be marked). The dialog renders
 * them as text nodes, never as HTML.
 */
import type { DocumentText } from '../data/types.ts';

export interface Segment {
  text: string;
  /** What the seed had here, when this piece is a corrected spot. */
  original?: string;
}
export interface QuoteInContext {
  before: Segment[];
  quote: Segment[];
  after: Segment[];
  /** True when text was cut off before/after the window. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** Splits text[from, to) at the corrected spots that fall inside it. */
export function segments(doc: DocumentText, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let at = from;
  const spots = doc.corrections.filter((c) => c.end > from && c.start < to).sort((a, b) => a.start - b.start);
  for (const c of spots) {
    const s = Math.max(c.start, from);
    const e = Math.min(c.end, to);
    if (s > at) out.push({ text: doc.text.slice(at, s) });
    out.push({ text: doc.text.slice(s, e), original: c.original });
    at = e;
  }
  if (at < to) out.push({ text: doc.text.slice(at, to) });
  return out;
}

/**
 * The quote at [start, end) with `around` characters either side (the whole
 * document when `around` is Infinity).
 */
export function quoteInContext(doc: DocumentText, start: number, end: number, around = 200): QuoteInContext {
  const from = Math.max(0, start - around);
  const to = Math.min(doc.text.length, end + around);
  return {
    before: segments(doc, from, start),
    quote: segments(doc, start, end),
    after: segments(doc, end, to),
    clippedStart: from > 0,
    clippedEnd: to < doc.text.length,
  };
}
