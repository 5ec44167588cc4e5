/** story.yaml: the steps of presentation mode, every number of a caption or note backed by a sentence. */
import type * as S from '../schema.ts';
import type { In } from '../files.ts';
import { unsupportedNumbers } from '../story-numbers.ts';
import type { ReadContext } from './context.ts';
import type { Docs } from './documents.ts';
import type { Figure, StoryStep } from '../../../src/data/types.ts';

export interface StoryDeps {
  zoneIds: ReadonlySet<string>;
  figures: readonly Figure[];
  figureIds: ReadonlySet<string>;
  docs: Docs;
  /** The belt's threshold, a number a caption may state; undefined without a belt. */
  thresholdKm: number | undefined;
}

export function readStory(stepsIn: readonly In<typeof S.StoryStepIn>[], file: string, { errors, source }: ReadContext, { zoneIds, figures, figureIds, docs, thresholdKm }: StoryDeps): StoryStep[] {
  const figureById = new Map(figures.map((f) => [f.id, f] as const));
  return stepsIn.map((s) => {
    if (s.zone && !zoneIds.has(s.zone)) errors.add(file, s.id, `unknown zone "${s.zone}"`);
    for (const z of s.highlight ?? []) if (!zoneIds.has(z)) errors.add(file, s.id, `unknown zone "${z}" in highlight`);
    for (const f of s.figures ?? []) if (!figureIds.has(f)) errors.add(file, s.id, `unknown figure "${f}"`);
    const src = s.source ? source(file, s.id, s.source) ?? undefined : undefined;
    const noteSources = (s.notes.sources ?? []).flatMap((n) => source(file, `${s.id} notes`, n) ?? []);
    // Every number of the caption and the notes must be written, as written, in a sentence the step rests on
    // (the step's, the notes', its figures'); also allowed: a figure's year unless it only files an undated
    // sentence (`when`), the years of the documents quoted ("as of the plan, 2016"), the belt's threshold.
    const refs = [src, ...noteSources, ...(s.figures ?? []).map((id) => figureById.get(id)?.source)];
    const sentences = refs.flatMap((r) => (r ? [r.type === 'doc' ? r.display : r.quote] : []));
    const docYears = refs.flatMap((r) => (r?.type === 'doc' ? [docs.get(r.doc)?.meta.date.slice(0, 4) ?? ''] : []));
    const stated = [...(s.figures ?? []).flatMap((id) => { const f = figureById.get(id); return f && !f.when ? [f.year] : []; }), ...docYears, ...(thresholdKm !== undefined ? [thresholdKm] : [])];
    for (const [part, text] of [['caption', s.caption], ['notes', s.notes]] as const) {
      for (const lang of ['zh', 'en'] as const) {
        const bad = unsupportedNumbers(text[lang], lang, sentences, stated);
        if (bad.length) errors.add(file, s.id, `${part}.${lang}: ${bad.join(', ')} not in the step's source, notes sources or figures`);
      }
    }
    return { id: s.id, title: s.title, caption: s.caption, layers: s.layers, zone: s.zone, highlight: s.highlight, camera: s.camera, figures: s.figures, source: src, notes: { zh: s.notes.zh, en: s.notes.en, sources: noteSources } };
  });
}
