/** cities.yaml: the prefecture-level cities, by id. */
import type * as S from '../schema.ts';
import type { DataErrors } from '../errors.ts';
import { uniqueIds, type In } from '../files.ts';
import type { City } from '../../../src/data/types.ts';

export function readCities(citiesIn: In<typeof S.CityIn>[], file: string, errors: DataErrors): { cities: City[]; cityIds: Set<string> } {
  return { cities: citiesIn, cityIds: uniqueIds(citiesIn, file, errors) };
}
