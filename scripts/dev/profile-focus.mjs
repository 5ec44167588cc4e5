// Dev helper: the CPU time (1× CPU) spent under one function at the app's start, by the functions it calls, for a build
// without minification (npx vite build --minify false --outDir dist-prof). Where profile-takeover.mjs says how long,
// this says in what: node scripts/dev/profile-focus.mjs <url> <function> [width=412] [height=823] [rows=40]
import { chromium } from '@playwright/test';
const [,, url, focus, w = '412', h = '823', rows = '40'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--enable-unsafe-swiftshader'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
const c = await p.context().newCDPSession(p);
await c.send('Profiler.enable'); await c.send('Profiler.setSamplingInterval', { interval: 50 }); await c.send('Profiler.start');
await p.goto(url); await p.waitForFunction(() => document.documentElement.dataset.app === 'ready'); await p.waitForTimeout(1000);
const { profile } = await c.send('Profiler.stop'); await b.close();
const byId = new Map(profile.nodes.map((n) => [n.id, n])); const parent = new Map();
for (const n of profile.nodes) for (const k of n.children ?? []) parent.set(k, n.id);
const name = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
const incl = new Map(); let tot = 0;
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const chain = []; for (let x = id; x !== undefined; x = parent.get(x)) chain.push(name(byId.get(x)));
  const fi = chain.findIndex((k) => k.startsWith(focus + ' ')); if (fi < 0) return; tot += ms;
  const seen = new Set();
  for (const k of chain.slice(0, fi)) { if (seen.has(k)) continue; seen.add(k); incl.set(k, (incl.get(k) ?? 0) + ms); }
});
console.log('focus total', tot.toFixed(1));
for (const [k, v] of [...incl].filter(([k]) => /index-/.test(k)) /* the app's own chunk */.sort((a, z) => z[1] - a[1]).slice(0, +rows)) console.log(v.toFixed(1).padStart(7), k);
