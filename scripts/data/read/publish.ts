/** publish.yaml: the publisher's minimum grade for outside facts, and what it leaves out. */
import type * as S from '../schema.ts';
import type { In } from '../files.ts';
import { meetsGrade, DEFAULT_MIN_GRADE } from '../grades.ts';
import type { Omission, SourceGrade, SourceRef } from '../../../src/data/types.ts';

export interface Publisher {
  minGrade: SourceGrade;
  /** Filled by `publishable` as the readers go: atlas.publish.omitted. */
  omitted: Omission[];
  /** False (and the fact recorded as left out) when an outside source is below the minimum. */
  publishable(ref: SourceRef | null | undefined, what: Omission['what'], zone?: string): boolean;
}

export function readPublish(publishIn: In<typeof S.PublishIn> | null): Publisher {
  const minGrade: SourceGrade = publishIn?.min_external_grade ?? DEFAULT_MIN_GRADE;
  const omitted: Omission[] = [];
  return {
    minGrade,
    omitted,
    publishable(ref, what, zone) {
      if (!ref || ref.type !== 'external' || meetsGrade(ref.grade, minGrade)) return true;
      omitted.push({ record: ref.record, zone, what, grade: ref.grade });
      return false;
    },
  };
}
