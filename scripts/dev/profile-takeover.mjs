// Dev helper: where the app's start spends its time (CPU profile at 1× CPU): self and inclusive time by
// function, for a build without minification (npx vite build --minify false --outDir dist-prof). With --focus=<function>,
// only the time under that function, by the functions of the app's own chunk it calls (what the time is spent in).
//   node scripts/dev/profile-takeover.mjs <url> [width=412] [height=823] [rows=40] [--focus=<function>]
import { chromium } from '@playwright/test';
const args = process.argv.slice(2);
const focus = args.find((a) => a.startsWith('--focus='))?.slice('--focus='.length);
const [url, w = '412', h = '823', rows = '40'] = args.filter((a) => !a.startsWith('--focus='));
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
let focusTotal = 0;
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const chain = [];
  for (let x = id; x !== undefined; x = parent.get(x)) chain.push(name(byId.get(x)));
  // With --focus, only samples under that function count, and only the frames below it.
  const end = focus ? chain.findIndex((k) => k.startsWith(`${focus} `)) : chain.length;
  if (end < 0) return;
  focusTotal += ms;
  if (!focus) self.set(chain[0], (self.get(chain[0]) ?? 0) + ms);
  const seen = new Set();
  for (const k of chain.slice(0, end)) {
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + ms);
  }
});
const top = (m) => [...m].filter(([k]) => !/^\((idle|root|program)\)/.test(k)).sort((a, z) => z[1] - a[1]).slice(0, +rows);
if (focus) {
  console.log(`— under ${focus}: ${focusTotal.toFixed(1)} ms`);
  for (const [k, v] of top(new Map([...incl].filter(([k]) => /index-/.test(k))))) console.log(v.toFixed(1).padStart(7), k);
  process.exit(0);
}
console.log('— inclusive'); for (const [k, v] of top(incl)) console.log(v.toFixed(1).padStart(7), k);
console.log('— self'); for (const [k, v] of top(self).slice(0, 20)) console.log(v.toFixed(1).padStart(7), k);
