/**
 * A picture of the SVG map (for the PNG export and the slides): the SVG
 * serialised (the map draws with presentation attributes, so only the font
 * comes from CSS), drawn into a canvas through a blob URL (no request).
 */
import type { MapPicture } from './registry.ts';

const loadImage = (url: string): Promise<HTMLImageElement> =>
  new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('image'));
    img.src = url;
  });

/** The SVG map as a canvas. */
export async function svgSnapshot(svg: SVGSVGElement, width: number, height: number, scale: number): Promise<MapPicture | null> {
  if (width <= 0 || height <= 0) return null;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('font-family', getComputedStyle(svg).fontFamily);
  const xml = new XMLSerializer().serializeToString(clone);
  const url = URL.createObjectURL(new Blob([xml], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = await loadImage(url);
    const c = document.createElement('canvas');
    c.width = Math.round(width * scale);
    c.height = Math.round(height * scale);
    const ctx = c.getContext('2d');
    if (!ctx) return null;
    ctx.fillStyle = getComputedStyle(svg).backgroundColor || '#fff';
    ctx.fillRect(0, 0, c.width, c.height);
    ctx.drawImage(img, 0, 0, c.width, c.height);
    return { canvas: c, width, height };
  } finally {
    URL.revokeObjectURL(url);
  }
}

