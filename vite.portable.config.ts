/**
 * The portable single file's bundle (scripts/portable/build.ts inlines it):
 * the app's own config, but one JS file with every lazy part in it and one
 * stylesheet, since a page opened from `file://` can fetch nothing.
 */
import { mergeConfig, type UserConfig } from 'vite';
import base from './vite.config.ts';

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

export default mergeConfig(base as UserConfig, portable);
