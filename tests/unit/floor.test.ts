import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkCss, checkEs5Files, checkFloor, checkJsFiles } from '../../scripts/check/floor.ts';
import { START_SCRIPT } from '../../scripts/csp.ts';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'floor-'));
const jsFile = (code: string): string => {
  const f = join(tmp(), 'planted.js');
  writeFileSync(f, code);
  return f;
};

describe('browser floor: JS', () => {
  it('passes code the floor runs (ES2021: optional chaining, ??=, replaceAll)', async () => {
    expect(await checkJsFiles([jsFile('export class A { get y() { return 1; } }\nlet a = null; a ??= globalThis?.b ?? "x".replaceAll("x", "y");\nexport { a };\n')])).toEqual([]);
  });
  it.each([
    ['Array.prototype.at (Chrome 92, Safari 15.4)', 'export const last = [1, 2].at(-1);'],
    ['Object.hasOwn (Chrome 93, Safari 15.4)', 'export const own = Object.hasOwn({}, "a");'],
    ['a class static block (Chrome 94, Safari 16.4)', 'export class A { static { this.x = 1; } }'],
    ['top-level await (Chrome 89)', 'export const v = await Promise.resolve(1);'],
  ])('fails on a planted newer feature: %s', async (_name, code) => {
    const problems = await checkJsFiles([jsFile(code)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toContain('planted.js');
  });
});

describe('below the floor: the notice script', () => {
  it('is ES5: the shipped file and its inline copy pass, a planted arrow function or const fails', async () => {
    expect(await checkEs5Files([join(import.meta.dirname, '../../public/start.js')])).toEqual([]);
    expect(await checkEs5Files([jsFile(START_SCRIPT)])).toEqual([]);
    const problems = await checkEs5Files([jsFile('var ok = [1].map((x) => x);')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.reason).toMatch(/ES5/);
  });
});

describe('browser floor: CSS', () => {
  it('fails on :has() outside @supports and names the rule', async () => {
    const problems = await checkCss('a.css', '.layout:has(.wide) { color: red }');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toContain('a.css:1:1 (.layout:has(.wide))');
    expect(problems[0]?.reason).toMatch(/:has\(\)/);
  });
  it('passes :has() inside @supports', async () => {
    expect(await checkCss('a.css', '@supports selector(:has(a)) { .layout:has(.wide) { color: red } }')).toEqual([]);
  });
  it('fails on color-mix() without a fallback, passes with one first', async () => {
    const bare = await checkCss('b.css', '.x { background: color-mix(in srgb, red 50%, transparent) }');
    expect(bare).toHaveLength(1);
    expect(bare[0]?.reason).toMatch(/color-mix/);
    expect(await checkCss('b.css', '.x { background: #fff; background: color-mix(in srgb, red 50%, transparent) }')).toEqual([]);
    // A fallback after the newer value does not count: the newer value wins where it is known, but the order says the author forgot.
    expect(await checkCss('b.css', '.x { background: color-mix(in srgb, red 50%, transparent); background: #fff }')).toHaveLength(1);
  });
  it('fails on @container and @layer', async () => {
    expect((await checkCss('c.css', '@container (min-width: 30em) { .x { color: red } }')).length).toBeGreaterThan(0);
    expect((await checkCss('c.css', '@layer base { .x { color: red } }')).length).toBeGreaterThan(0);
  });
  it('passes a dynamic viewport unit after a 100vh fallback', async () => {
    expect(await checkCss('d.css', '.app { height: 100vh; height: 100dvh }')).toEqual([]);
    expect(await checkCss('d.css', '.app { height: 100dvh }')).toHaveLength(1);
  });
});

describe('browser floor: a build folder', () => {
  it('checks everything but the WebGL map chunks, and fails on a planted file', async () => {
    const dist = tmp();
    mkdirSync(join(dist, '.vite'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify({
      'index.html': { file: 'assets/index.js', isEntry: true, css: ['assets/index.css'] },
      'src/map/gl/GLMap.svelte': { file: 'assets/GLMap.js', css: ['assets/GLMap.css'] },
      'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs': { file: 'assets/maplibre-gl-worker.mjs' },
    }));
    writeFileSync(join(dist, 'assets', 'index.js'), 'export const a = 1;');
    writeFileSync(join(dist, 'assets', 'index.css'), '.a { color: red }');
    writeFileSync(join(dist, 'index.html'), '<html><head><script>var started = true;</script></head></html>');
    // MapLibre's chunks may use what the browsers that pass the WebGL detection have.
    writeFileSync(join(dist, 'assets', 'GLMap.js'), 'export const b = [1].at(-1); export class C { static { } }');
    writeFileSync(join(dist, 'assets', 'GLMap.css'), '.b { background: color-mix(in srgb, red 5%, blue) }');
    writeFileSync(join(dist, 'assets', 'maplibre-gl-worker.mjs'), 'self.x = Object.hasOwn({}, "a");');
    const clean = await checkFloor(dist);
    expect(clean.problems).toEqual([]);
    expect(clean).toMatchObject({ js: 1, css: 1 });

    writeFileSync(join(dist, 'assets', 'late.js'), 'export const c = Object.hasOwn({}, "a");');
    writeFileSync(join(dist, 'assets', 'late.css'), 'main:has(> .x) { color: red }');
    // The inline starter runs below the floor: it must be ES5.
    writeFileSync(join(dist, 'index.html'), '<html><head><script>const started = () => true;</script></head></html>');
    const planted = await checkFloor(dist);
    expect(planted.problems.map((p) => p.file).join('\n')).toMatch(/late\.js[\s\S]*index\.html \(inline script 1\)[\s\S]*late\.css/);
  });
  it('refuses a folder without a manifest', async () => {
    await expect(checkFloor(tmp())).rejects.toThrow(/manifest\.json is missing/);
  });
});
