/** One-line descriptions of figures: "2015 · 全省高新区 · 在孵企业 1,455家（基数）" — what, where, when, baseline or target. */
import type { Atlas, Figure, Lang, SourceGrade } from '../data/types.ts';
import { formatFigure } from '../i18n/format.ts';
import { translate } from '../i18n/index.ts';
import { scopeLabel } from './scope.ts';
import { whenLabel } from './when.ts';
import { sourceMark, type SourceMark } from './source-mark.ts';

/** Where a figure applies; a cluster's subject ("激光产业集群") is part of it. */
export const figureScope = (atlas: Atlas, f: Figure, lang: Lang, self?: string): string => scopeLabel(atlas, f.scope, lang, f.subject, self);

export function describeFigure(atlas: Atlas, f: Figure, lang: Lang, self?: string): string {
  const kind = translate(lang, f.kind === 'target' ? 'kind.target' : 'kind.baseline');
  const value = formatFigure(f, lang).text;
  const tail = lang === 'zh' ? `（${kind}）` : ` (${kind})`;
  return `${whenLabel(f, lang)} · ${figureScope(atlas, f, lang, self)} · ${f.label[lang]} ${value}${tail}`;
}

/** Everything a figure's display shows, prepared (FigureValue takes it as its prop and reads nothing else). */
export interface FigureDisplay {
  id: string;
  kind: Figure['kind'];
  /** The year, or what the document says instead (rule i). */
  when: string;
  scope: string;
  kindLabel: string;
  label: string;
  note: string | null;
  value: ReturnType<typeof formatFigure>;
  /** Its source marker; `what` is the one-line description the source dialog shows above the quote. */
  mark: SourceMark;
}

export function figureDisplay(atlas: Atlas, f: Figure, lang: Lang, self?: string): FigureDisplay {
  return {
    id: f.id,
    kind: f.kind,
    when: whenLabel(f, lang),
    scope: figureScope(atlas, f, lang, self),
    kindLabel: translate(lang, f.kind === 'target' ? 'kind.target' : 'kind.baseline'),
    label: f.label[lang],
    note: f.note?.[lang] ?? null,
    value: formatFigure(f, lang),
    mark: sourceMark(atlas, f.source, describeFigure(atlas, f, lang, self), lang),
  };
}

/** How many outside facts the publisher's minimum grade left out (of one zone, or of the whole atlas), and that grade. */
export interface Omitted { count: number; grade: SourceGrade | null }

export function omittedFacts(atlas: Atlas | null, zone?: string): Omitted {
  const publish = atlas?.publish;
  if (!publish) return { count: 0, grade: null };
  return { count: publish.omitted.filter((o) => zone === undefined || o.zone === zone).length, grade: publish.minExternalGrade };
}
