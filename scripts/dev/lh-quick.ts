/**
 * Dev helper: Lighthouse mobile performance of one page, N runs, one line each — score, FCP, LCP, TBT, CLS
 * and its long tasks (ms at Lighthouse's 4× CPU) — the same run as `npm run bench` (scripts/bench/lighthouse.ts).
 *   npx tsx scripts/dev/lh-quick.ts <url> [runs=3]
 */
import { audit, lighthouseReport } from '../bench/lighthouse.ts';

const [url, runs = '3'] = process.argv.slice(2);
if (!url) throw new Error('usage: npx tsx scripts/dev/lh-quick.ts <url> [runs=3]');
for (let i = 0; i < Number(runs); i++) {
  const r = await lighthouseReport(url, 'mobile');
  const ms = (k: string): number => Math.round(audit(r, k));
  const tasks = (r.audits['long-tasks']?.details?.items ?? []).map((t) => Math.round(t.duration ?? 0));
  console.log(
    `score ${Math.round((r.categories.performance.score ?? 0) * 100)} FCP ${ms('first-contentful-paint')} LCP ${ms('largest-contentful-paint')}`,
    `TBT ${ms('total-blocking-time')} CLS ${audit(r, 'cumulative-layout-shift').toFixed(3)} tasks ${tasks.join(',')}`,
  );
}
