/**
 * The rules of data/README.md ("Rules the data must follow") that need more
 * than one record to check: a zone named in its claim's quote, look-alike
 * figures that must say how they differ, groupings that must join every pair.
 * Each returns reasons; the build adds file and record.
 */
import type { Figure, Zone } from '../../src/data/types.ts';
import { stripSpace } from './text.ts';

/** The names a sentence may use for a zone: its full name, "<short>高新区" and its aliases. */
export function zoneNames(z: Pick<Zone, 'name' | 'short'>, aliases: readonly string[] = []): string[] {
  return [z.name.zh, `${z.short.zh}高新区`, ...aliases];
}

/** Basis `zone` holds only when the quote names the zone. */
export function namesZone(quote: string, names: readonly string[]): boolean {
  const q = stripSpace(quote);
  return names.some((n) => q.includes(stripSpace(n)));
}

/** Figures that share measure, scope, year and kind (and subject): a reader would take them for one number. */
export function lookalikeGroups(figures: readonly Figure[]): Figure[][] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = [f.metric, f.scope.level, f.scope.id ?? '', f.year, f.kind, f.subject?.zh ?? ''].join('|');
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** Why a look-alike lacks what it needs: a note, and `twins` naming each of the others. */
export function lookalikeProblems(f: Figure, group: readonly Figure[]): string[] {
  const others = group.filter((x) => x.id !== f.id).map((x) => x.id);
  const out: string[] = [];
  const missing = others.filter((id) => !(f.twins ?? []).includes(id));
  if (missing.length) out.push(`looks like ${others.join(', ')} (same metric, scope, year and kind): list ${missing.join(', ')} in twins`);
  if (!f.note) out.push(`looks like ${others.join(', ')}: needs a note saying how they differ (which is later, or what each counts)`);
  return out;
}

/** The pairs of a grouping that no link joins (undirected: either order counts). */
export function missingPairs(members: readonly string[], joined: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i] ?? '';
      const b = members[j] ?? '';
      if (!joined.has(`${a}|${b}`) && !joined.has(`${b}|${a}`)) out.push(`${a}–${b}`);
    }
  return out;
}

const COUNT_UNITS = new Set(['enterprises', 'institutions', 'count', 'patents', 'people', 'spaces']);
/** Chinese measure words a count can carry in the documents. */
const MEASURE_WORDS = '项家个户件所座名人台种套批';

/**
 * How the sentence writes a value (numbers as written, rule g): the digits
 * after the point it shows (2.0% → 1) and, for counts, its measure word
 * (100项). Only where the bare value occurs as a number in the quote.
 */
export function asWritten(quote: string, value: number, unit: string): { decimals?: number; measureWord?: string } {
  const q = stripSpace(quote);
  for (const m of q.matchAll(/(?<![\d.,])(\d+(?:\.\d+)?)(.?)/g)) {
    const token = m[1] ?? '';
    if (Number(token) !== value) continue;
    const out: { decimals?: number; measureWord?: string } = {};
    const shown = (token.split('.')[1] ?? '').length;
    const own = (String(value).split('.')[1] ?? '').length;
    if (shown > own) out.decimals = shown;
    const next = m[2] ?? '';
    if (COUNT_UNITS.has(unit) && next && MEASURE_WORDS.includes(next)) out.measureWord = next;
    return out;
  }
  return {};
}

/** A range as the documents write it: 1-2, 1—2, 1～2, 1~2, 1至2, 1到2. */
const RANGE = /(?<![\d.,])(\d+(?:\.\d+)?)\s*[-－–—～~至到]\s*(\d+(?:\.\d+)?)(?![\d.])/g;

/**
 * The upper bound where the quote writes `value` as the start of a range ("国家级联盟1-2家" → 2), else null:
 * such a value is a range, not a number, and is never shown as "≥ 1" or "1" (rule g).
 */
export function rangeFrom(quote: string, value: number): number | null {
  for (const m of stripSpace(quote).matchAll(RANGE)) if (Number(m[1]) === value && Number(m[2]) > value) return Number(m[2]);
  return null;
}

/**
 * Whether the quote writes `value` as a number of its own, digit for digit: 42.77 in "42.77平方公里", not 15 in
 * "150" nor 15.1 in "15.10" (a zone's area is shown as its source writes it, never rounded).
 */
export function writesNumber(quote: string, value: number): boolean {
  const want = String(value);
  for (const m of stripSpace(quote).matchAll(/(?<![\d.,])\d+(?:\.\d+)?(?!\d|\.\d)/g)) if (m[0] === want) return true;
  return false;
}

/** The pieces of a quoted text between the ellipses that mark left-out words (white space ignored, final 。 dropped). */
export function quotedPieces(text: string): string[] {
  return stripSpace(text).split(/…+|\.{3,}/).map((p) => p.replace(/^[，,、；;]+|[。，,、；;]+$/g, '')).filter((p) => p.length > 0);
}
