// Dev helper: node scripts/dev/console.mjs <url> — prints console errors and page errors with stacks.
import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--enable-unsafe-swiftshader'] });
const p = await b.newPage({ viewport: { width: 1366, height: 768 } });
p.on('console', m => { if (m.type()==='error' || m.type()==='warning') console.log('console:', m.text().slice(0,1500)); });
p.on('pageerror', e => console.log('pageerror:', e.message, e.stack?.slice(0,1500)));
await p.goto(process.argv[2]); await p.waitForTimeout(6000);
await b.close();
