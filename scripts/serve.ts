/**
 * Serves dist/ as a host would — compressed (gzip), with the strict CSP
 * header — for the CSP test and the benchmark (an uncompressed server would
 * make every size and load time several times worse than any real host).  npx tsx scripts/serve.ts [--port 4174] [--dir dist] [--no-csp]
 */
import { createServer } from 'node:http';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import handler from 'serve-handler';
import compression from 'compression';
import { CSP } from './csp.ts';

export function serve(dir: string, port: number, csp = true): Promise<() => Promise<void>> {
  const compress = compression();
  const server = createServer((req, res) => {
    if (csp) res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // compression is written for Express; on a plain node:http server it needs only what these types share.
    type Req = Parameters<typeof compress>[0];
    type Res = Parameters<typeof compress>[1];
    compress(req as Req, res as unknown as Res, () => {
      // A folder's address serves its index.html, as any web server does (the prerendered zone/<id>/ pages).
      const [path = '/', query] = (req.url ?? '/').split('?');
      if (path.endsWith('/')) req.url = `${path}index.html${query === undefined ? '' : `?${query}`}`;
      void handler(req, res, { public: dir, cleanUrls: false, directoryListing: false, rewrites: [{ source: '/', destination: '/index.html' }] });
    });
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
