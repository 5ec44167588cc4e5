/**
 * Arrow keys on a map zone walk the visible zones in the data's order (both
 * maps share it, so keyboard users meet the same order on either renderer).
 */
export function arrowStep(key: string): 1 | -1 | 0 {
  return key === 'ArrowRight' || key === 'ArrowDown' ? 1 : key === 'ArrowLeft' || key === 'ArrowUp' ? -1 : 0;
}

/** The zone `step` places after `id` in `list`, wrapping round. */
export function neighbour<T extends { id: string }>(list: readonly T[], id: string, step: 1 | -1): T | undefined {
  const i = list.findIndex((x) => x.id === id);
  return list[(i + step + list.length) % list.length];
}

/** The zone an arrow key on `id` moves to (the key's default is then prevented); undefined for other keys. */
export function arrowTarget<T extends { id: string }>(e: KeyboardEvent, list: readonly T[], id: string): T | undefined {
  const step = arrowStep(e.key);
  if (!step) return undefined;
  e.preventDefault();
  return neighbour(list, id, step);
}

/** Focuses the control of zone `id` inside a map's own root; true if it took focus. */
export function focusZoneIn(root: ParentNode | undefined, id: string): boolean {
  const el = root?.querySelector<HTMLElement | SVGElement>(`[data-map-zone="${CSS.escape(id)}"]`);
  el?.focus();
  return !!el && document.activeElement === el;
}
