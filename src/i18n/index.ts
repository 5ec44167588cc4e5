/**
 * Message lookup with {placeholders}; values are inserted as text, never as HTML. English counts take
 * `{n|one|other}`: the first form where n is 1, else the second ("1 zone", "3 zones"); Chinese needs none.
 */
import type { Lang } from '../data/types.ts';
import { zh, type MessageKey } from './zh.ts';
import { en } from './en.ts';

export type { MessageKey };
export const dictionaries: Record<Lang, Record<MessageKey, string>> = { zh, en };

export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const s = dictionaries[lang][key];
  if (!vars) return s;
  return s
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (m, k: string, one: string, other: string) => (k in vars ? (Number(vars[k]) === 1 ? one : other) : m))
    .replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** Punctuation between the parts of a sentence as each language writes it: Chinese full-width, English half-width with its space. */
export const PUNCT: Record<Lang, { colon: string; stop: string; open: string; close: string }> = {
  zh: { colon: '：', stop: '。', open: '（', close: '）' },
  en: { colon: ': ', stop: '. ', open: ' (', close: ')' },
};
