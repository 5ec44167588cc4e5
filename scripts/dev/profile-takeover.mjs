// Dev helper: where the app's start spends its time (CPU profile at 1× CPU): self and inclusive time by
// function, for a build without minification (npx vite build --minify false --outDir dist-prof).
//   node scripts/dev/profile-takeover.mjs <url> [width=412] [height=823] [rows=40]
import { chromium } from '@playwright/test';
const [,, url, w = '412', h = '823', rows = '40'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--enable-unsafe-swiftshader'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
const c = await p.context().newCDPSession(p);
await c.send('Profiler.enable');
await c.send('Profiler.setSamplingInterval', { interval: 50 });
await c.send('Profiler.start');
await p.goto(url);
await p.waitForFunction(() => document.documentElement.dataset.app === 'ready');
await p.waitForTimeout(1500);
const { profile } = await c.send('Profiler.stop');
await b.close();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const k of n.children ?? []) parent.set(k, n.id);
const name = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
const self = new Map();
const incl = new Map();
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const n = byId.get(id);
  self.set(name(n), (self.get(name(n)) ?? 0) + ms);
  const seen = new Set();
  for (let x = id; x !== undefined; x = parent.get(x)) {
    const k = name(byId.get(x));
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + ms);
  }
});
const top = (m) => [...m].filter(([k]) => !/^\((idle|root|program)\)/.test(k)).sort((a, z) => z[1] - a[1]).slice(0, +rows);
console.log('— inclusive'); for (const [k, v] of top(incl)) console.log(v.toFixed(1).padStart(7), k);
console.log('— self'); for (const [k, v] of top(self).slice(0, 20)) console.log(v.toFixed(1).padStart(7), k);
