/** documents.yaml: each document's range in its seed, its text as shown, and the one plan. */
import type * as S from '../schema.ts';
import type { DataErrors } from '../errors.ts';
import type { In } from '../files.ts';
import { squeeze, correct } from '../text.ts';
import type { DocumentMeta } from '../../../src/data/types.ts';

/** A document as the build checks quotes against it. */
export interface DocCtx {
  meta: DocumentMeta;
  /** The seed's text inside the document's range, as the seed has it. */
  raw: string;
  index: ReturnType<typeof squeeze>;
  /** The text shown to readers: the seed's defects corrected. */
  corrected: ReturnType<typeof correct>;
}
export type Docs = ReadonlyMap<string, DocCtx>;

/** `seedText` gives a seed file's text (null when it is missing), so this reads no file itself. */
export function readDocuments(docsIn: readonly In<typeof S.DocumentIn>[], file: string, errors: DataErrors, seedText: (seed: string) => string | null): Map<string, DocCtx> {
  const docs = new Map<string, DocCtx>();
  for (const d of docsIn) {
    if (docs.has(d.id)) errors.add(file, d.id, 'duplicate id');
    const seed = seedText(d.seed);
    if (seed === null) {
      errors.add(file, d.id, `seed file ${d.seed} not found`);
      continue;
    }
    const start = seed.indexOf(d.range.starts);
    const endAt = start < 0 ? -1 : seed.indexOf(d.range.ends, start);
    if (start < 0) { errors.add(file, d.id, `range.starts not found in ${d.seed}`); continue; }
    if (endAt < 0) { errors.add(file, d.id, `range.ends not found after range.starts in ${d.seed}`); continue; }
    const end = endAt + d.range.ends.length;
    const raw = seed.slice(start, end);
    const corrections = d.corrections ?? [];
    for (const c of corrections) if (!raw.includes(c.find)) errors.add(file, d.id, `correction "${c.find}" does not occur in the document`);
    docs.set(d.id, {
      meta: {
        id: d.id, title: d.title, issuer: d.issuer, date: d.date, number: d.number, seed: d.seed,
        range: [start, end], defects: d.defects, corrections: d.corrections, liaoning: d.liaoning ?? true, plan: d.plan ?? false,
      },
      raw, index: squeeze(raw), corrected: correct(raw, corrections),
    });
  }
  const plans = docsIn.filter((d) => d.plan).map((d) => d.id);
  if (plans.length > 1) errors.add(file, plans.join(', '), 'only one document can be the plan (plan: true)');
  return docs;
}
