/**
 * figures/*.yaml: every number shown. Each value must be written in its quote;
 * a target's baseline must be a baseline in the same unit; look-alikes must
 * name each other and say how they differ (data/README.md, rule c).
 */
import type * as S from '../schema.ts';
import { stripSpace } from '../text.ts';
import { meetsGrade } from '../grades.ts';
import { lookalikeGroups, lookalikeProblems, asWritten, rangeFrom } from '../rules.ts';
import type { In } from '../files.ts';
import type { ReadContext } from './context.ts';
import type { Docs } from './documents.ts';
import type { Figure, Scope, Zone } from '../../../src/data/types.ts';

export interface FigureDeps {
  zoneIds: ReadonlySet<string>;
  cityIds: ReadonlySet<string>;
  /** The built zones: a demo scope needs a zone with that scheme.demo. */
  zones: readonly Zone[];
  docs: Docs;
}

export interface FiguresRead {
  figures: Figure[];
  /** Every id in the files, also of a figure dropped for its source, so a reference to it is not reported as unknown. */
  figureIds: Set<string>;
  lookalikes: Figure[][];
}

export function readFigures(figuresIn: readonly { file: string; rec: In<typeof S.FigureIn> }[], { errors, source, publish }: ReadContext, { zoneIds, cityIds, zones, docs }: FigureDeps): FiguresRead {
  const figures: Figure[] = [];
  const figureIds = new Set<string>();
  for (const { file, rec: f } of figuresIn) {
    if (figureIds.has(f.id)) errors.add(file, f.id, 'duplicate id');
    figureIds.add(f.id);
    const scope = parseScope(f.scope);
    if (scope.level === 'zone' && !zoneIds.has(scope.id ?? '')) errors.add(file, f.id, `scope: unknown zone "${scope.id}"`);
    if ((scope.level === 'city' || scope.level === 'cluster') && !cityIds.has(scope.id ?? '')) errors.add(file, f.id, `scope: unknown city "${scope.id}"`);
    if (scope.level === 'demo' && !zones.some((z) => z.demos.includes(scope.id ?? ''))) errors.add(file, f.id, `scope: no zone in zones.yaml has scheme.demo "${scope.id}"`);
    if (scope.level === 'cluster' && !f.subject) errors.add(file, f.id, 'a cluster figure needs a subject (the cluster\'s name)');
    if (f.kind === 'baseline' && f.baseline) errors.add(file, f.id, 'only a target can name a baseline');
    const written = f.written ?? String(f.value);
    if (!stripSpace(f.source.quote).includes(stripSpace(written))) {
      errors.add(file, f.id, `value ${written} does not occur in the quote${f.written ? '' : ' (if the seed writes it differently, give `written`)'}`);
    }
    // A range is recorded as one ("1-2家": value 1, upTo 2), never as its lower bound alone.
    const range = rangeFrom(f.source.quote, f.value);
    if (f.upTo === undefined && range !== null) errors.add(file, f.id, `the quote gives a range, ${f.value}–${range}: record upTo: ${range} (the value is its lower bound)`);
    if (f.upTo !== undefined && f.upTo !== range) errors.add(file, f.id, `upTo ${f.upTo}: the quote writes no range ${f.value}–${f.upTo}`);
    if (f.upTo !== undefined && (f.comparator ?? 'eq') !== 'eq') errors.add(file, f.id, `a range (upTo) takes no comparator; "${f.comparator}" would read as "${f.comparator} ${f.value}"`);
    if ('doc' in f.source) {
      const d = docs.get(f.source.doc);
      if (d && !d.meta.liaoning && scope.level !== 'peer') errors.add(file, f.id, `${f.source.doc} is not a Liaoning document: its figures need a peer:<name> scope`);
    }
    const src = source(file, f.id, f.source);
    if (!src) continue;
    if (src.type === 'external' && !meetsGrade(src.grade, publish.minGrade)) continue; // no figure rests on an outside source today
    figures.push({
      id: f.id, metric: f.metric, label: f.label, scope, subject: f.subject, value: f.value, upTo: f.upTo, written: f.written,
      ...asWritten(f.source.quote, f.value, f.unit),
      // A range's measure word follows its upper bound ("1-2家").
      ...(f.upTo === undefined ? {} : { measureWord: asWritten(f.source.quote, f.upTo, f.unit).measureWord }),
      comparator: f.comparator ?? 'eq', unit: f.unit, year: f.year, when: f.when, kind: f.kind, baseline: f.baseline, note: f.note, twins: f.twins, source: src,
    });
  }
  for (const { file, rec: f } of figuresIn) {
    if (!f.baseline) continue;
    const b = figures.find((x) => x.id === f.baseline);
    if (!b) errors.add(file, f.id, `baseline "${f.baseline}" is not a figure id`);
    else if (b.kind !== 'baseline') errors.add(file, f.id, `baseline "${f.baseline}" is a target, not a baseline`);
    else if (b.unit !== f.unit) errors.add(file, f.id, `baseline "${f.baseline}" is in ${b.unit}, the target in ${f.unit}`);
  }

  // Look-alikes: a reader takes two figures with the same measure, scope and year for one
  // number, so each must name the other and say how they differ.
  const fileOf = new Map(figuresIn.map(({ file, rec }) => [rec.id, file] as const));
  const lookalikes = lookalikeGroups(figures);
  for (const group of lookalikes) {
    for (const f of group) for (const reason of lookalikeProblems(f, group)) errors.add(fileOf.get(f.id) ?? '', f.id, reason);
  }
  for (const f of figures) for (const t of f.twins ?? []) if (!figureIds.has(t)) errors.add(fileOf.get(f.id) ?? '', f.id, `twins: "${t}" is not a figure id`);
  return { figures, figureIds, lookalikes };
}

/** `zone:benxi` → { level: zone, id: benxi }; the schema has checked the form. */
export function parseScope(s: string): Scope {
  const [level, id] = s.split(':') as [Scope['level'], string | undefined];
  return id === undefined ? { level } : { level, id };
}
