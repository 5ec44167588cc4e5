/** Lighthouse performance runs (mobile and desktop presets) in Debian's Chromium, via its CLI. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LighthouseFigures { score: number; lcpMs: number; tbtMs: number; cls: number }

/** What the bench and scripts/dev/lh-quick.ts read of a report. */
export interface LhJson {
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number; details?: { items?: { duration?: number }[] } }>;
}

/** Runs the CLI without blocking: the pages it measures are served by this same process. */
function run(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn('npx', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(out);
    });
  });
}

/** One Lighthouse performance run of `url`: its whole report. */
export async function lighthouseReport(url: string, preset: 'mobile' | 'desktop'): Promise<LhJson> {
  const dir = mkdtempSync(join(tmpdir(), 'lh-'));
  const out = join(dir, 'report.json');
  const args = [
    'lighthouse', url, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance',
    '--chrome-flags=--headless=new --no-sandbox --enable-unsafe-swiftshader --disable-background-networking --disable-component-update',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const log = await run(args, { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, 180_000);
  try {
    return JSON.parse(readFileSync(out, 'utf8')) as LhJson;
  } catch {
    throw new Error(`lighthouse failed for ${url} (${preset}): ${log.slice(-500)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A report's numeric audit (NaN where it is missing). */
export const audit = (json: LhJson, key: string): number => json.audits[key]?.numericValue ?? NaN;

export async function lighthouse(url: string, preset: 'mobile' | 'desktop'): Promise<LighthouseFigures> {
  const json = await lighthouseReport(url, preset);
  const a = (k: string): number => audit(json, k);
  return { score: Math.round((json.categories.performance.score ?? 0) * 100), lcpMs: a('largest-contentful-paint'), tbtMs: a('total-blocking-time'), cls: a('cumulative-layout-shift') };
}
