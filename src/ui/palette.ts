/**
 * Colours of the data, per theme: the one source. The map styles (SVG and MapLibre)
 * and the charts read these; the CSS gets them as custom properties generated at
 * build time (scripts/build/tokens-css.ts), never a copy. Tier is also told
 * by shape (national ●, provincial ◆) and role by size and a ring, so colour is
 * never the only cue. Chosen from the Okabe–Ito set to survive colour-blindness
 * and washed-out projectors.
 */
import type { Theme } from '../state/params.ts';

export interface Palette {
  bg: string;
  sea: string;
  land: string;
  landStroke: string;
  neighbour: string;
  neighbourStroke: string;
  cityLabel: string;
  text: string;
  halo: string;
  national: string;
  provincial: string;
  ring: string;
  selected: string;
  belt: string;
  beltFill: string;
  beltOpacity: number;
  linkSpecial: string;
  linkGeneral: string;
  dim: number;
}

export const PALETTES: Record<Theme, Palette> = {
  light: {
    bg: '#f6f7f9', sea: '#dfe8ef', land: '#ffffff', landStroke: '#b9c0c8', neighbour: '#eceef1', neighbourStroke: '#cfd4da',
    cityLabel: '#5b6570', text: '#1b1f24', halo: '#ffffff', national: '#0b5cad', provincial: '#c2410c', ring: '#1b1f24',
    selected: '#d4145a', belt: '#007a5a', beltFill: '#009e73', beltOpacity: 0.14, linkSpecial: '#6b2fb3', linkGeneral: '#7d8791', dim: 0.25,
  },
  dark: {
    bg: '#14181d', sea: '#1c2630', land: '#252b33', landStroke: '#4a535e', neighbour: '#1d2228', neighbourStroke: '#39414a',
    cityLabel: '#a9b3bd', text: '#eef1f4', halo: '#14181d', national: '#5aa9f0', provincial: '#f08a4b', ring: '#eef1f4',
    selected: '#ff5c93', belt: '#3cc49a', beltFill: '#2fbf8f', beltOpacity: 0.16, linkSpecial: '#b48cf0', linkGeneral: '#8a949e', dim: 0.3,
  },
  projector: {
    bg: '#ffffff', sea: '#d6e4f0', land: '#ffffff', landStroke: '#6b7580', neighbour: '#e6e8eb', neighbourStroke: '#9aa3ad',
    cityLabel: '#30363d', text: '#000000', halo: '#ffffff', national: '#003f8a', provincial: '#b32d00', ring: '#000000',
    selected: '#c0004e', belt: '#005c42', beltFill: '#009e73', beltOpacity: 0.2, linkSpecial: '#4b1d8c', linkGeneral: '#4d5660', dim: 0.2,
  },
};
