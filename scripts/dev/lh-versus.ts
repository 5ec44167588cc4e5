/**
 * Dev helper: Lighthouse mobile on the app and the bench's baseline page, interleaved (app, baseline, app, …),
 * so that both see the machine in the same state; one line a run and the medians. Serves them as
 * `npm run bench` does (build both first: `npm run build`, `npx vite build --config bench/baseline/vite.config.ts`).
 *   npx tsx scripts/dev/lh-versus.ts [runs=5] [dist=dist]
 */
import { serve } from '../serve.ts';
import { audit, lighthouseReport } from '../bench/lighthouse.ts';
import { median } from '../bench/stats.ts';

const [runs = '5', dist = 'dist'] = process.argv.slice(2);
const pages = [
  { name: 'app', dir: dist, port: 4180, csp: true },
  { name: 'baseline', dir: 'bench/tmp/baseline', port: 4181, csp: false },
] as const;
const stops = await Promise.all(pages.map((p) => serve(p.dir, p.port, p.csp)));
const lcp: Record<string, number[]> = { app: [], baseline: [] };
try {
  for (let i = 0; i < Number(runs); i++) {
    for (const p of pages) {
      const r = await lighthouseReport(`http://127.0.0.1:${p.port}/`, 'mobile');
      const ms = (k: string): number => Math.round(audit(r, k));
      lcp[p.name]?.push(ms('largest-contentful-paint'));
      console.log(`${p.name.padEnd(8)} score ${Math.round((r.categories.performance.score ?? 0) * 100)} FCP ${ms('first-contentful-paint')} LCP ${ms('largest-contentful-paint')} TBT ${ms('total-blocking-time')}`);
    }
  }
} finally {
  await Promise.all(stops.map((stop) => stop()));
}
console.log(`median LCP: app ${median(lcp.app ?? [])} ms, baseline ${median(lcp.baseline ?? [])} ms`);
