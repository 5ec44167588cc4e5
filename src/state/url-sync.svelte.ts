/**
 * Keeps the URL and the <html> attributes in step with the view, so a link
 * opens the same view: zone changes push a history entry (Back deselects),
 * everything else replaces the current one.
 */
import type { AppState } from './app.svelte.ts';

export function syncUrl(app: AppState): void {
  let lastZone: string | null | undefined;
  $effect(() => {
    if (!app.atlas) return;
    const query = app.query;
    const zone = app.view.zone;
    const url = `${location.pathname}${query}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) {
      // Presentation steps (and kiosk autoplay, for hours) replace the entry: no history grows.
      if (lastZone !== undefined && zone !== lastZone && app.view.mode !== 'present') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    lastZone = zone;
  });
  $effect(() => {
    const root = document.documentElement;
    root.lang = app.view.lang === 'zh' ? 'zh-CN' : 'en';
    root.dataset.theme = app.view.theme ?? 'light';
    root.dataset.text = app.view.text;
    root.dataset.contrast = app.view.contrast;
    root.dataset.mode = app.view.mode;
    document.title = app.selected ? `${app.selected.name[app.lang]} · ${app.t('app.title')}` : app.t('app.title');
  });
  $effect(() => {
    const onPop = (): void => {
      if (!app.atlas) return;
      app.applyUrl(location.search);
      lastZone = app.view.zone;
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  });
}
