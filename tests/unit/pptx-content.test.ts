import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Atlas, SourceRef } from '../../src/data/types.ts';
import { slideContent } from '../../src/export/pptx-content.ts';
import { formatFigure } from '../../src/i18n/format.ts';

const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;
const quote = (s: SourceRef): string => (s.type === 'doc' ? s.display : s.quote);

describe('slide content (the deck says what the data says)', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`every step, ${lang}: title, caption, each figure as formatted, numbered sources, notes with the full quotes`, () => {
      for (const step of atlas.story) {
        const c = slideContent(atlas, step, lang);
        expect(c.title).toBe(step.title[lang]);
        expect(c.caption).toBe(step.caption[lang]);
        expect(c.figures).toHaveLength(step.figures?.length ?? 0);
        c.figures.forEach((f, i) => {
          const fig = atlas.figures.find((x) => x.id === step.figures?.[i]);
          if (!fig) throw new Error(`no figure ${step.figures?.[i]}`);
          const v = formatFigure(fig, lang);
          expect(f.value).toBe(`${v.prefix}${v.number}`);
          expect(f.unit).toBe(v.unit);
          // When, as the presentation says it (a figure "as of the plan" is not dated by its base year alone).
          expect(f.meta.startsWith(fig.when?.[lang] ?? String(fig.year))).toBe(true);
          // Its footnote is a source in the footer.
          expect(f.note).toBeGreaterThan(0);
          expect(f.note).toBeLessThanOrEqual(c.sources.length);
        });
        c.sources.forEach((s, i) => expect(s.startsWith(`[${i + 1}] `)).toBe(true));
        if (step.source) expect(c.captionNote).toBe(1);
        if (step.notes[lang]) expect(c.notes.startsWith(step.notes[lang].trim())).toBe(true);
        const refs = [...(step.source ? [step.source] : []), ...(step.figures ?? []).map((id) => atlas.figures.find((x) => x.id === id)!.source), ...step.notes.sources];
        for (const r of refs) expect(c.notes.replace(/\s+/g, '')).toContain(quote(r).replace(/\s+/g, ''));
      }
    });
  }

  it('a quote contained in another of the same document is given once', () => {
    const step = atlas.story.find((s) => (s.figures?.length ?? 0) > 1)!;
    const c = slideContent(atlas, step, 'zh');
    const docs = new Set([...(step.source ? [step.source] : []), ...(step.figures ?? []).map((id) => atlas.figures.find((x) => x.id === id)!.source)].map((r) => (r.type === 'doc' ? r.doc : r.url)));
    expect(c.sources).toHaveLength(docs.size);
  });
});
