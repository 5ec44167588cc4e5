/** Lighthouse performance runs (mobile and desktop presets) in Debian's Chromium, via its CLI. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LighthouseFigures { score: number; lcpMs: number; tbtMs: number; cls: number }

interface LhJson {
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number }>;
}

export function lighthouse(url: string, preset: 'mobile' | 'desktop'): LighthouseFigures {
  const dir = mkdtempSync(join(tmpdir(), 'lh-'));
  const out = join(dir, 'report.json');
  const args = [
    'lighthouse', url, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance',
    '--chrome-flags=--headless=new --no-sandbox --enable-unsafe-swiftshader --disable-background-networking --disable-component-update',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const r = spawnSync('npx', args, { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, encoding: 'utf8', timeout: 180_000 });
  try {
    const json = JSON.parse(readFileSync(out, 'utf8')) as LhJson;
    const a = (k: string): number => json.audits[k]?.numericValue ?? NaN;
    return { score: Math.round((json.categories.performance.score ?? 0) * 100), lcpMs: a('largest-contentful-paint'), tbtMs: a('total-blocking-time'), cls: a('cumulative-layout-shift') };
  } catch {
    throw new Error(`lighthouse failed for ${url} (${preset}): ${(r.stderr || r.stdout || '').slice(-500)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
