/**
 * What a record shows for its date (rule i): the year only where the sentence
 * or its section gives one; otherwise what the document says (`when`:
 * "现有（据2016年规划）", "句中未写年份"). One place for the decision.
 */
import type { I18n, Lang } from '../data/types.ts';

export const whenLabel = (r: { year: number; when?: I18n }, lang: Lang): string => r.when?.[lang] ?? String(r.year);
