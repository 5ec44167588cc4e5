/**
 * Number formatting in both languages (digits.ts: as Intl writes them, tested equal, without its start-up).
 * Chinese keeps the documents' own units (亿元, 万平方米); English converts
 * them to plain units (billion yuan, m²) without rounding away precision.
 */
import type { Comparator, Figure, Lang, Unit } from '../data/types.ts';
import { formatDecimal } from './digits.ts';

// GB/T 15835-2011: a four-digit number is not grouped in Chinese (1455家); English groups with commas.
const num = (lang: Lang, v: number, max: number, min = 0): string => formatDecimal(v, max, min, lang === 'zh' ? 'min2' : 'auto');

/** Digits after the point in the value as the source gives it: never round a figure away. */
const decimals = (v: number): number => (String(v).split('.')[1] ?? '').length;

const UNITS_ZH: Record<Unit, string> = {
  percent: '%', yi_yuan: '亿元', wan_m2: '万平方米', enterprises: '家', institutions: '个', count: '个',
  people: '人', patents: '件', points: '个百分点', spaces: '个', times: '倍',
};
const UNITS_EN: Record<Unit, [string, string]> = {
  percent: ['%', '%'], yi_yuan: ['yuan', 'yuan'], wan_m2: ['m²', 'm²'], enterprises: ['enterprise', 'enterprises'],
  institutions: ['institution', 'institutions'], count: ['', ''], people: ['person', 'people'], patents: ['patent', 'patents'],
  points: ['percentage point', 'percentage points'], spaces: ['space', 'spaces'], times: ['×', '×'],
};

export interface FormattedValue {
  /** The number as shown, e.g. "1,455" or "450". */
  number: string;
  /** The unit beside it, e.g. "家", "亿元", "billion yuan". */
  unit: string;
  /** Prefix for ≥ / > / ≈ targets. */
  prefix: string;
  /** Everything in one string, for tables and screen readers. */
  text: string;
}

const PREFIX: Record<Lang, Record<Comparator, string>> = {
  zh: { eq: '', gte: '≥', gt: '>', lte: '≤', lt: '<', approx: '约' },
  en: { eq: '', gte: '≥ ', gt: '> ', lte: '≤ ', lt: '< ', approx: 'about ' },
};

/** How the sentence writes the number: its precision (2.0%), its measure word (项), a range's upper bound (1-2家). */
export interface AsWritten { decimals?: number; measureWord?: string; upTo?: number }

/** Between a range's bounds: GB/T 15834's 浪纹线 in Chinese (1～2家), an en dash in English (1–2 people). */
const RANGE_DASH: Record<Lang, string> = { zh: '～', en: '–' };

/** One number in its unit as the language writes it (English converts 亿元 and 万平方米, never rounding digits away). */
function numberInUnit(value: number, unit: Unit, lang: Lang, keep: number, measureWord?: string): { number: string; unit: string } {
  if (lang === 'zh') return { number: num(lang, value, Math.max(decimals(value), 0), keep), unit: measureWord ?? UNITS_ZH[unit] };
  if (unit === 'yi_yuan') {
    // 1 亿 = 100 million: 450亿元 → 45 billion yuan; 50亿元 → 5 billion yuan; 0.5亿元 → 50 million yuan.
    const yuan = value * 1e8;
    return yuan >= 1e9
      ? { number: num(lang, yuan / 1e9, decimals(value) + 1), unit: 'billion yuan' }
      : { number: num(lang, yuan / 1e6, Math.max(decimals(value) - 2, 0)), unit: 'million yuan' };
  }
  if (unit === 'wan_m2') return { number: num(lang, value * 1e4, Math.max(decimals(value) - 4, 0)), unit: 'm²' };
  const [one, many] = UNITS_EN[unit];
  return { number: num(lang, value, decimals(value), keep), unit: value === 1 ? one : many };
}

export function formatValue(value: number, unit: Unit, lang: Lang, comparator: Comparator = 'eq', written: AsWritten = {}): FormattedValue {
  const prefix = PREFIX[lang][comparator];
  const keep = written.decimals ?? 0;
  const tight = unit === 'percent' || lang === 'zh';
  const withUnit = (n: string, u: string): string => `${n}${u ? (tight ? '' : ' ') + u : ''}`;
  const low = numberInUnit(value, unit, lang, keep, written.measureWord);
  let number = low.number;
  let u = low.unit;
  if (written.upTo !== undefined) {
    // A range keeps both bounds (1～2名, 1–2 people). Where English scales the bounds apart, each keeps its
    // own unit (50 million–2 billion yuan).
    const high = numberInUnit(written.upTo, unit, lang, keep, written.measureWord);
    const apart = unit === 'yi_yuan' && low.unit !== high.unit;
    number = `${apart ? withUnit(low.number, low.unit) : low.number}${RANGE_DASH[lang]}${high.number}`;
    u = high.unit;
  }
  return { number, unit: u, prefix, text: `${prefix}${withUnit(number, u)}` };
}

export const formatFigure = (f: Figure, lang: Lang): FormattedValue =>
  formatValue(f.value, f.unit, lang, f.comparator, { decimals: f.decimals, measureWord: f.measureWord, ...(f.upTo === undefined ? {} : { upTo: f.upTo }) });

/** A no-break space keeps "30 km" on one line in English. */
const NBSP = '\u00a0';

export function formatKm(km: number, lang: Lang): string {
  return lang === 'zh' ? `${num(lang, km, 1)}公里` : `${num(lang, km, 1)}${NBSP}km`;
}
/** A zone's area with every digit its source gives (the data build checks the source writes that number). */
export function formatArea(km2: number, lang: Lang): string {
  const n = num(lang, km2, decimals(km2));
  return lang === 'zh' ? `${n}平方公里` : `${n}${NBSP}km²`;
}
