/** industries.yaml: the controlled vocabulary, by key. */
import type * as S from '../schema.ts';
import type { DataErrors } from '../errors.ts';
import type { In, KeyOf } from '../files.ts';
import type { Industry } from '../../../src/data/types.ts';

export const industryKey: KeyOf = (r, i) => (typeof r.key === 'string' ? r.key : `#${i + 1}`);

export function readIndustries(industriesIn: In<typeof S.IndustryIn>[], file: string, errors: DataErrors): { industries: Industry[]; industryKeys: Set<string> } {
  const industryKeys = new Set<string>();
  for (const ind of industriesIn) {
    if (industryKeys.has(ind.key)) errors.add(file, ind.key, 'duplicate key');
    industryKeys.add(ind.key);
  }
  return { industries: industriesIn, industryKeys };
}
