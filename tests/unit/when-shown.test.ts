/**
 * Rule i (src/panel/when.ts): a record's year is shown only where its sentence gives one; otherwise what the
 * document says (`when`). So no view, page, export or slide reads `.year` to show it: they go through
 * whenLabel. The reads listed here sort, match or export the year as data (the CSV has `when` beside it).
 * A compare cell, a glance caption, the baseline bars, a handout line and the static zone pages showed
 * "2015" or "2020" for sentences that give no year.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zh } from '../../src/i18n/zh.ts';
import { en } from '../../src/i18n/en.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DIRS = ['src', 'scripts/prerender', 'scripts/portable'];
/** Files that read `.year` as data, with how many reads: any other read, or one more, fails. */
const AS_DATA: Record<string, number> = {
  'src/panel/when.ts': 1, // the one place that decides what is shown
  'src/panel/rules.ts': 2, // a baseline is earlier than its target
  'src/panel/zone-view.ts': 4, // targets sorted by year; a figure's national average of the same year
  'src/export/csv.ts': 2, // the year column, beside `when`
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|svelte)$/.test(name) ? [p] : [];
  });
}

describe('dates are shown as the documents give them', () => {
  it('no file reads a record’s .year to show it (the zone’s approval year is its own, sourced fact)', () => {
    const reads: Record<string, number> = {};
    for (const file of DIRS.flatMap((d) => sources(join(ROOT, d)))) {
      const n = (readFileSync(file, 'utf8').match(/(?<!approved)\.year\b/g) ?? []).length;
      if (n) reads[relative(ROOT, file)] = n;
    }
    expect(reads).toEqual(AS_DATA);
  });

  it('no interface string writes a year either: a chart or section title dates nothing its figures do not', () => {
    // "…GDP比例（2015）" titled figures whose sentence gives no year (现有, 据2016年规划); "全省2020年目标" held
    // undated targets and a 2018 baseline. Each figure shows its own date (whenLabel) beside it.
    const dated = (d: Record<string, string>): string[] => Object.entries(d).filter(([, v]) => /(19|20)\d\d/.test(v)).map(([k, v]) => `${k}: ${v}`);
    expect([...dated(zh), ...dated(en)]).toEqual([]);
  });
});
