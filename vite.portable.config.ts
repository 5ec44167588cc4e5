/**
 * The portable single file's bundle (scripts/portable/build.ts inlines it):
 * the app's own config, but one JS file with every lazy part in it and one
 * stylesheet, since a page opened from `file://` can fetch nothing. No
 * prerender: its first view links to the pages beside it (zone/<id>/…),
 * which a file carried alone does not have.
 */
import { mergeConfig, type PluginOption, type UserConfig } from 'vite';
import base from './vite.config.ts';

const PAGES_BESIDE_IT = new Set(['atlas-prerender']);
const keep = (p: PluginOption): PluginOption => {
  if (Array.isArray(p)) return p.map(keep);
  return p && typeof p === 'object' && 'name' in p && PAGES_BESIDE_IT.has(p.name) ? null : p;
};
const { plugins, ...rest } = base as UserConfig;

const portable: UserConfig = {
  publicDir: false,
  build: {
    manifest: false,
    cssCodeSplit: false,
    emptyOutDir: true,
    // One file by design: the whole app is this chunk.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: { output: { codeSplitting: false } },
  },
};

export default mergeConfig({ ...rest, plugins: (plugins ?? []).map(keep) }, portable);
