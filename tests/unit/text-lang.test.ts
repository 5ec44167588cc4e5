import { describe, expect, it } from 'vitest';
import { partLang, textLang } from '../../src/i18n/text-lang.ts';

describe('the language of a quoted passage (WCAG 3.1.2)', () => {
  it('is told by script: kana is Japanese, Han Chinese, anything else English', () => {
    expect(textLang('ソフトウェア開発、情報サービス、バイオエンジニアリング及び集積回路')).toBe('ja');
    expect(textLang('大连高新区是1991年3月经国务院批准设立的首批国家级高新区之一')).toBe('zh-CN');
    expect(textLang('institutions and enterprises in the zone have achieved important outcomes')).toBe('en');
  });
  it('is written only where it differs from the page\'s', () => {
    expect(partLang('园区概况（大连高新区）', 'zh')).toBeUndefined();
    expect(partLang('园区概况（大连高新区）', 'en')).toBe('zh-CN');
    expect(partLang('High-tech zone plays its role in growth', 'zh')).toBe('en');
    expect(partLang('High-tech zone plays its role in growth', 'en')).toBeUndefined();
  });
});
