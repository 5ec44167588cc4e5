import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
const check = () => {
  const out = [];
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    const t = n.textContent ?? '';
    if (!/\p{Script=Han}/u.test(t)) continue;
    const el = n.parentElement;
    if (!el || el.closest('script,style,template,[aria-hidden="true"]')) continue;
    const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
    if (/^(zh|ja)/.test(lang)) continue;
    const r = el.getBoundingClientRect();
    out.push(`${el.tagName.toLowerCase()}.${el.className}: ${t.trim().slice(0, 40)}`);
  }
  return out;
};
for (const u of ['en/zone/dalian/', 'en/', 'en/zone/shenyang/', '?zone=dalian&lang=en', '?industry=robotics&lang=en', '?compare=shenyang,dalian&lang=en', '?mode=present&step=4&lang=en']) {
  await p.goto('http://127.0.0.1:4190/' + u); await p.waitForTimeout(1500);
  const r = await p.evaluate(check);
  console.log(u, r.length); for (const x of [...new Set(r)].slice(0, 12)) console.log('   ', x);
}
await b.close();
