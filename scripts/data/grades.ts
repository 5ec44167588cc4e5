/**
 * Outside sources, graded, and the publisher's minimum (data/publish.yaml).
 * One place for the order of grades, so the build, the panel and the tests agree.
 */
import { SOURCE_GRADES, type SourceGrade } from '../../src/data/types.ts';

/** Strongest first: a lower index is a stronger source. */
export const gradeRank = (g: SourceGrade): number => SOURCE_GRADES.indexOf(g);

/** True when a source of grade `g` may be published under the minimum `min`. */
export const meetsGrade = (g: SourceGrade, min: SourceGrade): boolean => gradeRank(g) <= gradeRank(min);

/** The default when data/publish.yaml is absent: everything graded is shown, each with its grade. */
export const DEFAULT_MIN_GRADE: SourceGrade = 'reprint';
