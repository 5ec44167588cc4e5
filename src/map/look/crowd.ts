/**
 * Where zones crowd: which zones one aggregate symbol can stand for at the current
 * scale, so a map of hundreds of zones draws tens of symbols (and tens of DOM nodes)
 * where they would overlap anyway. Pure, in screen pixels, for either renderer to use:
 * zones are bucketed on a grid of `cellPx` squares (about a symbol's size); a cell
 * holding `minGroup` or more zones becomes one group at its members' centre, the
 * others stay single. Zones in `keep` (the selected one, the compared, a story's) are
 * never folded into a group. The zone list (ZoneList.svelte) still lists every zone.
 */
export interface CrowdPoint { id: string; x: number; y: number }
export interface CrowdGroup { ids: string[]; x: number; y: number }
export interface Crowd { singles: string[]; groups: CrowdGroup[] }

export function crowd(points: readonly CrowdPoint[], cellPx: number, keep: ReadonlySet<string> = new Set(), minGroup = 3): Crowd {
  const cells = new Map<string, CrowdPoint[]>();
  const singles: string[] = [];
  for (const p of points) {
    if (keep.has(p.id)) { singles.push(p.id); continue; }
    const key = `${Math.floor(p.x / cellPx)},${Math.floor(p.y / cellPx)}`;
    const list = cells.get(key);
    if (list) list.push(p);
    else cells.set(key, [p]);
  }
  const groups: CrowdGroup[] = [];
  for (const members of cells.values()) {
    if (members.length < minGroup) { for (const m of members) singles.push(m.id); continue; }
    const x = members.reduce((a, m) => a + m.x, 0) / members.length;
    const y = members.reduce((a, m) => a + m.y, 0) / members.length;
    groups.push({ ids: members.map((m) => m.id), x, y });
  }
  // The input's order for singles (draw order = rank order upstream).
  const order = new Map(points.map((p, i) => [p.id, i]));
  singles.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return { singles, groups };
}
