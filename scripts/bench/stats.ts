/** Medians for the benchmark's runs (scripts/bench/run.ts, scripts/dev/lh-versus.ts). */

/** The median of the finite values (the lower middle one of an even count: a value that was measured); NaN if none. */
export const median = (xs: readonly number[]): number => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : NaN;
};

/** Field by field, the median of a list of like records (nested records too); a field null in every run stays null. */
export function medianOf<T extends object>(list: readonly T[]): T {
  const first = list[0] as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(first) as (keyof T & string)[]) {
    const v = first[k];
    if (typeof v === 'number' || v === null) out[k] = v === null && list.every((x) => x[k] === null) ? null : median(list.map((x) => Number(x[k])));
    else if (v && typeof v === 'object') out[k] = medianOf(list.map((x) => x[k] as object));
  }
  return out as T;
}
