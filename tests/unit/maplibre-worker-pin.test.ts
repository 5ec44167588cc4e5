/**
 * The portable file starts MapLibre's worker from a blob URL ending in `#.cjs`
 * (src/data/inline.ts), relying on MapLibre's loader treating such a URL as a
 * classic worker: internal behaviour, not a documented API. This fails on an
 * upgrade that drops it, before any browser test; tests/e2e/portable.spec.ts
 * checks the behaviour itself (a classic blob worker, the map drawn from file://).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const main = readFileSync(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.mjs'), 'utf8');

describe('MapLibre worker loader (pinned internal behaviour)', () => {
  it('treats a URL whose path (before ? or #) ends in .cjs as a classic worker', () => {
    expect(main).toMatch(/\.endsWith\(`\.cjs`\)\|\|\w+\.split\(\/\[\?#\]\/\)\[0\]\.endsWith\(`\.cjs`\)/);
  });
  it('ships the worker as an ES module the portable build re-wraps as a classic script', () => {
    const worker = readFileSync(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl-worker.mjs'), 'utf8');
    expect(worker).toMatch(/export\s*\{/);
  });
});
