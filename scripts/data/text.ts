/**
 * Finding quotes in seed text. Matching ignores white space (the seeds break
 * lines mid-word, e.g. 004's "重\n\n点发展") and nothing else: punctuation and
 * the seeds' defects must be quoted as they are.
 */

export interface Located {
  start: number;
  end: number;
}

/** The text without white space, and for each of its characters the index in the original. */
export function squeeze(text: string): { squeezed: string; map: number[] } {
  const map: number[] = [];
  let squeezed = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) continue;
    squeezed += ch;
    map.push(i);
  }
  return { squeezed, map };
}

export const stripSpace = (s: string): string => s.replace(/\s+/g, '');

/** Where `quote` occurs in `text`, white space ignored; null if it does not. */
export function locate(text: string, quote: string, index = squeeze(text)): Located | null {
  const q = stripSpace(quote);
  if (!q) return null;
  const at = index.squeezed.indexOf(q);
  if (at < 0) return null;
  const start = index.map[at];
  const last = index.map[at + q.length - 1];
  if (start === undefined || last === undefined) return null;
  return { start, end: last + 1 };
}

/** Every place `quote` occurs in `text` (white space ignored), in order. */
export function locateAll(text: string, quote: string, index = squeeze(text)): Located[] {
  const q = stripSpace(quote);
  const out: Located[] = [];
  if (!q) return out;
  for (let at = index.squeezed.indexOf(q); at >= 0; at = index.squeezed.indexOf(q, at + 1)) {
    const start = index.map[at];
    const last = index.map[at + q.length - 1];
    if (start !== undefined && last !== undefined) out.push({ start, end: last + 1 });
  }
  return out;
}

export interface Correction {
  find: string;
  replace: string;
}

/**
 * Applies the seed corrections (e.g. 365体育投注 → 大连) and returns the
 * corrected text, where each correction now stands, and a function that maps
 * an offset of the original text to the corrected one.
 */
export function correct(
  text: string,
  corrections: readonly Correction[],
): { text: string; spots: { start: number; end: number; original: string }[]; mapOffset: (i: number, side?: 'start' | 'end') => number } {
  // White space may fall inside a defect too (000 has "3\n65体育投注" once), so match across it.
  const hits: { at: number; len: number; c: Correction }[] = [];
  for (const c of corrections) {
    const re = new RegExp([...c.find].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'), 'g');
    for (const m of text.matchAll(re)) hits.push({ at: m.index, len: m[0].length, c });
  }
  hits.sort((a, b) => a.at - b.at);
  let out = '';
  let last = 0;
  const spots: { start: number; end: number; original: string }[] = [];
  const shifts: { at: number; until: number; delta: number }[] = [];
  let delta = 0;
  for (const { at, len, c } of hits) {
    if (at < last) continue; // overlapping corrections: the first wins
    out += text.slice(last, at);
    spots.push({ start: out.length, end: out.length + c.replace.length, original: text.slice(at, at + len) });
    out += c.replace;
    last = at + len;
    delta += c.replace.length - len;
    shifts.push({ at, until: last, delta });
  }
  out += text.slice(last);
  /** Offsets inside a replaced span snap to its start (side "start") or end (side "end"). */
  const mapOffset = (i: number, side: 'start' | 'end' = 'start'): number => {
    let before = 0;
    for (const s of shifts) {
      if (i >= s.until) {
        before = s.delta;
        continue;
      }
      if (i > s.at) return side === 'start' ? s.at + before : s.until + s.delta;
      break;
    }
    return i + before;
  };
  return { text: out, spots, mapOffset };
}
