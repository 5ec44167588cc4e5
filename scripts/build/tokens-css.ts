/**
 * Build step: the CSS custom properties that carry the palette and the font stack, and the
 * `local()` faces of the system CJK fonts, generated from src/ui/palette.ts and
 * src/ui/tokens.ts so the CSS never holds a copy. The Vite plugin
 * puts them where app.css has the marker comment, before the rules that override them
 * (high contrast), so the cascade is the same as if they were written there.
 */
import type { Plugin } from 'vite';
import { PALETTES, type Palette } from '../../src/ui/palette.ts';
import {
  LOCAL_CJK_FAMILY, PAGE_FONT_STACK, PAGE_FONT_STACK_EN, LATIN_PUNCTUATION_FAMILY, LATIN_PUNCTUATION_FACES, LATIN_PUNCTUATION_RANGE, localFaceNames, FACE_WEIGHTS,
} from '../../src/ui/tokens.ts';
import type { Theme } from '../../src/state/params.ts';

/** Which palette entries the CSS uses, and their property names. */
const CSS_PROPS: ReadonlyArray<[keyof Palette, string]> = [
  ['bg', '--bg'], ['text', '--text'], ['national', '--national'], ['provincial', '--provincial'],
  ['selected', '--selected'], ['belt', '--belt'], ['linkSpecial', '--link-special'],
];
const SELECTOR: Record<Theme, string> = { light: ':root', dark: ':root[data-theme="dark"]', projector: ':root[data-theme="projector"]' };

export const TOKENS_MARKER = '/* @tokens: generated from src/ui/palette.ts and src/ui/tokens.ts */';

/**
 * The system CJK faces as `local()` faces (see SYSTEM_CJK_FACES). `swap`: where a browser looks the
 * name up asynchronously, the text is drawn at once in the system stack, which is the same face.
 */
export function localFacesCss(): string {
  return FACE_WEIGHTS.map((weight) => {
    const src = localFaceNames(weight).map((name) => `local("${name}")`).join(', ');
    return `@font-face { font-family: "${LOCAL_CJK_FAMILY}"; font-style: normal; font-weight: ${weight}; font-display: swap; src: ${src}; }`;
  }).join('\n');
}

/**
 * English's punctuation faces (LATIN_PUNCTUATION_FACES), and the page's font in each language: English text,
 * wherever it stands (the page, or a name in the other language), takes them first; Chinese text inside an
 * English page goes back to the faces alone, whose full-width marks Chinese wants. A face covers only its
 * range, so a page without those marks in English never looks one up.
 */
export function languageFontsCss(): string {
  const faces = ([400, 700] as const).map((weight) => {
    const src = LATIN_PUNCTUATION_FACES[weight].map((name) => `local("${name}")`).join(', ');
    return `@font-face { font-family: "${LATIN_PUNCTUATION_FAMILY}"; font-style: normal; font-weight: ${weight}; font-display: swap; src: ${src}; unicode-range: ${LATIN_PUNCTUATION_RANGE}; }`;
  });
  return [
    ...faces,
    `[lang|="en"] { --font: ${PAGE_FONT_STACK_EN}; font-family: var(--font); }`,
    `[lang|="zh"] { --font: ${PAGE_FONT_STACK}; font-family: var(--font); }`,
  ].join('\n');
}

export function tokensCss(): string {
  const rules = (Object.keys(SELECTOR) as Theme[]).map((theme) => {
    const p = PALETTES[theme];
    const props = CSS_PROPS.map(([key, name]) => `${name}: ${String(p[key])};`);
    if (theme === 'light') props.unshift(`--font: ${PAGE_FONT_STACK};`);
    return `${SELECTOR[theme]} { ${props.join(' ')} }`;
  });
  return [localFacesCss(), ...rules, languageFontsCss()].join('\n');
}

export function tokensCssPlugin(): Plugin {
  return {
    name: 'atlas-tokens-css',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]?.endsWith('/src/app.css')) return null;
      if (!code.includes(TOKENS_MARKER)) this.error(`src/app.css: the marker ${TOKENS_MARKER} is missing`);
      return { code: code.replace(TOKENS_MARKER, tokensCss()), map: null };
    },
  };
}
