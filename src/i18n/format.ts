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

/** How the sentence writes the number: its precision (2.0%) and its measure word (项). */
export interface AsWritten { decimals?: number; measureWord?: string }

export function formatValue(value: number, unit: Unit, lang: Lang, comparator: Comparator = 'eq', written: AsWritten = {}): FormattedValue {
  const prefix = PREFIX[lang][comparator];
  const keep = written.decimals ?? 0;
  let number: string;
  let u: string;
  if (lang === 'zh') {
    number = num(lang, value, Math.max(decimals(value), 0), keep);
    u = written.measureWord ?? UNITS_ZH[unit];
  } else if (unit === 'yi_yuan') {
    // 1 亿 = 100 million: 450亿元 → 45 billion yuan; 50亿元 → 5 billion yuan; 0.5亿元 → 50 million yuan.
    const yuan = value * 1e8;
    if (yuan >= 1e9) {
      number = num(lang, yuan / 1e9, decimals(value) + 1);
      u = 'billion yuan';
    } else {
      number = num(lang, yuan / 1e6, Math.max(decimals(value) - 2, 0));
      u = 'million yuan';
    }
  } else if (unit === 'wan_m2') {
    number = num(lang, value * 1e4, Math.max(decimals(value) - 4, 0));
    u = 'm²';
  } else {
    number = num(lang, value, decimals(value), keep);
    const [one, many] = UNITS_EN[unit];
    u = value === 1 ? one : many;
  }
  const tight = unit === 'percent' || lang === 'zh';
  const text = `${prefix}${number}${u ? (tight ? '' : ' ') + u : ''}`;
  return { number, unit: u, prefix, text };
}

export const formatFigure = (f: Figure, lang: Lang): FormattedValue =>
  formatValue(f.value, f.unit, lang, f.comparator, { decimals: f.decimals, measureWord: f.measureWord });

export function formatKm(km: number, lang: Lang): string {
  return lang === 'zh' ? `${num(lang, km, 1)}公里` : `${num(lang, km, 1)} km`;
}
/** A zone's area with every digit its source gives (the data build checks the source writes that number). */
export function formatArea(km2: number, lang: Lang): string {
  const n = num(lang, km2, decimals(km2));
  return lang === 'zh' ? `${n}平方公里` : `${n} km²`;
}
