/**
 * What a figure's scope is called ("大连市", "大连自创区（高新区、金普新区）", "国家级高新区", …). A figure
 * is never shown without it: a tier total must read as a tier total.
 */
import type { Atlas, I18n, Lang, Scope } from '../data/types.ts';
import { translate } from '../i18n/index.ts';

/** "city:dalian", "zones": the scope as one string (CSV column, grouping key). */
export const scopeKey = (s: Scope): string => (s.id ? `${s.level}:${s.id}` : s.level);

/** The city's name as used inside a phrase: 大连市 → 大连 ("大连全市"). */
function cityName(atlas: Atlas, id: string | undefined, lang: Lang): string {
  const c = atlas.cities.find((x) => x.id === id);
  if (!c) return id ?? '';
  return lang === 'zh' ? c.name.zh.replace(/市$/, '') : c.name.en;
}

/**
 * The scope's label in a language. `self` is the zone whose panel this is:
 * its own figures read "本园区" there, and its name elsewhere.
 */
export function scopeLabel(atlas: Atlas, scope: Scope, lang: Lang, subject?: I18n, self?: string): string {
  switch (scope.level) {
    case 'zone': {
      if (self && scope.id === self) return translate(lang, 'scope.zone');
      const z = atlas.zones.find((x) => x.id === scope.id);
      return z ? z.name[lang] : (scope.id ?? '');
    }
    case 'city':
      return translate(lang, 'scope.city', { city: cityName(atlas, scope.id, lang) });
    case 'cluster':
      return subject
        ? translate(lang, 'scope.cluster', { city: cityName(atlas, scope.id, lang), subject: subject[lang] })
        : translate(lang, 'scope.clusters', { city: cityName(atlas, scope.id, lang) });
    case 'tier':
      return translate(lang, scope.id === 'provincial' ? 'scope.tier.provincial' : 'scope.tier.national');
    case 'zones':
      return translate(lang, 'scope.zones');
    case 'province':
      return translate(lang, 'scope.province');
    case 'demo':
      // 大连自创区 is Dalian's part of the Shenyang–Dalian zone (高新区 + 金普新区): never "all of Dalian".
      return translate(lang, scope.id === 'dalian' ? 'scope.demo.dalian' : 'scope.demo');
    case 'peer':
      return translate(lang, 'scope.peer');
  }
}
