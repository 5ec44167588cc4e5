/**
 * The attributes of a zone's control on either map (the SVG group, the WebGL
 * overlay's button): its name for screen readers, its pressed state, and the
 * data attributes that styles and tests read.
 */
import type { Lang, Zone } from '../../data/types.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { ZoneEmphasis } from './emphasis.ts';

export function zoneControl(z: Zone, em: ZoneEmphasis, selected: boolean, label: string): Record<string, string | boolean | number | undefined> {
  return {
    'data-map-zone': z.id,
    'data-tier': z.tier,
    'data-role': z.role,
    'data-dimmed': em.dimmed ? 'true' : undefined,
    'data-basis': em.basis ?? undefined,
    'data-compared': em.compared ?? undefined,
    'aria-pressed': selected,
    'aria-label': label,
  };
}

/** A zone's name for screen readers: its full name and its tier. */
export const zoneLabel = (z: Zone, lang: Lang, t: (k: MessageKey) => string): string =>
  `${z.name[lang]}${lang === 'zh' ? '，' : ', '}${t(z.tier === 'national' ? 'zone.national' : 'zone.provincial')}`;
