/**
 * Writes `<dist>/liaoning-atlas.html`: the whole atlas in one file (code,
 * styles, data, boundaries, the documents' texts, a classic MapLibre worker)
 * that opens from a USB stick by double-click, with no server and no network.
 * Runs after `vite build`:  npx tsx scripts/portable/build.ts [--dist dist]
 */
import { readFileSync, writeFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build, parseAst, type Rollup } from 'vite';
import { assemblePortable, classicScriptSrcs, escapeScript, PortableError } from './html.ts';

export const PORTABLE_FILE = 'liaoning-atlas.html';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const readJson = (file: string): unknown => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (e) {
    throw new PortableError(file, `cannot be read as JSON (${(e as Error).message}); run the build first`);
  }
};

/** The app as one bundle (vite.portable.config.ts), built into a scratch folder. */
async function bundleApp(scratch: string): Promise<{ html: string; js: string; css: string }> {
  await build({ root, configFile: join(root, 'vite.portable.config.ts'), logLevel: 'warn', build: { outDir: scratch } });
  const html = readFileSync(join(scratch, 'index.html'), 'utf8');
  const pick = (re: RegExp, what: string): string => {
    const m = re.exec(html);
    if (!m?.[1]) throw new PortableError('index.html', `has no ${what}`);
    return readFileSync(join(scratch, m[1]), 'utf8');
  };
  const js = pick(/<script type="module"[^>]*\ssrc="\.\/([^"]+)"/, 'module script');
  // The escaped bundle must still be a valid module (escapeScript only touches literals).
  try {
    parseAst(escapeScript(js), { lang: 'js', sourceType: 'module' } as Parameters<typeof parseAst>[1]);
  } catch (e) {
    throw new PortableError('the app bundle', `does not parse after escaping for inline use (${(e as Error).message})`);
  }
  const css = pick(/<link rel="stylesheet"[^>]*\shref="\.\/([^"]+)"/, 'stylesheet');
  return { html, js, css };
}

/** MapLibre ships its worker as an ES module; a blob worker on file:// must be classic, so re-wrap it as an IIFE. */
async function classicWorker(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl-worker.mjs');
  const out = (await build({
    configFile: false, logLevel: 'warn', publicDir: false,
    build: { write: false, minify: true, target: 'es2020', lib: { entry, formats: ['iife'], name: 'maplibreWorker', fileName: () => 'worker.js' } },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunk = (Array.isArray(out) ? out[0] : out)?.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new PortableError('maplibre-gl-worker.mjs', 'produced no classic worker');
  return chunk.code;
}

function documentTexts(dist: string): Record<string, unknown> {
  const dir = join(dist, 'data', 'docs');
  if (!existsSync(dir)) throw new PortableError(dir, 'is missing; run the build first');
  return Object.fromEntries(
    readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => [f.replace(/\.json$/, ''), readJson(join(dir, f))]),
  );
}

export async function buildPortable(dist: string): Promise<string> {
  const scratch = join(root, 'node_modules', '.cache', `portable-${basename(dist)}`);
  const [app, worker] = [await bundleApp(scratch), await classicWorker()];
  // Classic scripts (public/, e.g. the browser-floor check) as the main build copied them.
  const classic = Object.fromEntries(
    classicScriptSrcs(app.html).map((src) => {
      const file = join(dist, src.replace(/^\.?\//, ''));
      if (!existsSync(file)) throw new PortableError('index.html', `loads ${src}, but ${file} is missing`);
      return [src, readFileSync(file, 'utf8')];
    }),
  );
  const page = assemblePortable({
    ...app,
    classic,
    data: {
      'inline-atlas': readJson(join(dist, 'data', 'atlas.json')),
      'inline-topo': readJson(join(dist, 'data', 'liaoning.topo.json')),
      'inline-docs': documentTexts(dist),
      'inline-maplibre-worker': worker,
    },
  });
  const file = join(dist, PORTABLE_FILE);
  writeFileSync(file, page);
  rmSync(scratch, { recursive: true, force: true });
  return file;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--dist');
  const dist = join(root, i > 0 ? (process.argv[i + 1] ?? 'dist') : 'dist');
  try {
    const file = await buildPortable(dist);
    console.log(`portable atlas: ${file} (${(readFileSync(file).length / 1024).toFixed(0)} KB)`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
