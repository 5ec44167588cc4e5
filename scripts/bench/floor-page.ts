/**
 * The bench's floor page: the app's own <head> (the first paint's rules, the inline starter that adopts them,
 * the same policy) and one heading, nothing else. Its Lighthouse LCP is what a page that paints from its HTML
 * alone costs on the mobile profile: the app's LCP less this is what its first view itself costs (README,
 * Performance).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `out`/index.html (and the assets it links) from the built app in `dist`. */
export function writeFloorPage(dist: string, out: string): void {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const head = html.slice(0, html.indexOf('<body'))
    // Without the inert app: the starter then has nothing to load, and the page stays one heading.
    .replace(/<template id="app-start">[\s\S]*?<\/template>/, '');
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  if (!head.includes('id="first-paint-css"') || !title) throw new Error(`${dist}/index.html: no first paint's rules or title to build the floor page from`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(join(dist, 'assets'), join(out, 'assets'), { recursive: true });
  writeFileSync(join(out, 'index.html'), `${head}<body><h1>${title}</h1></body>\n</html>\n`);
}
