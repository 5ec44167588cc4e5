/**
 * The story's captions and speaker notes in the data build: every number must be
 * written in a sentence the step rests on; a step without notes is refused. Each
 * test copies data/ and seeds/, breaks one step, and expects file, record, reason.
 */
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAtlas } from '../../scripts/data/build.ts';
import { DataBuildError } from '../../scripts/data/errors.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function withStory(f: (s: string) => string): string[] {
  const root = mkdtempSync(join(tmpdir(), 'atlas-story-'));
  cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
  cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
  const p = join(root, 'data', 'story.yaml');
  const before = readFileSync(p, 'utf8');
  const after = f(before);
  expect(after).not.toBe(before);
  writeFileSync(p, after);
  try {
    buildAtlas({ root });
  } catch (e) {
    if (e instanceof DataBuildError) return e.messages;
    throw e;
  }
  return [];
}

describe('story captions and notes in the data build', () => {
  it('the real story builds, every step with notes in both languages', () => {
    const { atlas } = buildAtlas({ root: ROOT });
    for (const s of atlas.story) {
      expect(s.notes.zh.length, s.id).toBeGreaterThan(0);
      expect(s.notes.en.length, s.id).toBeGreaterThan(0);
    }
  });
  it('refuses a year the sentence does not give (rule i)', () => {
    const msgs = withStory((s) => s.replace('zh: 规划列出的各高新区GDP占所在市GDP比例中，辽阳高新区为16.9%', 'zh: 2015年，规划列出的各高新区GDP占所在市GDP比例中，辽阳高新区为16.9%'));
    expect(msgs).toContainEqual(expect.stringMatching(/data\/story\.yaml: zone-liaoyang: caption\.zh: 2015 not in/));
  });
  it('refuses a rounded figure in an English note (rule g)', () => {
    const msgs = withStory((s) => s.replace('enterprise R&D spending is 2.0% of sales', 'enterprise R&D spending is 2% of sales'));
    expect(msgs).toContainEqual(expect.stringMatching(/zone-shenyang: notes\.en: 2 not in/));
  });
  it('refuses a count the sentence does not write', () => {
    const msgs = withStory((s) => s.replace('这句话说的是这一组高新区', '这句话说的是6家高新区这一组'));
    expect(msgs).toContainEqual(expect.stringMatching(/zone-yingkou: notes\.zh: 6 not in/));
  });
  it('refuses a step without notes, and a notes quote not in its document', () => {
    const noNotes = withStory((s) => s.replace(/\n {2}notes:\n {4}zh: 这是规划给抚顺[^\n]*\n {4}en: [^\n]*\n/, '\n'));
    expect(noNotes).toContainEqual(expect.stringMatching(/story\.yaml: zone-huludao: notes/));
    const badQuote = withStory((s) => s.replace('接受沈大示范区辐射,承接示范区的技术转移和产业转移', '接受沈大示范区辐射,承接全部产业转移'));
    expect(badQuote).toContainEqual(expect.stringMatching(/story\.yaml: title notes: quote not found in shenda-2016/));
  });
});
