/**
 * What lies over the map (the legend, lower left; the note with the attribution, lower right) and what must
 * stay clear of it: every zone's symbol and name, and, where `cities` is set, every city name. Returns one
 * line per overlap ("suizhong under .legend"), and the note over the legend.
 */
import type { Page } from '@playwright/test';

export function coveredOnMap(page: Page, { cities = false }: { cities?: boolean } = {}): Promise<string[]> {
  return page.evaluate((withCities) => {
    const boxes = ['.legend', '.map-note'].map((s) => [s, document.querySelector(s)?.getBoundingClientRect()] as const);
    const meet = (a: DOMRect, b: DOMRect): boolean => a.width > 0 && a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
    const hits: string[] = [];
    const items = document.querySelectorAll(`.svgmap [data-map-zone], .svgmap [data-map-label]${withCities ? ', .svgmap .city' : ''}`);
    for (const el of items) {
      const r = el.getBoundingClientRect();
      const what = el.getAttribute('data-map-zone') ?? (el.hasAttribute('data-map-label') ? `${el.getAttribute('data-map-label') ?? ''}'s name` : el.textContent ?? '');
      for (const [s, b] of boxes) if (b && meet(r, b)) hits.push(`${what} under ${s}`);
    }
    // Nor does the note cover the legend: where there is no room beside it, the note sits above it.
    const [legend, note] = boxes.map(([, b]) => b);
    if (legend && note && meet(note, legend)) hits.push('the note over the legend');
    return hits;
  }, cities);
}
