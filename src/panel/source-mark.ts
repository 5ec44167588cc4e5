/**
 * What a "[来源]" marker shows, prepared by the view that places it, so the
 * marker (SourceMarker.svelte) reads no app state: its text, its accessible
 * name with the document's title, and what the Source dialog says it sources.
 */
import type { Atlas, Lang, SourceRef } from '../data/types.ts';
import { translate } from '../i18n/index.ts';
import { sourceTitle } from '../data/source-title.ts';

export interface SourceMark {
  source: SourceRef;
  /** The marker's text: 来源 / Source. */
  text: string;
  /** Its accessible name: 来源：<the document's title>. */
  label: string;
  /** What the sourced item is ("2015 · 本园区 · GDP占比 3.6%"): the dialog shows it above the quote. */
  what: string;
}

/** Opens the Source dialog for a marker; focus goes back to `opener` when it closes. */
export type OpenSource = (mark: SourceMark, opener: HTMLElement) => void;

/** Before the atlas has loaded the label has no title (as the marker always did). */
export function sourceMark(atlas: Atlas | null, source: SourceRef, what: string, lang: Lang): SourceMark {
  const title = atlas ? sourceTitle(atlas, source, lang) : '';
  return { source, what, text: translate(lang, 'source.marker'), label: translate(lang, 'source.markerLabel', { title }) };
}
