/**
 * Build step: the CSS custom properties that carry the palette and the font stack, generated
 * from src/ui/palette.ts and src/ui/tokens.ts so the CSS never holds a copy. The Vite plugin
 * puts them where app.css has the marker comment, before the rules that override them
 * (high contrast), so the cascade is the same as if they were written there.
 */
import type { Plugin } from 'vite';
import { PALETTES, type Palette } from '../../src/ui/palette.ts';
import { FONT_STACK } from '../../src/ui/tokens.ts';
import type { Theme } from '../../src/state/params.ts';

/** Which palette entries the CSS uses, and their property names. */
const CSS_PROPS: ReadonlyArray<[keyof Palette, string]> = [
  ['bg', '--bg'], ['text', '--text'], ['national', '--national'], ['provincial', '--provincial'],
  ['selected', '--selected'], ['belt', '--belt'], ['linkSpecial', '--link-special'],
];
const SELECTOR: Record<Theme, string> = { light: ':root', dark: ':root[data-theme="dark"]', projector: ':root[data-theme="projector"]' };

export const TOKENS_MARKER = '/* @tokens: generated from src/ui/palette.ts and src/ui/tokens.ts */';

export function tokensCss(): string {
  const rules = (Object.keys(SELECTOR) as Theme[]).map((theme) => {
    const p = PALETTES[theme];
    const props = CSS_PROPS.map(([key, name]) => `${name}: ${String(p[key])};`);
    if (theme === 'light') props.unshift(`--font: ${FONT_STACK};`);
    return `${SELECTOR[theme]} { ${props.join(' ')} }`;
  });
  return rules.join('\n');
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
