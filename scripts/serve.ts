/**
 * Serves dist/ as a host would, with the strict CSP header: used by the CSP
 * test and the benchmark.  npx tsx scripts/serve.ts [--port 4174] [--dir dist] [--no-csp]
 */
import { createServer } from 'node:http';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import handler from 'serve-handler';
import { CSP } from './csp.ts';

export function serve(dir: string, port: number, csp = true): Promise<() => Promise<void>> {
  const server = createServer((req, res) => {
    if (csp) res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    void handler(req, res, { public: dir, cleanUrls: false, directoryListing: false, rewrites: [{ source: '/', destination: '/index.html' }] });
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve(() => new Promise((r) => server.close(() => r()))));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string, d: string): string => {
    const i = process.argv.indexOf(name);
    return i > 0 ? (process.argv[i + 1] ?? d) : d;
  };
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const port = Number(arg('--port', '4174'));
  await serve(join(root, arg('--dir', 'dist')), port, !process.argv.includes('--no-csp'));
  console.log(`serving on http://127.0.0.1:${port}/`);
}
