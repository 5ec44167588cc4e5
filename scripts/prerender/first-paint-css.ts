/**
 * The first paint's stylesheet: the rules of the app's stylesheet that the prerendered page uses, as the
 * starter (public/start.js) finds it (<html data-start>), so that index.html paints from itself alone, with
 * no stylesheet request first (README "Performance"). Beasties picks the rules whose selectors match the
 * page; this then keeps what the first paint needs besides (the local() faces the text is drawn in) and
 * drops what it cannot use (print, hover and focus: the whole stylesheet follows once the page has painted).
 */
import Beasties from 'beasties';
import postcss, { type AtRule, type Rule } from 'postcss';

/** Pseudo-classes of a reader's action: no one acts on the page before its whole stylesheet is there. */
const ACTION = /:(hover|active|focus|focus-visible|focus-within)\b/;
/** A page the starter has not marked, which the first paint never is (Beasties does not read :not()). */
const NOT_STARTED = /:not\(\[data-start\]\)/;

/** Whether a text can stand inside an inline <script> data block (the HTML parser ends it at "</script"). */
export function inlinable(css: string): string | null {
  return /<\/script|<!--/i.exec(css)?.[0] ?? null;
}

/**
 * `html`: the page as written, with one <link rel="stylesheet"> to `href` (relative to `dir`, the build folder);
 * `css`: that stylesheet's text. Returns the first paint's CSS, minified.
 */
export async function firstPaintCss(html: string, dir: string, css: string): Promise<string> {
  // The page as the starter leaves it before the first paint: rules for a page without it do not apply.
  const started = html.replace(/<html\b([^>]*)>/, (_, attrs: string) => `<html${attrs} data-start="">`);
  // Only the <style> it writes is read: how it would load the rest (its `preload`) does not matter.
  const beasties = new Beasties({ path: dir, publicPath: '', logLevel: 'silent', pruneSource: false, inlineFonts: false, keyframes: 'critical', compress: true, mergeStylesheets: true, reduceInlineStyles: false });
  const out = await beasties.process(started);
  const picked = /<style>([\s\S]*?)<\/style>/.exec(out)?.[1];
  if (picked === undefined) throw new Error('beasties kept no rule of the stylesheet for the first paint');
  const root = postcss.parse(picked);
  root.walkAtRules((r: AtRule) => {
    if (r.name === 'page' || (r.name === 'media' && /\bprint\b/.test(r.params))) r.remove();
  });
  root.walkRules((r: Rule) => {
    // (inside :not(), an action is a state the page is in from the start: .visually-hidden-focusable:not(:focus))
    const kept = r.selectors.filter((s) => !NOT_STARTED.test(s) && !ACTION.test(s.replace(/:not\([^()]*\)/g, '')));
    if (kept.length === 0) r.remove();
    else if (kept.length < r.selectors.length) r.selectors = kept;
  });
  root.walkAtRules((r: AtRule) => {
    if (r.nodes && r.nodes.length === 0) r.remove();
  });
  // The faces the page's text is drawn in, by local() name (src/ui/tokens.ts): without them the first layout
  // looks the families up one by one (README "Performance"), and the text could change face when the rest arrives.
  const faces: string[] = [];
  postcss.parse(css).walkAtRules('font-face', (r) => void faces.push(r.toString()));
  return faces.join('') + root.toString();
}
