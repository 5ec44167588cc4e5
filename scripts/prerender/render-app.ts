/**
 * Everything the prerender renders with Svelte's server renderer. Loaded by
 * site.ts through Vite (ssrLoadModule), so the app compiles exactly as for the
 * browser (same CSS scoping hashes: main.ts can hydrate the first view).
 */
import { render } from 'svelte/server';
import App from '../../src/App.svelte';
import type { Atlas, DocumentText, Lang } from '../../src/data/types.ts';
import { boundariesFromTopo, type Boundaries, type Topo } from '../../src/data/geo.ts';
import ZonePage from './pages/ZonePage.svelte';
import HomePage from './pages/HomePage.svelte';
import DocPage from './pages/DocPage.svelte';
import SiteHeader from './pages/SiteHeader.svelte';
import { provideServerRender } from '../../src/ui/server-markup.ts';

export { boundariesFromTopo, type Topo };

/** The app as it first renders for this query string (the same markup the browser's first render makes). */
export const renderApp = (atlas: Atlas, boundaries: Boundaries, search: string): string =>
  render(App, { props: { initial: { atlas, boundaries, search, prerendered: true } } }).body;

// The parts of the app's page that the browser keeps unhydrated (src/ui/server-markup.ts).
provideServerRender((component, props, context) => render(component, { props, context }).body);

/** The map's SVG goes where a page has this (site.ts): markup of the app's own render, never from a prop as HTML. */
export const MAP_SLOT = '<div class="map-figure" aria-hidden="true" data-map-slot=""></div>';

export const renderZonePage = (atlas: Atlas, zoneId: string, lang: Lang, here: string): string => render(ZonePage, { props: { atlas, zoneId, lang, here } }).body;

export const renderHomePage = (atlas: Atlas, lang: Lang, here: string): string => render(HomePage, { props: { atlas, lang, here } }).body;

export const renderDocPage = (atlas: Atlas, doc: DocumentText, lang: Lang): string => render(DocPage, { props: { atlas, doc, lang } }).body;

export const renderHeader = (lang: Lang, here: string, otherLang: string | null, interactive: string): string =>
  render(SiteHeader, { props: { lang, here, otherLang, interactive } }).body;
