import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { loadAtlas } from './data/load.ts';
import { loadBoundaries } from './data/geo.ts';
import { boundaryPaths } from './map/boundary-paths.ts';
import { replayEarlyInput } from './early-input.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

/**
 * The whole stylesheet, which the starter loads with this module (the first paint had only the rules the
 * prerendered page uses: scripts/prerender/first-paint-css.ts): whatever the app draws beyond them needs it.
 * Loaded or failed, the starter marks the link data-loaded.
 */
function appStylesheet(): Promise<void> {
  const link = document.querySelector<HTMLLinkElement>('link[data-app-css]');
  if (!link || link.hasAttribute('data-loaded')) return Promise.resolve();
  return new Promise((resolve) => {
    new MutationObserver((_, observer) => {
      if (!link.hasAttribute('data-loaded')) return;
      observer.disconnect();
      resolve();
    }).observe(link, { attributes: true, attributeFilter: ['data-loaded'] });
  });
}

/**
 * The build prerenders the first view into #app (scripts/prerender). The app takes it over once the data
 * is in: for the view it shows (no query), by hydrating it, so nothing on screen changes (the map is kept
 * as it is, and drawn live in the short tasks after: MapArea, app.takeover); for another
 * view (a link with ?zone=…), by rendering that view in its place. Without a prerendered page (the dev
 * server), or when the data fails, the app starts empty and loads the data itself (and says what failed).
 * On the built page this module is loaded by public/start.js once the prerendered page has painted.
 */
/** Renders the app, then does what the reader did on the page before it was there. */
const takeOver = (render: () => void): void => {
  render();
  replayEarlyInput();
};

if (target.dataset.prerendered === undefined) {
  takeOver(() => mount(App, { target }));
} else {
  // The hydration runs in a task of its own, not in the one that parsed the data (shorter tasks block
  // the page less than one long one: README "Performance"), and what can be done before it is done in
  // earlier tasks: the map's boundary paths.
  const nextTask = <T,>(value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), 0));
  const drawnBoundaries = loadBoundaries().then((b) => (boundaryPaths(b), b));
  const styled = appStylesheet();
  Promise.all([loadAtlas(), drawnBoundaries, styled]).then(nextTask).then(
    ([atlas, boundaries]) => {
      const initial = { atlas, boundaries, search: location.search };
      takeOver(() => {
        if (location.search === '') {
          hydrate(App, { target, props: { initial: { ...initial, prerendered: true } } });
        } else {
          target.textContent = '';
          mount(App, { target, props: { initial } });
        }
      });
    },
    () =>
      void styled.then(() =>
        takeOver(() => {
          target.textContent = '';
          mount(App, { target });
        }),
      ),
  );
}
