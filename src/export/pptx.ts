/**
 * Writes the slide deck with pptxgenjs (loaded only when a deck is asked for):
 * one 16:9 slide per story step, the map picture on the left, title, caption
 * and key figures as editable text on the right, the sources in the footer,
 * speaker notes with the step's notes and the full quotes.
 */
import type { Lang } from '../data/types.ts';
import { PALETTES } from '../ui/palette.ts';
import type { SlideContent } from './pptx-content.ts';

/** A map picture as PNG data, with its size on screen (CSS px) for the aspect ratio. */
export interface SlidePicture { png: string; width: number; height: number }
export interface Slide { content: SlideContent; picture: SlidePicture | null }

// PowerPoint's 16:9 slide, in inches.
const W = 10;
const H = 5.625;
const M = 0.25;
const FOOTER_H = 0.45;
const MAP_W = 5.1;
// The deck is read on any office PC: fonts every Windows has (WPS and LibreOffice substitute their own).
const FONT: Record<Lang, string> = { zh: 'Microsoft YaHei', en: 'Arial' };
const hex = (c: string): string => c.replace('#', '').toUpperCase();
const INK = hex(PALETTES.projector.text);
const MUTED = hex(PALETTES.projector.cityLabel);

/** The picture inside the map box, aspect kept, centred. */
function fit(p: SlidePicture): { x: number; y: number; w: number; h: number } {
  const boxH = H - M - FOOTER_H;
  const aspect = p.width / Math.max(p.height, 1);
  let w = MAP_W;
  let h = w / aspect;
  if (h > boxH) {
    h = boxH;
    w = h * aspect;
  }
  return { x: M + (MAP_W - w) / 2, y: M + (boxH - h) / 2, w, h };
}

export async function buildDeck(slides: Slide[], lang: Lang, title: string): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = title;
  const face = FONT[lang];
  const x = M + MAP_W + M;
  const w = W - x - M;
  slides.forEach(({ content: c, picture }, i) => {
    const slide = pptx.addSlide();
    if (picture) slide.addImage({ data: picture.png, ...fit(picture), altText: c.title });
    slide.addText(`${i + 1} / ${slides.length}`, { x, y: M, w, h: 0.25, fontFace: face, fontSize: 10, color: MUTED, margin: 0 });
    slide.addText(c.title, { x, y: M + 0.3, w, h: 0.6, fontFace: face, fontSize: 22, bold: true, color: INK, margin: 0, valign: 'top', fit: 'shrink' });
    slide.addText(
      [{ text: c.caption }, ...(c.captionNote ? [{ text: ` [${c.captionNote}]`, options: { superscript: true, color: MUTED } }] : [])],
      { x, y: M + 0.95, w, h: 1.45, fontFace: face, fontSize: 13, color: INK, margin: 0, valign: 'top', fit: 'shrink', lineSpacingMultiple: 1.1 },
    );
    if (c.figures.length) {
      slide.addText(
        c.figures.flatMap((f, j) => [
          { text: f.value, options: { fontSize: 24, bold: true, paraSpaceBefore: j ? 8 : 0 } },
          { text: f.unit ? `${f.unit === '%' ? '' : ' '}${f.unit}` : '', options: { fontSize: 12, bold: true, breakLine: true } },
          { text: f.label, options: { fontSize: 11, bold: true } },
          { text: ` [${f.note}]`, options: { fontSize: 11, superscript: true, color: MUTED, breakLine: true } },
          { text: f.meta, options: { fontSize: 9, color: MUTED, breakLine: true } },
        ]),
        { x, y: M + 2.5, w, h: H - M - FOOTER_H - (M + 2.5), fontFace: face, color: INK, margin: 0, valign: 'top', fit: 'shrink' },
      );
    }
    if (c.sources.length) {
      slide.addText(c.sources.join('   '), { x: M, y: H - FOOTER_H, w: W - 2 * M, h: FOOTER_H - 0.08, fontFace: face, fontSize: 8, color: MUTED, margin: 0, valign: 'middle', fit: 'shrink' });
    }
    if (c.notes) slide.addNotes(c.notes);
  });
  const out = await pptx.write({ outputType: 'blob', compression: true });
  return out instanceof Blob ? out : new Blob([out as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}
