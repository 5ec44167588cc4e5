/**
 * A record's source, verified: a seed quote must occur in its document (once, or
 * `occurrence` says which), an outside source needs a url or a title. What the
 * app shows is returned; a source that fails is reported and gives null.
 */
import type * as S from '../schema.ts';
import type { DataErrors } from '../errors.ts';
import type { In } from '../files.ts';
import { locateAll, correct } from '../text.ts';
import type { Docs } from './documents.ts';
import type { SourceRef, ExternalRef } from '../../../src/data/types.ts';

export type CheckSource = (file: string, record: string, src: In<typeof S.Source>) => SourceRef | null;

export function sourceChecker(docs: Docs, errors: DataErrors): CheckSource {
  return (file, record, src) => {
    if ('doc' in src) {
      const d = docs.get(src.doc);
      if (!d) { errors.add(file, record, `unknown document "${src.doc}"`); return null; }
      const all = locateAll(d.raw, src.quote, d.index);
      if (all.length > 1 && src.occurrence === undefined) {
        errors.add(file, record, `quote occurs ${all.length} times in ${src.doc}: give occurrence (1–${all.length}) to say which is meant`);
        return null;
      }
      if (src.occurrence !== undefined && src.occurrence > all.length) {
        errors.add(file, record, `occurrence ${src.occurrence}, but the quote occurs ${all.length} time(s) in ${src.doc}`);
        return null;
      }
      const at = all[(src.occurrence ?? 1) - 1];
      if (!at) {
        const hint = d.meta.corrections?.length ? ` (quote the seed as it is: it has ${d.meta.corrections.map((c) => `"${c.find}" for "${c.replace}"`).join(', ')})` : '';
        errors.add(file, record, `quote not found in ${src.doc} (${d.meta.seed})${hint}: "${src.quote.slice(0, 60)}${src.quote.length > 60 ? '…' : ''}"`);
        return null;
      }
      const { text: display } = correct(src.quote, d.meta.corrections ?? []);
      const ref: SourceRef = {
        type: 'doc', doc: src.doc, quote: src.quote, display,
        start: d.corrected.mapOffset(at.start, 'start'), end: d.corrected.mapOffset(at.end, 'end'),
        record: { file, id: record },
      };
      if (src.occurrence !== undefined) ref.occurrence = src.occurrence;
      if (display !== src.quote) {
        const notes = (d.meta.corrections ?? []).filter((c) => src.quote.includes(c.find)).map((c) => c.note);
        ref.corrected = { zh: notes.map((n) => n.zh).join(' '), en: notes.map((n) => n.en).join(' ') };
      }
      return ref;
    }
    if (!src.url && !src.title) { errors.add(file, record, 'an external source needs a url or a title'); return null; }
    const ext: ExternalRef = { type: 'external', url: src.url, title: src.title, quote: src.quote, grade: src.grade, record: { file, id: record } };
    if (src.read_at) ext.readAt = src.read_at;
    if (src.publisher) ext.publisher = src.publisher;
    if (src.date) ext.date = src.date;
    return ext;
  };
}
