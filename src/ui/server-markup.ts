/**
 * A part of the prerendered page that the browser keeps as it is, unhydrated: Svelte's {@html} claims the
 * server's nodes during hydration without walking or checking them, so the part costs nothing to take over.
 * Its live version is drawn later, in short tasks (src/state/takeover.ts), and replaces it.
 *
 * The prerender provides the server renderer (scripts/prerender/render-app.ts); it renders the part with the
 * context of the component that shows it. In the browser there is none: hydration keeps the server's markup
 * whatever the string, so any non-empty string stands in for it.
 */
import { getAllContexts, type Component } from 'svelte';

type ServerRender = <P extends Record<string, unknown>>(component: Component<P>, props: P, context: Map<unknown, unknown>) => string;
let serverRender: ServerRender | null = null;

/** Called by the prerender before it renders the app. */
export function provideServerRender(render: ServerRender): void {
  serverRender = render;
}

/** Kept in the browser: hydration claims the server's nodes, this string is never parsed. */
const KEPT = '<!-- the prerendered markup -->';

/** The server's markup of `component` (call it while a component initialises: it takes that one's context). */
export function serverMarkup<P extends Record<string, unknown>>(component: Component<P>, props: P): string {
  if (!serverRender) return KEPT;
  // Svelte's own hydration markers mean nothing in markup that is never hydrated; an empty one would end the {@html} block early.
  return serverRender(component, props, getAllContexts()).replace(/<!--[^>]*-->/g, '');
}
