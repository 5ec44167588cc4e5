/**
 * The one source dialog of the panel area: a view opens it for one of its
 * markers (SourceMarker's `onopen`), and it gives focus back to the marker
 * when it closes.
 */
import { getContext, setContext } from 'svelte';
import type { SourceRef } from '../data/types.ts';
import type { OpenSource } from './source-mark.ts';

export class SourceViewer {
  ref = $state.raw<SourceRef | null>(null);
  /** What the sourced item is ("2015 · 本园区 · GDP占比 3.6%"), shown above the quote. */
  what = $state('');
  opener: HTMLElement | null = null;

  /** The command a view passes to its markers (`onopen={sources.open}`): a field, so it needs no binding. */
  open: OpenSource = (mark, opener) => {
    this.opener = opener;
    this.what = mark.what;
    this.ref = mark.source;
  };

  /** Called by the dialog's close event: forget the source, return focus. */
  closed(): void {
    this.ref = null;
    const o = this.opener;
    this.opener = null;
    if (o?.isConnected) o.focus();
  }
}

export { sourceTitle } from '../data/source-title.ts';

const KEY = Symbol('sources');
export const provideSources = (v: SourceViewer): SourceViewer => setContext(KEY, v);
export const useSources = (): SourceViewer => getContext<SourceViewer>(KEY);
