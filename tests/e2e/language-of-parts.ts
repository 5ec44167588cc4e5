/**
 * WCAG 3.1.2 (language of parts): on an English page, every passage written mostly in Chinese or Japanese
 * sits inside an element whose `lang` says so (a screen reader switches voice there). A few CJK characters
 * inside an English sentence (a note citing "3。5年") are the sentence's own. Returns each passage unmarked.
 */
import type { Locator } from '@playwright/test';

export function unmarkedCjk(root: Locator): Promise<string[]> {
  return root.evaluate((el) => {
    const hits: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
      const latin = (text.match(/[A-Za-z]/g) ?? []).length;
      if (cjk === 0 || cjk < latin) continue;
      const parent = n.parentElement;
      if (!parent || parent.closest('[aria-hidden="true"], script, style, template')) continue;
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!/^(zh|ja)/.test(lang)) hits.push(`<${parent.tagName.toLowerCase()}> ${text.trim().slice(0, 40)}`);
    }
    return hits;
  });
}
