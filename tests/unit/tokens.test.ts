import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PALETTES } from '../../src/ui/palette.ts';
import { FACE_WEIGHTS, FONT_FAMILIES, FONT_STACK, LOCAL_CJK_FAMILY, PAGE_FONT_STACK, PAGE_FONT_STACK_EN, LATIN_PUNCTUATION_FAMILY, LATIN_PUNCTUATION_RANGE, SYSTEM_CJK_FACES, localFaceNames, PHONE_MAX_PX, WIDE_MIN_PX, LEGEND_OPEN_MIN_HEIGHT_PX, LEGEND_OPEN_MIN_WIDTH_PX, LEGEND_OPEN_QUERY } from '../../src/ui/tokens.ts';
import { TOKENS_MARKER, languageFontsCss, localFacesCss, tokensCss } from '../../scripts/build/tokens-css.ts';
import { chartTheme } from '../../src/charts/theme.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const appCss = readFileSync(join(ROOT, 'src/app.css'), 'utf8');

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? filesUnder(p, ext) : ext.test(e.name) ? [p] : [];
  });
}

describe('one source for colours, fonts and breakpoints', () => {
  it('the generated CSS carries every theme\'s data colours and the font stack', () => {
    const css = tokensCss();
    for (const [theme, p] of Object.entries(PALETTES)) {
      const sel = theme === 'light' ? /^:root \{([^}]*)\}/m : new RegExp(`^:root\\[data-theme="${theme}"\\] \\{([^}]*)\\}`, 'm');
      const body = sel.exec(css)?.[1] ?? '';
      expect(body, theme).toContain(`--national: ${p.national};`);
      expect(body, theme).toContain(`--provincial: ${p.provincial};`);
      expect(body, theme).toContain(`--selected: ${p.selected};`);
      expect(body, theme).toContain(`--belt: ${p.belt};`);
      expect(body, theme).toContain(`--link-special: ${p.linkSpecial};`);
      expect(body, theme).toContain(`--bg: ${p.bg};`);
      expect(body, theme).toContain(`--text: ${p.text};`);
    }
    expect(css).toContain(`--font: ${PAGE_FONT_STACK};`);
    expect(PAGE_FONT_STACK).toBe(`"${LOCAL_CJK_FAMILY}", ${FONT_STACK}`);
  });

  it('English takes its punctuation from a Latin face, only that range, and Chinese inside it goes back to the page\'s faces', () => {
    const css = languageFontsCss();
    const faces = css.match(/@font-face \{[^}]*\}/g) ?? [];
    expect(faces.map((f) => /font-weight: (\d+)/.exec(f)?.[1])).toEqual(['400', '700']);
    for (const f of faces) {
      expect(f).toContain(`font-family: "${LATIN_PUNCTUATION_FAMILY}";`);
      expect(f).toContain(`unicode-range: ${LATIN_PUNCTUATION_RANGE};`);
    }
    // Never a letter or a digit, never the middle dot the separators are written for: only the marks.
    expect(LATIN_PUNCTUATION_RANGE).toBe('U+2018-2019, U+201C-201D, U+2026');
    expect(PAGE_FONT_STACK_EN).toBe(`"${LATIN_PUNCTUATION_FAMILY}", ${PAGE_FONT_STACK}`);
    expect(css).toContain(`[lang|="en"] { --font: ${PAGE_FONT_STACK_EN}; font-family: var(--font); }`);
    expect(css).toContain(`[lang|="zh"] { --font: ${PAGE_FONT_STACK}; font-family: var(--font); }`);
    // After the themes' rules, which set --font on :root: a page in English is English throughout.
    expect(tokensCss().indexOf('[lang|="en"]')).toBeGreaterThan(tokensCss().indexOf(`--font: ${PAGE_FONT_STACK};`));
  });

  it('app.css has the marker and no copy of a generated property outside the overrides', () => {
    expect(appCss).toContain(TOKENS_MARKER);
    // Generated properties may be overridden (high contrast), never defined per theme by hand.
    const themeRules = appCss.match(/:root(\[data-theme="\w+"\])?\s*\{[^}]*\}/g) ?? [];
    for (const rule of themeRules) {
      expect(rule).not.toMatch(/--(national|provincial|selected|belt|link-special|font):/);
      if (!rule.includes('data-contrast')) expect(rule).not.toMatch(/--(bg|text):/);
    }
  });

  it('no data colour is written as a literal anywhere else in src/', () => {
    const colours = new Set(Object.values(PALETTES).flatMap((p) => [p.national, p.provincial, p.selected, p.belt, p.linkSpecial].map((c) => c.toLowerCase())));
    const offenders: string[] = [];
    for (const f of filesUnder(join(ROOT, 'src'), /\.(ts|svelte|css)$/)) {
      if (f.endsWith('palette.ts')) continue;
      // High contrast picks its own, darker colours (one may equal another theme's): not a copy.
      const text = readFileSync(f, 'utf8').toLowerCase().replace(/:root[^{]*data-contrast="high"[^{]*\{[^}]*\}/g, '');
      for (const c of colours) if (text.includes(c)) offenders.push(`${f.slice(ROOT.length + 1)}: ${c}`);
    }
    expect(offenders).toEqual([]);
  });

  it('charts use the same font stack, in English with the Latin punctuation first', () => {
    expect(chartTheme('light').font).toBe(FONT_STACK);
    expect(chartTheme('light', false, 'zh').font).toBe(FONT_STACK);
    expect(chartTheme('light', false, 'en').font).toBe(`"${LATIN_PUNCTUATION_FAMILY}", ${FONT_STACK}`);
    expect(FONT_STACK.startsWith(`"${FONT_FAMILIES[0]}"`)).toBe(true);
  });

  it('every @media width in src/ is a breakpoint of tokens.ts', () => {
    const allowed = new Set([WIDE_MIN_PX, WIDE_MIN_PX - 1, PHONE_MAX_PX, LEGEND_OPEN_MIN_HEIGHT_PX, LEGEND_OPEN_MIN_WIDTH_PX]);
    const found: string[] = [];
    for (const f of filesUnder(join(ROOT, 'src'), /\.(svelte|css)$/)) {
      for (const m of readFileSync(f, 'utf8').matchAll(/@media[^{]*?\((?:max|min)-(?:width|height):\s*(\d+)px\)/g)) {
        if (!allowed.has(Number(m[1]))) found.push(`${f.slice(ROOT.length + 1)}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("the legend's CSS folds it by the query its script reads (the prerendered page opens it as the app does)", () => {
    const css = readFileSync(join(ROOT, 'src/map/Legend.svelte'), 'utf8');
    expect(css).toContain(`@media not all and ${LEGEND_OPEN_QUERY} {`);
  });

  it('no script in src/ writes the wide breakpoint as a number', () => {
    const found: string[] = [];
    for (const f of filesUnder(join(ROOT, 'src'), /\.(svelte|ts)$/)) {
      if (f.endsWith('tokens.ts')) continue;
      const text = readFileSync(f, 'utf8');
      const scripts = f.endsWith('.svelte') ? (text.match(/<script[\s\S]*?<\/script>/g) ?? []).join('\n') : text;
      // A comparison with 760 or a 760px query (a window's size of 760 is not the breakpoint).
      if (/[<>]=?\s*760\b|\b760px\b/.test(scripts)) found.push(f.slice(ROOT.length + 1));
    }
    expect(found).toEqual([]);
  });
});

describe('the local() faces of the system CJK fonts', () => {
  const families = Object.keys(SYSTEM_CJK_FACES);
  const familyOf = (name: string): string => families.find((f) => Object.values(SYSTEM_CJK_FACES[f as keyof typeof SYSTEM_CJK_FACES]).some((names) => names?.includes(name))) ?? '';

  it('name every system family of the stack, in its order, with a regular and a bold face', () => {
    expect(families).toEqual(FONT_FAMILIES.filter((f) => f !== 'system-ui' && f !== 'sans-serif'));
    for (const [family, faces] of Object.entries(SYSTEM_CJK_FACES)) {
      expect(faces[400]?.length, family).toBeGreaterThan(0);
      expect(faces[700]?.length, family).toBeGreaterThan(0);
    }
    // Each weight's face tries the families in the stack's order, so a platform gets the face the stack gives it.
    for (const weight of FACE_WEIGHTS) {
      const order = localFaceNames(weight).map((n) => families.indexOf(familyOf(n)));
      expect(order, String(weight)).toEqual([...order].sort((a, b) => a - b));
      expect(new Set(order).size, String(weight)).toBe(families.length);
    }
  });

  it('a weight a family lacks takes the face CSS matching picks (500 → 400); a missing bold is left to the browser', () => {
    const hiragino = SYSTEM_CJK_FACES['Hiragino Sans GB'];
    expect(hiragino[500]).toBeUndefined();
    const five = localFaceNames(500);
    for (const name of hiragino[400] ?? []) expect(five).toContain(name);
    // Within a family, its own 500 face comes before its 400.
    const noto = SYSTEM_CJK_FACES['Noto Sans CJK SC'];
    expect(five.indexOf(noto[500]?.[0] ?? '')).toBeLessThan(five.indexOf(noto[400]?.[0] ?? ''));
    for (const faces of Object.values(SYSTEM_CJK_FACES)) for (const name of faces[400] ?? []) expect(localFaceNames(700)).not.toContain(name);
  });

  it('are written as one @font-face per weight, drawn at once in the system stack where a lookup is slow', () => {
    const rules = localFacesCss().match(/@font-face \{[^}]*\}/g) ?? [];
    expect(rules).toHaveLength(FACE_WEIGHTS.length);
    for (const [i, weight] of FACE_WEIGHTS.entries()) {
      const rule = rules[i] ?? '';
      expect(rule).toContain(`font-family: "${LOCAL_CJK_FAMILY}";`);
      expect(rule).toContain(`font-weight: ${weight};`);
      expect(rule).toContain('font-display: swap;');
      expect(rule).not.toMatch(/url\(/);
      expect(rule).toContain(`src: ${localFaceNames(weight).map((n) => `local("${n}")`).join(', ')};`);
    }
  });

  it('every weight the CSS and the maps ask for has a face (600 is drawn from the 700 face, as the system does)', () => {
    const asked = new Set<number>();
    for (const f of filesUnder(join(ROOT, 'src'), /\.(ts|svelte|css)$/)) {
      for (const m of readFileSync(f, 'utf8').matchAll(/font-weight(?:: *|=")(\d{3})\b|Weight = [^\n]*?(\d{3}) : (\d{3})/g)) {
        for (const w of m.slice(1)) if (w) asked.add(Number(w));
      }
    }
    expect([...asked].sort()).toEqual([400, 500, 600, 700]);
  });
});
