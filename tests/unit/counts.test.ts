import { describe, it, expect } from 'vitest';
import { zoneCountProblems, ZONE_COUNT_METRIC } from '../../src/data/counts.ts';
import type { Figure, SourceRef } from '../../src/data/types.ts';

const src = (doc: string): SourceRef => ({ type: 'doc', doc, quote: 'q', display: 'q', start: 0, end: 1, record: { file: 'f', id: 'i' } });
const count = (scope: Figure['scope'], value: number, doc = 'plan'): Pick<Figure, 'id' | 'metric' | 'scope' | 'value' | 'source'> =>
  ({ id: `c.${scope.level}.${scope.id ?? ''}`, metric: ZONE_COUNT_METRIC, scope, value, source: src(doc) });
const zones = (national: number, provincial: number): { tier: 'national' | 'provincial' }[] =>
  [...Array(national).fill({ tier: 'national' }), ...Array(provincial).fill({ tier: 'provincial' })];
const docs = [{ id: 'plan', plan: true }, { id: 'other', plan: false }];
const figures = [count({ level: 'zones' }, 5), count({ level: 'tier', id: 'national' }, 3), count({ level: 'tier', id: 'provincial' }, 2)];

describe('zone counts come from the data', () => {
  it('accepts a zone list that agrees with the plan, whatever the number', () => {
    expect(zoneCountProblems(zones(3, 2), figures, docs)).toEqual([]);
    expect(zoneCountProblems(zones(900, 600), [count({ level: 'zones' }, 1500)], docs)).toEqual([]);
  });

  it('names the count that disagrees, per tier and in all', () => {
    expect(zoneCountProblems(zones(3, 1), figures, docs)).toEqual([
      'lists 4 zones, but the plan (plan, figure c.zones.) says 5',
      'lists 1 provincial zones, but the plan (plan, figure c.tier.provincial) says 2',
    ]);
  });

  it('reads only the plan\'s counts, and refuses an empty list', () => {
    expect(zoneCountProblems(zones(3, 2), [count({ level: 'zones' }, 14, 'other')], docs)).toEqual([]);
    expect(zoneCountProblems(zones(3, 2), figures, [{ id: 'plan', plan: false }])).toEqual([]);
    expect(zoneCountProblems([], figures, docs)).toEqual(['lists no zones']);
  });
});
