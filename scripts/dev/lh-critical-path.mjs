/**
 * Dev helper: what Lighthouse's mobile LCP is made of. Serves a build folder as `npm run bench` does, lets
 * Lighthouse gather one run, then runs its simulator (Lantern) on it and prints each node of the LCP's graph
 * with its simulated start and end: the requests (a round trip each, 150 ms, after the connection) and the
 * main-thread tasks (at 4× their observed time). Any request that ends before the observed LCP counts, so the
 * page must not make one before it paints (README "Performance").
 *   npx tsx scripts/dev/lh-critical-path.mjs [dir=dist] [--no-csp]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArtifacts } from 'lighthouse/core/lib/asset-saver.js';
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';
import { defaultSettings } from 'lighthouse/core/config/constants.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
const { serve } = await import('../serve.ts').catch(() => {
  throw new Error('run with tsx: npx tsx scripts/dev/lh-critical-path.mjs');
});
const PORT = 4190;
const stop = await serve(dir, PORT, !args.includes('--no-csp'));
const out = mkdtempSync(join(tmpdir(), 'lh-gather-'));
try {
  await new Promise((resolve) => {
    const child = spawn('npx', ['lighthouse', `http://127.0.0.1:${PORT}/`, `-G=${out}`, '--only-categories=performance', '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --enable-unsafe-swiftshader --disable-background-networking --disable-component-update'],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, stdio: 'inherit' });
    child.on('close', resolve);
  });
  const a = await loadArtifacts(out);
  const data = { trace: a.Trace, devtoolsLog: a.DevtoolsLog, gatherContext: a.GatherContext, settings: { ...defaultSettings, ...a.settings }, simulator: null, URL: a.URL, SourceMaps: a.SourceMaps, HostDPR: a.HostDPR };
  const lcp = await LanternLargestContentfulPaint.request(data, { computedCache: new Map() });
  for (const [name, estimate] of [['optimistic', lcp.optimisticEstimate], ['pessimistic', lcp.pessimisticEstimate]]) {
    console.log(`${name}: ${Math.round(estimate.timeInMs)} ms`);
    const rows = [...estimate.nodeTimings.entries()].sort((x, y) => x[1].startTime - y[1].startTime);
    for (const [node, t] of rows) {
      const what = node.type === 'network'
        ? `request ${new URL(node.request.url).pathname} (${node.request.transferSize} B, ${node.request.priority})`
        : `task ${(node.duration / 1000).toFixed(1)} ms observed: ${[...new Set(node.childEvents.map((e) => e.name))].filter((n) => /^(ParseHTML|Layout|Paint|UpdateLayoutTree|EvaluateScript|ParseAuthorStyleSheet)$/.test(n)).join(', ')}`;
      console.log(`  ${t.startTime.toFixed(0).padStart(5)} → ${t.endTime.toFixed(0).padStart(5)}  ${what}`);
    }
  }
  console.log(`LCP ${Math.round(lcp.timing)} ms`);
} finally {
  rmSync(out, { recursive: true, force: true });
  await stop();
}
