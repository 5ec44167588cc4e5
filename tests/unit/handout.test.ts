/**
 * The one-page handout (PNG and print): what it says above the figures names its documents as the data
 * does. The overview's lead gave the plan a title it does not have (《…“十三五”发展规划》).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Atlas } from '../../src/data/types.ts';
import { handoutOf } from '../../src/export/handout.ts';

const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;
const plan = atlas.documents.find((d) => d.plan);

describe('handout', () => {
  it('the overview names the plan by its exact title, in both languages', () => {
    expect(plan).toBeDefined();
    expect(handoutOf(atlas, null, 'zh').subtitle).toContain(`《${plan?.title.zh ?? ''}》`);
    expect(handoutOf(atlas, null, 'en').subtitle).toContain(plan?.title.en ?? '—');
  });
  it('a document title in a lead comes from the data, not the dictionary', async () => {
    const { zh } = await import('../../src/i18n/zh.ts');
    // Every 《title》 a Chinese string writes is a document of the data (or a placeholder for one).
    const titles = Object.values(zh).flatMap((s) => [...s.matchAll(/《([^》]+)》/g)].map((m) => m[1] ?? ''));
    expect(titles.filter((t) => !/^\{\w+\}$/.test(t) && !atlas.documents.some((d) => d.title.zh === t))).toEqual([]);
  });
});
