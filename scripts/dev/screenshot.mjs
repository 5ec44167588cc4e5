// Dev helper: node scripts/dev/screenshot.mjs <url> <out.png> [width] [height]
import { chromium } from '@playwright/test';
const [,, url, out, w='1366', h='768'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--enable-unsafe-swiftshader'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
p.on('console', m => { if (m.type()==='error') console.log('console:', m.text()); });
p.on('pageerror', e => console.log('pageerror:', e.message));
await p.goto(url); await p.waitForTimeout(2500);
await p.screenshot({ path: out });
await b.close();
