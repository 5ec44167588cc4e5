// Dev helper: npx tsx scripts/dev/switch-latency.ts <url> — zone-switch latency and heap, quickly (the bench does it properly).
import { measureInBrowser } from '../bench/browser.ts';
const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const r = await measureInBrowser(url, { switches: 60, heapSwitches: 60, langSwitches: 4 });
console.log(JSON.stringify(r, null, 1));
