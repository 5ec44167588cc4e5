/**
 * The data-build tests' scaffolding: a copy of data/ and seeds/ in a temporary
 * root, one edit that must change something, and the build's messages.
 */
import { expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAtlas } from '../../../scripts/data/build.ts';
import { DataBuildError } from '../../../scripts/data/errors.ts';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

/** A copy of the project's data and seeds to break. */
export function fixture(prefix = 'atlas-data-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
  cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
  return root;
}

/** Rewrites one file of the copy; an edit that changes nothing fails the test (it would test nothing). */
export function edit(root: string, file: string, f: (s: string) => string): void {
  const p = join(root, file);
  const before = readFileSync(p, 'utf8');
  const after = f(before);
  expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
  writeFileSync(p, after);
}

/** The build's messages for the copy (none when it builds). */
export function failures(root: string, publishFile?: string): string[] {
  try {
    buildAtlas({ root, ...(publishFile ? { publishFile } : {}) });
  } catch (e) {
    if (e instanceof DataBuildError) return e.messages;
    throw e;
  }
  return [];
}
