/**
 * The numbered notes under a story step (on screen and on its slide): one
 * entry per document or outside source, the step's source first; a quote
 * already contained in another quote of the same source is kept once.
 */
import type { SourceRef } from '../data/types.ts';

export interface Cited { key: string; ref: SourceRef; quotes: string[] }

/** Adds a source to the list (or its quote to the source's entry) and returns its 1-based note number. */
export function cite(list: Cited[], s: SourceRef): number {
  const key = s.type === 'doc' ? s.doc : (s.url ?? s.title ?? s.quote);
  const quote = s.type === 'doc' ? s.display : s.quote;
  let at = list.findIndex((n) => n.key === key);
  if (at < 0) at = list.push({ key, ref: s, quotes: [] }) - 1;
  const c = list[at];
  if (c && !c.quotes.some((q) => q.includes(quote))) c.quotes = [...c.quotes.filter((q) => !quote.includes(q)), quote];
  return at + 1;
}
