/**
 * The built app served for the engine suites as a host would: the strict CSP header (scripts/csp.ts), a
 * folder's address serving its index.html. One addition for the tests: every HTML page gets, first in
 * its <head>, a same-origin classic script that records page errors, unhandled rejections, failed
 * resources and CSP violations in window.__engineErrors — classic WebDriver has no event for them.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import handler from 'serve-handler';
import { CSP } from '../../scripts/csp.ts';

export const HOOK_PATH = '/__engine-errors.js';
const HOOK = `(function () {
  var errors = window.__engineErrors = [];
  addEventListener('error', function (e) {
    var t = e.target;
    if (t && t !== window && t.tagName) errors.push('failed to load: ' + t.tagName + ' ' + (t.src || t.href || ''));
    else errors.push('error: ' + (e.message || String(e.error)));
  }, true);
  addEventListener('unhandledrejection', function (e) { errors.push('unhandled rejection: ' + String(e.reason && e.reason.stack || e.reason)); });
  document.addEventListener('securitypolicyviolation', function (e) { errors.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI); });
})();
`;

export function serveForEngines(dir: string, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    res.setHeader('Content-Security-Policy', CSP);
    const [path = '/', query] = (req.url ?? '/').split('?');
    if (path === HOOK_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      res.end(HOOK);
      return;
    }
    const page = path.endsWith('/') ? `${path}index.html` : path;
    if (page.endsWith('.html')) {
      const file = join(dir, normalize(decodeURIComponent(page)).replace(/^(\.\.[/\\])+/, ''));
      readFile(file, 'utf8').then(
        (html) => {
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          res.end(html.replace(/<head>/i, `<head><script src="${HOOK_PATH}"></script>`));
        },
        () => {
          res.writeHead(404, { 'Content-Type': 'text/plain' });
          res.end('not found');
        },
      );
      return;
    }
    req.url = `${path}${query === undefined ? '' : `?${query}`}`;
    void handler(req, res, { public: dir, cleanUrls: false, directoryListing: false });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) }),
    );
  });
}
