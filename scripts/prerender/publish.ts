/**
 * The prerender's part of data/publish.yaml: `site_url`, the address the atlas
 * is published at. With it the pages name absolute canonical addresses and the
 * build writes sitemap.xml; without it the links stay relative and there is no
 * sitemap. A bad value stops the build with the file, the key and the reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

const SITE_URL = /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?\/$/;

export function readSiteUrl(file: string): string | null {
  if (!existsSync(file)) return null;
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: is not valid YAML (${(e as Error).message})`);
  }
  const v = doc && typeof doc === 'object' ? (doc as Record<string, unknown>).site_url : undefined;
  if (v === undefined || v === null || v === '') return null;
  if (typeof v !== 'string' || !SITE_URL.test(v)) {
    throw new Error(`${file}: site_url: must be an http(s) address ending in "/" (e.g. https://www.example.gov.cn/atlas/), got ${JSON.stringify(v)}`);
  }
  return v;
}

export function sitemap(siteUrl: string, paths: readonly string[]): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${paths.map((p) => `  <url><loc>${esc(siteUrl + p)}</loc></url>`).join('\n')}
</urlset>
`;
}
