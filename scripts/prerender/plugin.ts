/**
 * Vite plugin: once the client build is written, prerender the pages
 * (site.ts) into the same folder, whatever its name (`--outDir dist-x`).
 */
import { resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { prerenderSite } from './site.ts';

export function prerender(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'atlas-prerender',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    async closeBundle() {
      if (config.build.ssr) return;
      const started = performance.now();
      const server = await createServer({
        configFile: config.configFile,
        root: config.root,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const pages = await prerenderSite({ root: config.root, outDir: resolve(config.root, config.build.outDir), server });
        config.logger.info(`prerender: ${pages.length} pages in ${Math.round(performance.now() - started)} ms`);
      } finally {
        await server.close();
      }
    },
  };
}
