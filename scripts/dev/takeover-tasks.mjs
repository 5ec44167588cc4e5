// Dev helper: the long tasks of loading a page at a CPU slowdown (Lighthouse's mobile profile uses 4×), with the
// app's performance marks: where the takeover of the prerendered page blocks the main thread.
//   node scripts/dev/takeover-tasks.mjs <url> [slowdown=4] [width=412] [height=823] [runs=3]
import { chromium } from '@playwright/test';
const [,, url, rate = '4', w = '412', h = '823', runs = '3'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--enable-unsafe-swiftshader'] });
for (let i = 0; i < +runs; i++) {
  const p = await b.newPage({ viewport: { width: +w, height: +h } });
  const c = await p.context().newCDPSession(p);
  await c.send('Emulation.setCPUThrottlingRate', { rate: +rate });
  await p.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
  });
  await p.goto(url);
  await p.waitForSelector('html[data-app=ready]');
  await p.waitForTimeout(1500);
  const r = await p.evaluate(() => ({
    fcp: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN),
    marks: performance.getEntriesByType('mark').map((m) => `${m.name}@${Math.round(m.startTime)}`),
    tasks: window.__longTasks,
  }));
  const blocking = r.tasks.filter(([s]) => s >= r.fcp).reduce((n, [, d]) => n + Math.max(0, d - 50), 0);
  console.log(`fcp ${r.fcp} ms · blocking after it ${blocking} ms · tasks ${r.tasks.map(([s, d]) => `${s}+${d}`).join(' ')} · ${r.marks.join(' ')}`);
  await p.close();
}
await b.close();
