// Dev helper: each main-thread task over a threshold while a page loads, with what it spent its time on
// (trace events, 1× CPU): which parts of the takeover block — script, style, layout, paint. Works on any page.
//   node scripts/dev/trace-tasks.mjs <url> [width=412] [height=823] [min-ms=8]
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [,, url, w = '412', h = '823', min = '8'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--enable-unsafe-swiftshader'] });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
await b.startTracing(p, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'] });
await p.goto(url);
await p.waitForLoadState('load');
// The atlas marks itself ready; another page (the bench's baseline) is traced to its load and what follows.
if (await p.$('template#app-start')) await p.waitForSelector('html[data-app=ready]');
await p.waitForTimeout(1500);
await b.stopTracing();
await b.close();
const ev = JSON.parse(readFileSync('/tmp/trace.json', 'utf8')).traceEvents;
const main = ev.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && ev.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
const mine = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, c) => a.ts - c.ts);
const nav = ev.find((e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser')?.ts ?? mine[0].ts;
const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur / 1000 >= +min);
const KINDS = ['ParseHTML', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'RunMicrotasks', 'ParseAuthorStyleSheet', 'MajorGC', 'MinorGC', 'HitTest', 'IntersectionObserverController::computeIntersections', 'ResizeObserverController::BroadcastObservations', 'UpdateLayer', 'Commit'];
for (const t of tasks) {
  const end = t.ts + t.dur;
  const inside = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= end && KINDS.includes(e.name));
  const sum = new Map();
  // Top-most events of each kind only (nested FunctionCall inside TimerFire counted once per kind).
  for (const e of inside) {
    const key = e.name === 'FunctionCall' || e.name === 'EvaluateScript' ? `${e.name}(${(e.args?.data?.url ?? '').split('/').pop()}:${e.args?.data?.functionName ?? ''})` : e.name;
    if (inside.some((o) => o !== e && o.name === e.name && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur)) continue;
    sum.set(key, (sum.get(key) ?? 0) + e.dur / 1000);
  }
  const parts = [...sum].filter(([, d]) => d >= 1).sort((a, c) => c[1] - a[1]).map(([k, d]) => `${k} ${d.toFixed(1)}`);
  console.log(`${((t.ts - nav) / 1000).toFixed(0).padStart(5)} +${(t.dur / 1000).toFixed(1).padStart(5)}  ${parts.join(' · ')}`);
}
