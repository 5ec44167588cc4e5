/**
 * The language of a passage the atlas quotes but did not write (an outside source's title, publisher or
 * words: Chinese, Japanese or English), for its `lang` attribute (WCAG 3.1.2, language of parts): a screen
 * reader then reads it in its own voice, and a browser draws its Han characters in that language's forms.
 * Told by script, as the sources are: kana is Japanese, Han without kana Chinese, anything else English.
 */
import type { Lang } from '../data/types.ts';

export type TextLang = 'zh-CN' | 'ja' | 'en';

export function textLang(text: string): TextLang {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Han}/u.test(text)) return 'zh-CN';
  return 'en';
}

/** The `lang` a quoted passage needs on a page in `page`: none where it is the page's own language. */
export function partLang(text: string, page: Lang): TextLang | undefined {
  const own = textLang(text);
  return own === (page === 'zh' ? 'zh-CN' : 'en') ? undefined : own;
}
