import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP, START_SCRIPT, START_SCRIPT_HASH } from '../../scripts/csp.ts';

const root = join(import.meta.dirname, '../..');

describe('the Content Security Policy', () => {
  it('allows scripts from the origin and the one inline starter, by its hash; no unsafe-inline, no eval', () => {
    const scriptSrc = CSP.split('; ').find((d) => d.startsWith('script-src '));
    const hash = `'sha256-${createHash('sha256').update(START_SCRIPT, 'utf8').digest('base64')}'`;
    expect(scriptSrc).toBe(`script-src 'self' ${hash}`);
    expect(START_SCRIPT_HASH).toBe(hash);
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
  it('the inline starter is public/start.js without its comments, and cannot end its <script> early', () => {
    expect(START_SCRIPT).toContain('data-start');
    expect(START_SCRIPT).toContain('app-start');
    expect(START_SCRIPT).not.toMatch(/<\/script|<!--|\/\*/i);
  });
  it('is the policy the README gives hosts, word for word', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const block = /## Security[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block?.replace(/\s+/g, ' ').trim()).toBe(CSP);
  });
});
