/**
 * PNG of the current view for slides: the map as it is on screen, with the
 * panel's facts drawn beside it as text (no HTML-to-canvas library), at 2×.
 * The map's picture comes from the map registry (`app.map.snapshot`), whichever
 * renderer draws it. Everything stays in the
 * page: blob URLs only, no request.
 */
import type { AppState } from '../state/app.svelte.ts';
import type { Lang } from '../data/types.ts';
import { translate } from '../i18n/index.ts';
import { serializeParams } from '../state/params.ts';
import { handoutOf, type Handout } from './handout.ts';
import { PALETTES } from '../ui/palette.ts';

export const PNG_SCALE = 2;
const PANEL_W = 460;
const PAD = 24;

interface Colors { bg: string; surface: string; text: string; muted: string; border: string; accent: string; national: string; provincial: string; belt: string }

/** Fallbacks (a page without the app's CSS) come from the same palette as the CSS. */
const light = PALETTES.light;
function colors(): Colors {
  const cs = getComputedStyle(document.documentElement);
  const v = (name: string, d: string): string => cs.getPropertyValue(name).trim() || d;
  return {
    bg: v('--bg', light.bg), surface: v('--surface', '#fff'), text: v('--text', light.text), muted: v('--muted', '#4f5963'), border: v('--border', '#c9d0d7'),
    accent: v('--accent', light.national), national: v('--national', light.national), provincial: v('--provincial', light.provincial), belt: v('--belt', light.belt),
  };
}

/** Lines of at most `max` px: breaks at spaces in Latin text and between any two CJK characters. */
export function wrapText(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  const tokens = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    const next = line + tok;
    if (line && ctx.measureText(next.trimEnd()).width > max) {
      lines.push(line.trimEnd());
      line = /^\s+$/.test(tok) ? '' : tok;
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Draws the text column (or only measures it when `draw` is false); returns its height. */
function textColumn(ctx: CanvasRenderingContext2D, h: Handout, lang: Lang, x: number, width: number, c: Colors, font: string, footer: string[], draw: boolean): number {
  let y = PAD;
  const put = (text: string, size: number, color: string, weight = 400, gap = 0.35): void => {
    ctx.font = `${weight} ${size}px ${font}`;
    for (const line of wrapText(ctx, text, width)) {
      y += size * 1.25;
      if (draw) {
        ctx.fillStyle = color;
        ctx.fillText(line, x, y);
      }
    }
    y += size * gap;
  };
  const rule = (): void => {
    y += 6;
    if (draw) {
      ctx.fillStyle = c.border;
      ctx.fillRect(x, y, width, 1);
    }
    y += 8;
  };
  put(h.title, 26, c.text, 700, 0.2);
  put(h.subtitle, 14, c.muted, 400, 0.5);
  for (const [k, v] of h.facts) {
    put(k, 12, c.muted, 400, 0);
    put(v, 15, c.text, 400, 0.4);
  }
  rule();
  put(translate(lang, 'export.keyFigures'), 17, c.text, 700, 0.3);
  for (const f of h.figures) {
    put(f.meta, 12, c.muted, 400, 0);
    put(`${f.label}  ${f.value}`, 15, c.text, 600, 0);
    put(translate(lang, 'export.sourceLine', { source: f.source }), 11, c.muted, 400, 0.5);
  }
  if (h.more > 0) put(translate(lang, 'export.more', { n: h.more }), 12, c.muted, 400, 0.4);
  rule();
  for (const line of footer) put(line, 11, c.muted, 400, 0.2);
  return y + PAD;
}

/** The URL of the view as a full page (not embedded), for the footer. */
export function viewUrl(app: AppState): string {
  return `${location.origin}${location.pathname}${serializeParams({ ...app.view, embed: false, parentOrigin: [] })}`;
}

/** The view as a canvas: the map on the left at its on-screen size, the text column on the right. */
export async function renderView(app: AppState, scale = PNG_SCALE): Promise<HTMLCanvasElement> {
  const atlas = app.atlas;
  if (!atlas) throw new Error('no data');
  const lang = app.lang;
  const c = colors();
  const font = getComputedStyle(document.body).fontFamily || 'sans-serif';
  const picture = await app.map.snapshot(scale);
  const map = picture?.canvas ?? null;
  const mapW = Math.round(picture?.width ?? 0);
  const mapH = Math.round(picture?.height ?? 0);
  const h = handoutOf(atlas, app.view.zone, lang, 9);
  const note = app.view.review ? translate(lang, 'map.review', { review: app.view.review }) : translate(lang, 'map.schematic');
  const footer = [note, translate(lang, 'map.attribution'), translate(lang, 'export.url', { url: viewUrl(app) }), new Date().toISOString().slice(0, 10)];

  const probe = document.createElement('canvas').getContext('2d');
  if (!probe) throw new Error('canvas');
  const colW = PANEL_W - 2 * PAD;
  const textH = textColumn(probe, h, lang, 0, colW, c, font, footer, false);
  const left = map ? mapW : 0;
  const W = left + PANEL_W;
  const H = Math.max(map ? mapH : 0, Math.ceil(textH));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(W * scale);
  canvas.height = Math.round(H * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas');
  ctx.scale(scale, scale);
  ctx.fillStyle = c.bg;
  ctx.fillRect(0, 0, W, H);
  if (map) {
    ctx.drawImage(map, 0, 0, mapW, mapH);
    legend(ctx, lang, c, font, 12, mapH - 12);
  }
  ctx.fillStyle = c.surface;
  ctx.fillRect(left, 0, PANEL_W, H);
  ctx.fillStyle = c.border;
  ctx.fillRect(left, 0, 1, H);
  ctx.textBaseline = 'alphabetic';
  textColumn(ctx, h, lang, left + PAD, colW, c, font, footer, true);
  return canvas;
}

/** A small legend on the map picture (the on-screen legend is HTML and not in the snapshot). */
function legend(ctx: CanvasRenderingContext2D, lang: Lang, c: Colors, font: string, x: number, bottom: number): void {
  const items: [string, (cx: number, cy: number) => void][] = [
    [translate(lang, 'map.national'), (cx, cy) => { ctx.fillStyle = c.national; ctx.beginPath(); ctx.arc(cx, cy, 6, 0, Math.PI * 2); ctx.fill(); }],
    [translate(lang, 'map.provincial'), (cx, cy) => { ctx.fillStyle = c.provincial; ctx.beginPath(); ctx.moveTo(cx, cy - 7); ctx.lineTo(cx + 7, cy); ctx.lineTo(cx, cy + 7); ctx.lineTo(cx - 7, cy); ctx.closePath(); ctx.fill(); }],
    [translate(lang, 'map.belt'), (cx, cy) => { ctx.fillStyle = c.belt; ctx.fillRect(cx - 8, cy - 2, 16, 4); }],
  ];
  ctx.font = `400 13px ${font}`;
  const w = Math.max(...items.map(([t]) => ctx.measureText(t).width)) + 40;
  const hgt = items.length * 22 + 10;
  const top = bottom - hgt;
  ctx.fillStyle = c.surface;
  ctx.globalAlpha = 0.92;
  ctx.fillRect(x, top, w, hgt);
  ctx.globalAlpha = 1;
  ctx.strokeStyle = c.border;
  ctx.strokeRect(x + 0.5, top + 0.5, w, hgt);
  items.forEach(([text, mark], i) => {
    const cy = top + 16 + i * 22;
    mark(x + 16, cy);
    ctx.fillStyle = c.text;
    ctx.fillText(text, x + 30, cy + 5);
  });
}

export const pngFilename = (app: AppState): string => `liaoning-hightech-${app.view.zone ?? 'overview'}-${app.lang}.png`;

/** Renders and downloads the PNG; returns the file name. */
export async function exportPng(app: AppState): Promise<string> {
  const canvas = await renderView(app);
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (!blob) throw new Error('PNG');
  const name = pngFilename(app);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
