/**
 * Figures as CSV (for Excel: UTF-8 with a byte-order mark, RFC 4180 quoting)
 * and as JSON. One row per figure, with its scope and its source quote, so a
 * downloaded number keeps its provenance.
 */
import type { Atlas, Figure, Lang } from '../data/types.ts';
import { scopeKey } from '../panel/scope.ts';

export const CSV_COLUMNS = [
  'id', 'metric', 'label_zh', 'label_en', 'scope', 'value', 'up_to', 'written', 'unit', 'comparator',
  'year', 'when', 'kind', 'document', 'document_title', 'quote', 'url',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type FigureRow = Record<CsvColumn, string>;

/** Excel reads UTF-8 only with a byte-order mark. */
export const BOM = '\uFEFF';

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function figureRow(atlas: Atlas, f: Figure, lang: Lang): FigureRow {
  const s = f.source;
  const doc = s.type === 'doc' ? atlas.documents.find((d) => d.id === s.doc) : undefined;
  return {
    id: f.id,
    metric: f.metric,
    label_zh: f.subject ? `${f.subject.zh} · ${f.label.zh}` : f.label.zh,
    label_en: f.subject ? `${f.subject.en} · ${f.label.en}` : f.label.en,
    scope: scopeKey(f.scope),
    value: String(f.value),
    // A range ("1-2家"): `value` is its lower bound, this its upper; empty for a single number.
    up_to: f.upTo === undefined ? '' : String(f.upTo),
    written: f.written ?? '',
    unit: f.unit,
    comparator: f.comparator,
    year: String(f.year),
    // Where the sentence gives no year, `year` is only the document's horizon (for sorting): this says what it does give.
    when: f.when?.[lang] ?? '',
    kind: f.kind,
    document: s.type === 'doc' ? s.doc : '',
    document_title: doc ? doc.title[lang] : s.type === 'external' ? (s.title ?? '') : '',
    // The quote as shown in the app (seed defects corrected, e.g. 大连 restored).
    quote: s.type === 'doc' ? s.display : s.quote,
    url: s.type === 'external' ? (s.url ?? '') : '',
  };
}

/** CSV text with BOM and CRLF line ends (RFC 4180). */
export function figuresToCsv(atlas: Atlas, figures: readonly Figure[], lang: Lang): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const f of figures) {
    const row = figureRow(atlas, f, lang);
    lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The same rows as JSON, with the number as a number. */
export function figuresToJson(atlas: Atlas, figures: readonly Figure[], lang: Lang): string {
  const rows = figures.map((f) => ({ ...figureRow(atlas, f, lang), value: f.value, year: f.year }));
  return `${JSON.stringify({ source: 'Liaoning High-Tech Zones Atlas', builtFrom: atlas.builtFrom, figures: rows }, null, 2)}\n`;
}
