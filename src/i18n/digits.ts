/**
 * Decimal numbers as zh-CN and en-GB write them (1455 · 20,000 · 1,455 · 2.75), without Intl.
 *
 * Why not Intl.NumberFormat: its first use starts the engine's ICU number data, 20–35 ms on one task while
 * the app takes the prerendered page over (README "Performance"), and engines before Chrome 106 ignore the
 * 'min2' grouping that GB/T 15835 asks for (they would write 1,455家). Both locales write the same symbols:
 * "." for the decimal point, "," between groups of three, "-" for minus. tests/unit/digits.test.ts checks
 * this against Intl.NumberFormat for every figure in the atlas and a sweep of random values.
 */

/** Digits grouped in Chinese (GB/T 15835-2011) from five integer digits; in English from four. */
export type Grouping = 'min2' | 'auto';

/** The shortest decimal digits that read back as `magnitude` (≥ 0), as integer and fraction digits ("1.005" → ["1", "005"]). */
function shortestDigits(magnitude: number): [string, string] {
  const [mantissa = '0', exp = '0'] = String(magnitude).split('e');
  const [int = '0', frac = ''] = mantissa.split('.');
  const shift = Number(exp);
  if (shift === 0) return [int, frac];
  const all = int + frac;
  const point = int.length + shift;
  return point <= 0 ? ['0', '0'.repeat(-point) + all] : [all.slice(0, point).padEnd(point, '0'), all.slice(point)];
}

/** Adds one to a string of decimal digits ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  return i < 0 ? `1${'0'.repeat(digits.length)}` : digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1);
}

/**
 * `value` with at most `max` and at least `min` digits after the point. Rounds as ICU does: the shortest
 * decimal that reads back as the value (1.005, not its binary 1.00499…), a tie away from zero. Callers pass a
 * `max` that rounds nothing away (format.ts); rounding is then only of a unit conversion's float artefact.
 */
export function formatDecimal(value: number, max: number, min: number, grouping: Grouping): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '-∞' : 'NaN';
  max = Math.max(max, min, 0);
  let [int, frac] = shortestDigits(Math.abs(value));
  if (frac.length > max) {
    const up = Number(frac[max]) >= 5;
    frac = frac.slice(0, max);
    if (up) {
      const next = increment(int + frac);
      [int, frac] = [next.slice(0, next.length - max), next.slice(next.length - max)];
    }
  }
  frac = frac.padEnd(min, '0');
  let keep = frac.length;
  while (keep > min && frac[keep - 1] === '0') keep--;
  frac = frac.slice(0, keep);
  if (int.length >= (grouping === 'min2' ? 5 : 4)) int = int.replace(/\B(?=(\d{3})+$)/g, ',');
  // Intl keeps the sign of a negative value that rounds to zero (-0.001 → "-0"), and of -0.
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}
