/**
 * The Content Security Policy the built app runs under (tested in
 * tests/e2e/csp.spec.ts, documented in README for hosts). No inline scripts,
 * no eval, nothing from another origin. `frame-ancestors` is the host's
 * choice and is left out here (see docs/EMBED.md).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
