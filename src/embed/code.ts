/**
 * The HTML a host pastes to embed the atlas (the Share / Embed dialog).
 * Pure: every value is attribute-escaped, so a review number or any other
 * URL option cannot break out of the markup.
 */
export type Aspect = 'auto' | '16:9' | '4:3' | '1:1';

export interface EmbedOptions {
  /** The embed URL (?embed=1 and the view's options). */
  src: string;
  /** Absolute URL of public/embed.js next to the app. */
  script: string;
  title: string;
  aspect: Aspect;
  /** Maximum width in px; null: the host's column width (100%). */
  width: number | null;
  /** Starting height in px for auto height (embed.js then fits the content). */
  height: number;
}

export const escapeAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function embedCode(o: EmbedOptions): string {
  const style = ['border:0', 'width:100%'];
  if (o.width) style.push(`max-width:${o.width}px`);
  if (o.aspect === 'auto') style.push(`height:${o.height}px`);
  else style.push(`aspect-ratio:${o.aspect.replace(':', '/')}`);
  const iframe =
    `<iframe data-liaoning-atlas src="${escapeAttr(o.src)}" title="${escapeAttr(o.title)}" style="${style.join(';')}"` +
    ` loading="lazy" allow="fullscreen; clipboard-write" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  return `${iframe}\n<script src="${escapeAttr(o.script)}" defer></script>`;
}
