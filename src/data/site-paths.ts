/**
 * Where each prerendered page lives (scripts/prerender), as a path from the site's root ('' = the
 * home page), and how one page links to another: always relative, so the
 * build works from any folder of a host's site (and from disk).
 */
import type { Lang } from './types.ts';

export const homePath = (lang: Lang): string => (lang === 'zh' ? '' : 'en/');
/** The home page as text, for a reader whom no app serves: English's home is one already; Chinese's is beside the app. */
export const textHomePath = (lang: Lang): string => (lang === 'zh' ? 'zh/' : homePath('en'));
export const zonePath = (lang: Lang, id: string): string => `${homePath(lang)}zone/${id}/`;
/** The documents are Chinese texts: one page each, linked from both languages. */
export const docPath = (id: string): string => `doc/${id}/`;

/** The link from the page at `from` to the page (or file) at `to`, both root paths. */
export function relative(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  return '../'.repeat(depth) + to || './';
}

/** The address a search engine should keep: absolute when the site's address is configured. */
export const absolute = (siteUrl: string | null, path: string, from: string): string => (siteUrl ? siteUrl + path : relative(from, path));
