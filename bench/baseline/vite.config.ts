import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// Builds the baseline page into bench/tmp/baseline with the app's data copied beside it.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: fileURLToPath(new URL('../../public', import.meta.url)),
  build: { outDir: fileURLToPath(new URL('../tmp/baseline', import.meta.url)), emptyOutDir: true, target: 'es2022' },
});
