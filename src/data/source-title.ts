/** A source's short name, shared by the panel, the map's link tooltip, the story and the handout. */
import type { Atlas, Lang, SourceRef } from './types.ts';
import { translate } from '../i18n/index.ts';

/** The document's title, or the external page's title or host. */
export function sourceTitle(atlas: Atlas, ref: SourceRef, lang: Lang): string {
  if (ref.type === 'doc') return atlas.documents.find((d) => d.id === ref.doc)?.title[lang] ?? ref.doc;
  if (ref.title) return ref.title;
  if (ref.url) {
    try {
      return new URL(ref.url).hostname;
    } catch {
      return ref.url;
    }
  }
  return translate(lang, 'source.external');
}
