/**
 * What one slide of the deck says, from the data alone (pure, unit-tested in
 * tests/unit/pptx-content.test.ts): the step's title and caption, its key
 * figures as written in the presentation (value, unit, label, year, scope,
 * baseline or target), the sources numbered as on screen for the footer, and
 * the speaker notes: the step's notes, then every source with its full quotes.
 */
import type { Atlas, Figure, Lang, StoryStep } from '../data/types.ts';
import { formatFigure } from '../i18n/format.ts';
import { PUNCT, translate } from '../i18n/index.ts';
import { figureScope } from '../panel/describe.ts';
import { whenLabel } from '../panel/when.ts';
import { cite, type Cited } from '../story/citations.ts';
import { sourceTitle } from '../data/source-title.ts';

export interface SlideFigure { value: string; unit: string; label: string; meta: string; target: boolean; note: number }
export interface SlideContent {
  id: string;
  title: string;
  caption: string;
  /** The caption's source number (0: none). */
  captionNote: number;
  figures: SlideFigure[];
  /** The footer: "[1] title", one per source. */
  sources: string[];
  notes: string;
}


export function slideContent(atlas: Atlas, step: StoryStep, lang: Lang): SlideContent {
  const t = (k: Parameters<typeof translate>[1]): string => translate(lang, k);
  const byId = new Map(atlas.figures.map((f) => [f.id, f] as const));
  const figures: Figure[] = (step.figures ?? []).flatMap((id) => byId.get(id) ?? []);
  const cited: Cited[] = [];
  const captionNote = step.source ? cite(cited, step.source) : 0;
  const figs = figures.map((f): SlideFigure => {
    const v = formatFigure(f, lang);
    return {
      value: `${v.prefix}${v.number}`,
      unit: v.unit,
      label: f.label[lang],
      meta: `${whenLabel(f, lang)} · ${figureScope(atlas, f, lang)} · ${t(f.kind === 'target' ? 'kind.target' : 'kind.baseline')}`,
      target: f.kind === 'target',
      note: cite(cited, f.source),
    };
  });
  const onScreen = cited.length;
  // The notes' own sources come after those on the slide (numbered on, not shown in the footer).
  for (const s of step.notes?.sources ?? []) cite(cited, s);
  const { colon } = PUNCT[lang];
  const line = (c: Cited, i: number): string =>
    `[${i + 1}] ${sourceTitle(atlas, c.ref, lang)}${c.ref.type === 'external' ? ` (${t('source.external')})` : ''}${colon}${c.quotes.map((q) => `“${q}”`).join(' … ')}`;
  const noteText = step.notes?.[lang]?.trim() ?? '';
  return {
    id: step.id,
    title: step.title[lang],
    caption: step.caption[lang],
    captionNote,
    figures: figs,
    sources: cited.slice(0, onScreen).map((c, i) => `[${i + 1}] ${sourceTitle(atlas, c.ref, lang)}`),
    notes: [noteText, cited.length ? `${t('deck.sources')}${colon}` : '', ...cited.map(line)].filter(Boolean).join('\n'),
  };
}
