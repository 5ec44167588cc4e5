/**
 * The embedded app's side of the postMessage protocol (protocol.ts,
 * docs/EMBED.md). Active only inside a frame (window.parent !== window) and
 * once the atlas is loaded, so the first height message also tells the host
 * that commands will now be heard.
 */
import type { AppState } from '../state/app.svelte.ts';
import { ALLOWED_PARENT_ORIGINS } from './config.ts';
import { allowedOrigins, heightMessage, isAllowedOrigin, parseParentMessage, postTargets, zoneMessage, type HeightMessage, type ZoneMessage } from './protocol.ts';

/** The parent's origin when the browser tells it (Chrome, Safari); Firefox has no ancestorOrigins. */
function parentOriginHint(): string | null {
  const list = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  return list && list.length > 0 ? (list.item(0) ?? null) : null;
}

export function attachEmbedBridge(app: AppState): void {
  if (typeof window === 'undefined' || window.parent === window) return;
  const parent = window.parent;
  const allowed = $derived(allowedOrigins(app.view.parentOrigin, ALLOWED_PARENT_ORIGINS));
  const hint = parentOriginHint();
  const post = (msg: HeightMessage | ZoneMessage): void => {
    for (const target of postTargets(allowed, hint)) parent.postMessage(msg, target);
  };

  // Height: whenever the content's height changes. ResizeObserver already reports at most once a frame;
  // no requestAnimationFrame on top, since browsers pause it in a cross-origin frame below the fold, and
  // the host needs the height before the reader scrolls there. One measure right away, and on load.
  $effect(() => {
    if (!app.atlas) return;
    const root = document.getElementById('app') ?? document.body;
    let last = -1;
    const measure = (): void => {
      const h = Math.ceil(root.getBoundingClientRect().height);
      if (h === last || h <= 0) return;
      last = h;
      post(heightMessage(h));
    };
    const ro = new ResizeObserver(measure);
    ro.observe(root);
    const first = setTimeout(measure, 0);
    addEventListener('load', measure);
    return () => {
      ro.disconnect();
      clearTimeout(first);
      removeEventListener('load', measure);
    };
  });

  // Selection: tell the parent which zone is shown (null: none).
  $effect(() => {
    if (!app.atlas) return;
    post(zoneMessage(app.view.zone));
  });

  // Commands: only from the parent window itself, from an allowed origin, in an exact shape.
  $effect(() => {
    const atlas = app.atlas;
    if (!atlas) return;
    const zones = new Set(atlas.zones.map((z) => z.id));
    const onMessage = (e: MessageEvent): void => {
      if (e.source !== parent || !isAllowedOrigin(e.origin, allowed)) return;
      const cmd = parseParentMessage(e.data, zones);
      if (!cmd) return;
      if (cmd.kind === 'select') app.select(cmd.zone);
      else app.setLang(cmd.lang);
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  });
}
