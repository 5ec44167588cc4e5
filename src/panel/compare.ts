/** The comparison list: 2–3 zones (the URL's ?compare= accepts only that many). */
export const MAX_COMPARE = 3;

/** Adds the zone (up to MAX_COMPARE) or removes it. */
export function toggleCompare(list: readonly string[], id: string): string[] {
  if (list.includes(id)) return list.filter((x) => x !== id);
  return list.length >= MAX_COMPARE ? [...list] : [...list, id];
}
