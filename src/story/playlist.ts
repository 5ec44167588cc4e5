/**
 * The story being played: the whole of data/story.yaml, or the steps a link
 * lists (?steps=title,cores,zone-benxi), in the order given. Ids were checked
 * when the URL was read (src/state/params.ts); any the atlas lacks are skipped.
 */
import type { StoryStep } from '../data/types.ts';
import { serializeParams, type ReadonlyView } from '../state/params.ts';

export function playlist(story: readonly StoryStep[], ids: readonly string[] | null): StoryStep[] {
  if (!ids?.length) return [...story];
  const byId = new Map(story.map((s) => [s.id, s] as const));
  const out = ids.flatMap((id) => byId.get(id) ?? []);
  return out.length ? out : [...story];
}

/**
 * The query string of a presentation of `ids` (in that order) for the Share dialog: the reader's
 * language and display options kept, the exploring state (zone, filters, embed) left out. The
 * whole story in its own order needs no steps= at all.
 */
export function presentationQuery(view: ReadonlyView, ids: readonly string[], story: readonly { id: string }[]): string {
  const whole = ids.length === story.length && ids.every((id, i) => story[i]?.id === id);
  return serializeParams({
    ...view,
    mode: 'present', steps: whole || ids.length === 0 ? null : [...ids], step: null, view: 'audience', autoplay: null,
    zone: null, industry: null, compare: [], embed: false, parentOrigin: [],
  });
}
