/**
 * Runs the smoke suite (smoke.ts) in Firefox ESR and in WebKitGTK against a built app.
 *   npx tsx tests/engines/run.ts [--dist dist] [--port 4180] [firefox] [webkit]
 * WebKitGTK's MiniBrowser needs a display: run it under `xvfb-run -a` (npm run test:engines does).
 * Prints each step's time and the suite's; exits 1 if any engine fails.
 */
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { serveForEngines } from './server.ts';
import { smoke, type StepResult } from './smoke.ts';
import { firefox } from './firefox.ts';
import { webkit } from './webkit.ts';
import type { Driver } from './driver.ts';

const arg = (name: string, d: string): string => {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? d) : d;
};
const dist = resolve(arg('--dist', process.env.ENGINES_DIST ?? 'dist'));
const port = Number(arg('--port', process.env.ENGINES_PORT ?? '4180'));
const ENGINES: Record<string, (port: number) => Promise<Driver>> = { firefox: () => firefox(), webkit: (p) => webkit(p) };
const chosen = process.argv.slice(2).filter((a) => a in ENGINES);
const engines = chosen.length > 0 ? chosen : Object.keys(ENGINES);

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`engines: ${dist}/index.html is missing: build the app first`);
  process.exit(1);
}
const server = await serveForEngines(dist, port);
const shots = resolve('test-results', 'engines');
let failed = 0;
const started = performance.now();
// As the Playwright suites do in CI, a failed engine gets one more try (a busy 2-core machine), and says so.
const attempts = process.env.CI ? 2 : 1;
for (const name of engines) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const t = performance.now();
    let driver: Driver | null = null;
    try {
      driver = await ENGINES[name]!(port + 1);
      const steps: StepResult[] = await smoke(driver, server.url, shots);
      for (const s of steps) console.log(`  ✓ ${name}: ${s.step} (${(s.ms / 1000).toFixed(1)} s, map: ${s.renderer})`);
      console.log(`engines: ${name} passed in ${((performance.now() - t) / 1000).toFixed(1)} s${attempt > 1 ? ' (flaky: passed on its retry)' : ''}`);
      break;
    } catch (e) {
      console.error(`  ✗ ${name}: ${e instanceof Error ? e.message : String(e)}`);
      console.error(`engines: ${name} FAILED after ${((performance.now() - t) / 1000).toFixed(1)} s (screenshots in ${shots})`);
      if (attempt === attempts) failed++;
    } finally {
      await driver?.close().catch(() => undefined);
    }
  }
}
await server.close();
console.log(`engines: ${engines.length - failed}/${engines.length} passed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed > 0 ? 1 : 0);
