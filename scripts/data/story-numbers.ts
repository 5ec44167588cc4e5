/**
 * Story captions and speaker notes are prose, not figure records, so the build
 * checks their numbers another way: every number written in them must occur in
 * a sentence they rest on (the step's source, the notes' sources, the step's
 * figures) or be one of the atlas's own stated parameters (the belt's 30 km).
 * Numbers are compared as written (2.0 is not 2), so rounding is caught too.
 * English "5 billion" is compared with the Chinese 50亿, "6 million" with 600万.
 */

/** Numbers as written in Chinese text (no grouping in zh, GB/T 15835). */
function zhNumbers(text: string): string[] {
  return text.match(/\d+(?:\.\d+)?/g) ?? [];
}

const tidy = (n: number): string => String(Math.round(n * 1000) / 1000);

/** Numbers as written in English text: comma grouping removed; billion/million turned into 亿/万 counts. */
function enNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s*(?:billion|million))?/g)) {
    const plain = `${(m[1] ?? '').replace(/,/g, '')}${m[2] ?? ''}`;
    const scale = m[3]?.trim();
    out.push(scale === 'billion' ? tidy(Number(plain) * 10) : scale === 'million' ? tidy(Number(plain) * 100) : plain);
  }
  return out;
}

export function numbersIn(text: string, lang: 'zh' | 'en'): string[] {
  return lang === 'zh' ? zhNumbers(text) : enNumbers(text);
}

/**
 * The numbers of `text` that none of `sentences` (Chinese, as written) nor `extra`
 * contains; empty when every number is supported.
 */
export function unsupportedNumbers(text: string, lang: 'zh' | 'en', sentences: readonly string[], extra: readonly (number | string)[] = []): string[] {
  const known = new Set<string>(extra.map(String));
  for (const s of sentences) for (const n of zhNumbers(s)) known.add(n);
  return [...new Set(numbersIn(text, lang).filter((n) => !known.has(n)))];
}
