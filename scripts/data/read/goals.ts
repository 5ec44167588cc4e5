/** goals.yaml: aims, tasks and facts in the documents' own words (data/README.md, rule f). */
import type * as S from '../schema.ts';
import { uniqueIds, type In } from '../files.ts';
import { stripSpace } from '../text.ts';
import { quotedPieces } from '../rules.ts';
import type { ReadContext } from './context.ts';
import type { Docs } from './documents.ts';
import type { Goal } from '../../../src/data/types.ts';

export function readGoals(goalsIn: readonly In<typeof S.GoalIn>[], file: string, { errors, source }: ReadContext, { zoneIds, docs }: { zoneIds: ReadonlySet<string>; docs: Docs }): Goal[] {
  const goals: Goal[] = goalsIn.flatMap((g) => {
    for (const z of g.zones) if (!zoneIds.has(z)) errors.add(file, g.id, `unknown zone "${z}"`);
    const src = source(file, g.id, g.source);
    // Rule f: the zh text is the sentence itself; where words are left out it shows …… there.
    const d = docs.get(g.source.doc);
    if (src && d) {
      const missing = quotedPieces(g.text.zh).filter((piece) => !stripSpace(d.corrected.text).includes(piece));
      if (missing.length) errors.add(file, g.id, `text.zh is not the document's words (mark left-out words with ……): "${missing[0]?.slice(0, 40)}" is not in ${g.source.doc}`);
    }
    return src ? [{ id: g.id, zones: g.zones, kind: g.kind ?? 'goal', year: g.year, ...(g.when ? { when: g.when } : {}), title: g.title, text: g.text, source: src }] : [];
  });
  uniqueIds(goals, file, errors);
  return goals;
}
