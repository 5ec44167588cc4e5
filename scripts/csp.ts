/**
 * The Content Security Policy the built app runs under (tested in
 * tests/e2e/csp.spec.ts, documented in README for hosts). No eval, nothing
 * from another origin, and one inline script: the starter (public/start.js),
 * which the build writes into the prerendered pages (scripts/prerender/site.ts)
 * so that the first paint waits for no request but the stylesheet; the policy
 * allows exactly that script, by its hash. `frame-ancestors` is the host's
 * choice and is left out here (see docs/EMBED.md).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

/**
 * The starter as the pages carry it inline (the prerender writes this text): minified, without its
 * comments, in the same ES5 (esbuild fails rather than write newer syntax for the es5 target).
 */
export const START_SCRIPT = transformSync(readFileSync(new URL('../public/start.js', import.meta.url), 'utf8'), { loader: 'js', minify: true, target: 'es5' }).code.trim();
export const START_SCRIPT_HASH = `'sha256-${createHash('sha256').update(START_SCRIPT, 'utf8').digest('base64')}'`;

export const CSP = [
  "default-src 'self'",
  `script-src 'self' ${START_SCRIPT_HASH}`,
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

// `npx tsx scripts/csp.ts` prints the policy, for a host's server configuration.
if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) console.log(CSP);
