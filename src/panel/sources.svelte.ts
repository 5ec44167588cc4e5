/**
 * The one source dialog of the panel area: markers ask it to open with a
 * source, and it gives focus back to the marker when it closes.
 */
import { getContext, setContext } from 'svelte';
import type { Atlas, Lang, SourceRef } from '../data/types.ts';
import { translate } from '../i18n/index.ts';

export class SourceViewer {
  ref = $state.raw<SourceRef | null>(null);
  /** What the sourced item is ("2015 · 本园区 · GDP占比 3.6%"), shown above the quote. */
  what = $state('');
  opener: HTMLElement | null = null;

  open(ref: SourceRef, what: string, opener: HTMLElement | null): void {
    this.opener = opener;
    this.what = what;
    this.ref = ref;
  }

  /** Called by the dialog's close event: forget the source, return focus. */
  closed(): void {
    this.ref = null;
    const o = this.opener;
    this.opener = null;
    if (o?.isConnected) o.focus();
  }
}

/** A source's short name: the document title, or the external page's title or host. */
export function sourceTitle(atlas: Atlas, ref: SourceRef, lang: Lang): string {
  if (ref.type === 'doc') return atlas.documents.find((d) => d.id === ref.doc)?.title[lang] ?? ref.doc;
  if (ref.title) return ref.title;
  if (ref.url) {
    try {
      return new URL(ref.url).hostname;
    } catch {
      return ref.url;
    }
  }
  return translate(lang, 'source.external');
}

const KEY = Symbol('sources');
export const provideSources = (v: SourceViewer): SourceViewer => setContext(KEY, v);
export const useSources = (): SourceViewer => getContext<SourceViewer>(KEY);
