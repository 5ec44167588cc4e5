/**
 * Chinese punctuation written into English text by code: a full-width bracket, colon, comma or stop against
 * Latin letters ("Record：", "（External source"), outside what quotes Chinese (`q`, `blockquote`, anything
 * marked `lang="zh…"`, a Chinese phrase in “ ”), where the seeds' own marks are kept verbatim. Returns each hit with its context.
 */
import type { Locator } from '@playwright/test';

export function chinesePunctuationInEnglish(root: Locator): Promise<string[]> {
  return root.evaluate((el) => {
    const hits: string[] = [];
    const quoted = (n: Node): boolean => !!n.parentElement?.closest('q, blockquote, [lang|="zh"]');
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    // Joined across elements, so that "Record" + "：" in the next span is caught too.
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) text += quoted(n) ? ' ' : n.textContent ?? '';
    // A seed's words quoted inline in an English note ("the seed writes “3。5年”") keep their marks.
    text = text.replace(/“[^”]*\p{Script=Han}[^”]*”/gu, ' ');
    for (const m of text.matchAll(/[A-Za-z0-9)][（：，。；、]|（\s*[A-Za-z]|[A-Za-z.)]\s*）/g)) hits.push(text.slice(Math.max(0, m.index - 30), m.index + 30).replace(/\s+/g, ' '));
    return hits;
  });
}
