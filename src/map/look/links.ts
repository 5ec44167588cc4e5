/**
 * How a link and the belt look: width, dash, opacity, arrowhead. A link is
 * drawn with an arrowhead only when its sentence states a direction
 * (`directed`: 000's spillover from the two cores, 沈本一体化); a grouping of
 * cities (沈大鞍, 辽宁中部) is drawn as plain lines between its members.
 */
import type { Link } from '../../data/types.ts';

type Kind = Link['kind'];

export interface LinkLook {
  /** Line width at scale 1 (px). */
  width: number;
  /** Dash pattern in line widths (MapLibre) — the SVG map multiplies by its width; null = solid. */
  dash: readonly [number, number] | null;
  opacity: number;
  /** Arrowhead size (icon scale) and opacity, when the link has one. */
  arrowSize: number;
  arrowOpacity: number;
}

export const LINK_LOOK: Record<Kind, LinkLook> = {
  special: { width: 2.4, dash: null, opacity: 0.95, arrowSize: 1.05, arrowOpacity: 0.95 },
  general: { width: 1, dash: [4, 4], opacity: 0.55, arrowSize: 0.6, arrowOpacity: 0.75 },
};
/** A link (or arrowhead) whose target is not brought forward fades to this. */
export const DIM_LINK_OPACITY = 0.15;

/**
 * Whether the link fades while some zones are brought forward: a directed link
 * stays with the zone it reaches, a grouping with either of its members.
 */
export const linkDimmed = (l: Pick<Link, 'from' | 'to' | 'directed'>, highlighted: ReadonlySet<string> | null): boolean =>
  highlighted !== null && !highlighted.has(l.to) && (l.directed || !highlighted.has(l.from));

/** An arrowhead only where the sentence gives a direction. */
export const hasArrow = (l: Pick<Link, 'directed'>): boolean => l.directed;

/** The belt: a broad translucent band under a thin line. */
export const BELT_LINE_WIDTH = 3;
export const BELT_LABEL_PX = 12;
