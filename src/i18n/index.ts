/** Message lookup with {placeholders}; values are inserted as text, never as HTML. */
import type { Lang } from '../data/types.ts';
import { zh, type MessageKey } from './zh.ts';
import { en } from './en.ts';

export type { MessageKey };
export const dictionaries: Record<Lang, Record<MessageKey, string>> = { zh, en };

export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const s = dictionaries[lang][key];
  return vars ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : s;
}

/** Punctuation between the parts of a sentence as each language writes it: Chinese full-width, English half-width with its space. */
export const PUNCT: Record<Lang, { colon: string; stop: string; open: string; close: string }> = {
  zh: { colon: '：', stop: '。', open: '（', close: '）' },
  en: { colon: ': ', stop: '. ', open: ' (', close: ')' },
};
