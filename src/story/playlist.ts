/**
 * The story being played: the whole of data/story.yaml, or the steps a link
 * lists (?steps=title,cores,zone-benxi), in the order given. Ids were checked
 * when the URL was read (src/state/params.ts); any the atlas lacks are skipped.
 */
import type { StoryStep } from '../data/types.ts';

export function playlist(story: readonly StoryStep[], ids: readonly string[] | null): StoryStep[] {
  if (!ids?.length) return [...story];
  const byId = new Map(story.map((s) => [s.id, s] as const));
  const out = ids.flatMap((id) => byId.get(id) ?? []);
  return out.length ? out : [...story];
}
