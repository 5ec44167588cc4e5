import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { FLOOR_TARGETS } from './scripts/check/floor-targets.ts';
import { tokensCssPlugin } from './scripts/build/tokens-css.ts';
import { prerender } from './scripts/prerender/plugin.ts';

export default defineConfig({
  // tokensCssPlugin: app.css gets the palette and font stack as custom properties (one source).
  // prerender: after the build, the first view into index.html and the pages that read without JavaScript.
  plugins: [tokensCssPlugin(), svelte(), prerender()],
  // Relative base: the built app works from any folder of a host's site (and in an iframe).
  base: './',
  build: {
    // The browser floor (README "Browsers"; checked by scripts/check/floor.ts): 360 Secure Browser and
    // UOS browsers report Chrome 86–90, Firefox ESR 115, iPhones and WeChat on Safari 15.
    target: FLOOR_TARGETS,
    // The size budget (scripts/bench/sizes.ts) reads what loads first from the manifest.
    manifest: true,
    // No inline scripts or module preload polyfill: the app runs under a strict CSP.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1100,
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
