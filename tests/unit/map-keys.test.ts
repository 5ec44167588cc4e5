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

describe('city names give way to the zones', () => {
  it('drops a city label that overlaps a zone label, and one that overlaps a kept city label', async () => {
    const { clearLabels } = await import('../../src/map/labels.ts');
    const zoneLabel = { x0: 0, y0: 0, x1: 50, y1: 10 };
    const shown = clearLabels(
      [
        { id: 'fushun', box: { x0: 40, y0: 2, x1: 80, y1: 12 } }, // on the zone label
        { id: 'tieling', box: { x0: 100, y0: 0, x1: 140, y1: 10 } },
        { id: 'near-tieling', box: { x0: 130, y0: 5, x1: 170, y1: 15 } }, // on Tieling's
      ],
      [zoneLabel],
    );
    expect([...shown]).toEqual(['tieling']);
  });
});
