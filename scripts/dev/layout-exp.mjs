// Dev helper: the first layout's duration of a page (trace), for variants of its HTML served through a route.
//   node scripts/dev/layout-exp.mjs <url>
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [,, url] = process.argv;
const variants = {
  as_is: (h) => h,
  no_svg: (h) => h.replace(/<svg[\s\S]*?<\/svg>/g, ''),
  no_panel: (h) => h.replace(/<aside[\s\S]*<\/aside>/, ''),
  no_text_svg: (h) => h.replace(/<text[\s\S]*?<\/text>/g, ''),
  latin_font: (h) => h.replace('</head>', '<style>*{font-family:sans-serif!important}</style></head>'),
};
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [name, change] of Object.entries(variants)) {
  const out = [];
  for (let i = 0; i < 3; i++) {
    const p = await b.newPage({ viewport: { width: 412, height: 823 } });
    await p.route(url, async (r) => { const res = await r.fetch(); r.fulfill({ response: res, body: change(await res.text()), headers: { ...res.headers(), 'content-security-policy': '' } }); });
    await p.route(/\.js$/, (r) => r.abort());
    await b.startTracing(p, { path: '/tmp/lt.json', categories: ['devtools.timeline'] });
    await p.goto(url);
    await p.waitForTimeout(800);
    await b.stopTracing();
    const ev = JSON.parse(readFileSync('/tmp/lt.json', 'utf8')).traceEvents.filter((e) => e.name === 'Layout' && e.ph === 'X');
    out.push(ev.map((e) => (e.dur / 1000).toFixed(0)).slice(0, 3).join('/'));
    await p.close();
  }
  console.log(name.padEnd(12), out.join('  '));
}
await b.close();
