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
  // The root's attributes, each written only when it changes: rewriting <html lang> (or a data-* the
  // CSS reads) invalidates the style of the whole page, and a zone switch would pay for it every time.
  const setRoot = (name: string, value: string): void => {
    const root = document.documentElement;
    if (root.getAttribute(name) !== value) root.setAttribute(name, value);
  };
  $effect(() => setRoot('lang', app.view.lang === 'zh' ? 'zh-CN' : 'en'));
  $effect(() => setRoot('data-theme', app.view.theme ?? 'light'));
  $effect(() => setRoot('data-text', app.view.text));
  $effect(() => setRoot('data-contrast', app.view.contrast));
  $effect(() => setRoot('data-mode', app.view.mode));
  $effect(() => {
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
