import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { loadAtlas } from './data/load.ts';
import { loadBoundaries } from './data/geo.ts';
import { replayEarlyInput } from './early-input.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

/**
 * The build prerenders the first view into #app (scripts/prerender). The app takes it over once the data
 * is in: for the view it shows (no query), by hydrating it, so nothing on screen changes; for another
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
  Promise.all([loadAtlas(), loadBoundaries()]).then(
    ([atlas, boundaries]) => {
      const props = { initial: { atlas, boundaries, search: location.search } };
      takeOver(() => {
        if (location.search === '') {
          hydrate(App, { target, props });
        } else {
          target.textContent = '';
          mount(App, { target, props });
        }
      });
    },
    () =>
      takeOver(() => {
        target.textContent = '';
        mount(App, { target });
      }),
  );
}
