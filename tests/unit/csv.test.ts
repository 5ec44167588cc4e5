import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Atlas, Figure } from '../../src/data/types.ts';
import { figuresToCsv, figuresToJson, csvField, CSV_COLUMNS, BOM } from '../../src/export/csv.ts';

const atlas = JSON.parse(readFileSync(new URL('../../public/data/atlas.json', import.meta.url), 'utf8')) as Atlas;

/** A small RFC 4180 reader, to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += ch;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe('CSV', () => {
  it('starts with a byte-order mark and the header', () => {
    const csv = figuresToCsv(atlas, atlas.figures.slice(0, 2), 'zh');
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    const tricky: Figure = {
      ...(atlas.figures[0] as Figure),
      id: 'x',
      label: { zh: '逗号,引号"和\n换行', en: 'a, "b"' },
      source: { type: 'external', url: 'https://example.org/?a=1,2', quote: 'he said "3,5"', grade: 'reprint', record: { file: 'data/figures/x.yaml', id: 'x' } },
    };
    const rows = parseCsv(figuresToCsv(atlas, [tricky], 'en').slice(1));
    const get = (c: string): string | undefined => rows[1]?.[CSV_COLUMNS.indexOf(c as (typeof CSV_COLUMNS)[number])];
    expect(rows).toHaveLength(2);
    expect(get('label_zh')).toContain('逗号,引号"和\n换行');
    expect(get('quote')).toBe('he said "3,5"');
    expect(get('url')).toBe('https://example.org/?a=1,2');
  });

  it('writes a range as both bounds, never its lower bound alone (国家级联盟1-2家)', () => {
    const f = atlas.figures.find((x) => x.id === 'benxi-2015.innovation-alliances.national');
    if (!f) throw new Error('expected the Benxi alliance range');
    const row = parseCsv(figuresToCsv(atlas, [f], 'zh').slice(1))[1];
    const col = (c: (typeof CSV_COLUMNS)[number]): string | undefined => row?.[CSV_COLUMNS.indexOf(c)];
    expect([col('value'), col('up_to'), col('written'), col('comparator')]).toEqual(['1', '2', '1-2', 'eq']);
  });

  it('writes one row per figure with its scope, source and quote', () => {
    const figs = atlas.figures.filter((f) => f.id.startsWith('plan-2016.gdp-share-of-city.'));
    const rows = parseCsv(figuresToCsv(atlas, figs, 'zh').slice(1));
    expect(rows).toHaveLength(figs.length + 1);
    const dalian = rows.find((r) => r[0] === 'plan-2016.gdp-share-of-city.dalian');
    const col = (c: (typeof CSV_COLUMNS)[number]): string | undefined => dalian?.[CSV_COLUMNS.indexOf(c)];
    expect(col('scope')).toBe('zone:dalian');
    expect(col('value')).toBe('3.6');
    expect(col('written')).toBe('3.6%');
    expect(col('kind')).toBe('baseline');
    // The plan gives no year for it: `year` is only its horizon, and `when` says what the document gives.
    expect(col('year')).toBe('2015');
    expect(col('when')).toBe('现有（据2016年规划）');
    expect(col('document')).toBe('plan-2016');
    expect(col('document_title')).toContain('规划');
    expect(col('quote')).toContain('沈阳、大连、鞍山、本溪、营口、辽阳、阜新、锦州高新区GDP占所在市GDP比例');
  });

  it('uses the quote as displayed (大连 restored), not the seed defect', () => {
    const f: Figure = {
      ...(atlas.figures[0] as Figure),
      source: { type: 'doc', doc: 'shenda-2016', quote: '沈阳、365体育投注', display: '沈阳、大连', start: 0, end: 5, corrected: { zh: '已更正', en: 'corrected' }, record: { file: 'data/figures/x.yaml', id: 'x' } },
    };
    const csv = figuresToCsv(atlas, [f], 'zh');
    expect(csv).toContain('沈阳、大连');
    expect(csv).not.toContain('365体育投注');
  });
});

describe('JSON', () => {
  it('has the same rows with numbers as numbers', () => {
    const j = JSON.parse(figuresToJson(atlas, atlas.figures.slice(0, 3), 'en')) as { figures: { id: string; value: number; quote: string }[] };
    expect(j.figures).toHaveLength(3);
    expect(typeof j.figures[0]?.value).toBe('number');
    expect(j.figures[0]?.quote.length).toBeGreaterThan(0);
  });
});
