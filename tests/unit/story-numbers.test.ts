import { describe, it, expect } from 'vitest';
import { numbersIn, unsupportedNumbers } from '../../scripts/data/story-numbers.ts';

describe('story caption and notes numbers (data build)', () => {
  it('reads numbers as written in each language', () => {
    expect(numbersIn('全省高新区现有在孵企业1455家，比重为2.0%', 'zh')).toEqual(['1455', '2.0']);
    expect(numbersIn('1,455 incubating enterprises, 2.0% of sales', 'en')).toEqual(['1455', '2.0']);
    expect(numbersIn('a target of 5 billion yuan and 7.5 billion', 'en')).toEqual(['50', '75']);
    expect(numbersIn('600 million', 'en')).toEqual(['60000']);
  });
  it('accepts numbers the sentence writes, and stated ones', () => {
    const s = ['鞍山激光产业集群销售收入达50亿元'];
    expect(unsupportedNumbers('到2020年，销售收入达50亿元', 'zh', s, [2020])).toEqual([]);
    expect(unsupportedNumbers('by 2020 sales of 5 billion yuan', 'en', s, [2020])).toEqual([]);
  });
  it('rejects a year the sentence does not give, a rounded value, a derived count', () => {
    const s = ['沈阳、大连高新区分别为2.0%、2.8%'];
    expect(unsupportedNumbers('2015年沈阳为2.0%', 'zh', s)).toEqual(['2015']);
    expect(unsupportedNumbers('Shenyang 2% of sales', 'en', s)).toEqual(['2']);
    expect(unsupportedNumbers('of the 8 zones listed', 'en', s)).toEqual(['8']);
  });
});
