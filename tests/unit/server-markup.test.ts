/**
 * The prerendered map the browser keeps unhydrated (src/ui/server-markup.ts, src/map/MapArea.svelte): the
 * prerender renders it with the app's own SvgMap, inside the {@html} block that hydration claims unchecked.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderApp, boundariesFromTopo, type Topo } from '../../scripts/prerender/render-app.ts';
import type { Atlas } from '../../src/data/types.ts';

const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;
const boundaries = boundariesFromTopo(JSON.parse(readFileSync('public/data/liaoning.topo.json', 'utf8')) as Topo);

describe('the kept map of the prerendered page', () => {
  const body = renderApp(atlas, boundaries, '');
  // The block's opening marker is empty in a production build, a hash of the markup in a dev one (as here).
  const island = /<div class="layer island[^"]*"[^>]*><!--[a-z0-9]*-->([\s\S]*?)<!---->/.exec(body);
  it('is the SvgMap with every zone, as a control, in one {@html} block', () => {
    expect(island).not.toBeNull();
    const markup = island?.[1] ?? '';
    expect(markup.startsWith('<div class="svgmap')).toBe(true);
    expect(markup.endsWith('</div>')).toBe(true);
    for (const z of atlas.zones) expect(markup).toContain(`data-map-zone="${z.id}"`);
    expect(markup.match(/role="button" tabindex="0"/g)?.length).toBe(atlas.zones.length);
  });
  it('carries no hydration markers (an empty one would end the block early) and is the only map of the page', () => {
    expect(island?.[1]).not.toMatch(/<!--/);
    expect(body.match(/class="svgmap/g)?.length).toBe(1);
  });
});
