/**
 * The one source dialog of the panel area: markers ask it to open with a
 * source, and it gives focus back to the marker when it closes.
 */
import { getContext, setContext } from 'svelte';
import type { SourceRef } from '../data/types.ts';

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

export { sourceTitle } from '../data/source-title.ts';

const KEY = Symbol('sources');
export const provideSources = (v: SourceViewer): SourceViewer => setContext(KEY, v);
export const useSources = (): SourceViewer => getContext<SourceViewer>(KEY);
