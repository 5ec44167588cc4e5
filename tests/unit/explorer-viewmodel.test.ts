import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Atlas } from '../../src/data/types.ts';
import { industryMatrix, zonesWithIndustry, industryStrength } from '../../src/panel/explorer-view.ts';

// The built atlas (npm run atlas writes it; npm test runs that first).
const atlas = JSON.parse(readFileSync(new URL('../../public/data/atlas.json', import.meta.url), 'utf8')) as Atlas;

describe('industry explorer', () => {
  it('encodes the strongest basis per cell: 3 zone, 2 group, 1 external', () => {
    const m = industryMatrix(atlas);
    expect(m.find((c) => c.zone === 'benxi' && c.industry === 'biomedicine')?.value).toBe(3);
    expect(m.find((c) => c.zone === 'jinzhou' && c.industry === 'biomedicine')?.value).toBe(2);
    expect(m.find((c) => c.zone === 'yingkou' && c.industry === 'green-tech')?.value).toBe(1);
  });
  it('lists the zones with an industry, strongest basis first', () => {
    const zs = zonesWithIndustry(atlas, 'biomedicine');
    expect(zs.map((z) => z.zone.id)).toEqual(expect.arrayContaining(['benxi', 'dalian', 'anshan', 'jinzhou', 'shenyang']));
    expect(zs[0]?.bases[0]).toBe('zone');
    expect(zs.some((z) => z.zone.id === 'suizhong')).toBe(false);
  });
  it('gives the map each zone\'s strongest basis for the chosen industry, and nothing for the others', () => {
    const s = industryStrength(atlas, 'biomedicine');
    expect(s.get('benxi')).toBe('zone');
    expect(s.has('suizhong')).toBe(false);
    expect([...s.keys()].sort()).toEqual(zonesWithIndustry(atlas, 'biomedicine').map((z) => z.zone.id).sort());
  });
});
