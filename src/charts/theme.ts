/**
 * Chart colours and type from the app's palette (ui/palette.ts) so charts
 * follow the theme (light, dark, projector), with the CJK font stack.
 */
import { PALETTES } from '../ui/palette.ts';
import { FONT_STACK, withLatinPunctuation } from '../ui/tokens.ts';
import type { Theme } from '../state/params.ts';
import type { Lang } from '../data/types.ts';

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  national: string;
  provincial: string;
  highlight: string;
  /** The third series colour (the national-zone average). */
  peer: string;
  /** Heatmap cells by basis: external, group, zone (weak → strong). */
  basis: [string, string, string];
  bg: string;
  font: string;
  /** Base font size in px (projector and large text are bigger). */
  fontSize: number;
}

/** The charts' text is the page's, in the system faces; English takes ’ “ ” … from a Latin face, as the page does (ui/tokens.ts). */
const chartFont = (lang: Lang): string => (lang === 'en' ? withLatinPunctuation(FONT_STACK) : FONT_STACK);

export function chartTheme(theme: Theme | null, large = false, lang: Lang = 'zh'): ChartTheme {
  const p = PALETTES[theme ?? 'light'];
  const dark = theme === 'dark';
  return {
    text: p.text,
    muted: p.cityLabel,
    grid: p.neighbourStroke,
    national: p.national,
    provincial: p.provincial,
    highlight: p.selected,
    peer: p.linkGeneral,
    basis: dark ? ['#3a4a5a', '#3f7fbf', '#9cd0ff'] : ['#c9dcef', '#5b97d1', '#0b4a8c'],
    bg: 'transparent',
    font: chartFont(lang),
    fontSize: theme === 'projector' ? 20 : large ? 18 : 12,
  };
}
