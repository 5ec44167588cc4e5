import { describe, it, expect } from 'vitest';
import { arrowStep, neighbour } from '../../src/map/keys.ts';

describe('arrow keys on the map', () => {
  const zones = [{ id: 'shenyang' }, { id: 'dalian' }, { id: 'anshan' }];
  it('maps the four arrows and nothing else', () => {
    expect(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Enter', 'a'].map(arrowStep)).toEqual([1, 1, -1, -1, 0, 0]);
  });
  it('walks the list and wraps round', () => {
    expect(neighbour(zones, 'shenyang', 1)?.id).toBe('dalian');
    expect(neighbour(zones, 'anshan', 1)?.id).toBe('shenyang');
    expect(neighbour(zones, 'shenyang', -1)?.id).toBe('anshan');
  });
});
