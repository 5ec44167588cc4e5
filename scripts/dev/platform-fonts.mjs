// Dev helper: the font faces a page's text is drawn in, with their glyph counts (DevTools' "rendered fonts"),
// script off: the prerendered first view as it paints. Each cold CJK face costs the first layout its loading.
//   node scripts/dev/platform-fonts.mjs <url> [width=412] [height=823]
import { chromium } from '@playwright/test';
const [,, url, w = '412', h = '823'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width: +w, height: +h }, javaScriptEnabled: false });
const p = await ctx.newPage();
await p.goto(url);
const cdp = await ctx.newCDPSession(p);
await cdp.send('DOM.enable');
await cdp.send('CSS.enable');
const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
const faces = new Map();
const walk = async (node) => {
  if (node.nodeType === 1) {
    // Elements without a box of their own (in <head>, display: none) have no fonts to report.
    const r = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: node.nodeId }).catch(() => ({ fonts: [] }));
    for (const f of r.fonts) faces.set(f.postScriptName || f.familyName, (faces.get(f.postScriptName || f.familyName) ?? 0) + f.glyphCount);
  }
  for (const child of node.children ?? []) await walk(child);
};
await walk(root);
for (const [face, glyphs] of faces) console.log(`${face}: ${glyphs} glyphs`);
await b.close();
