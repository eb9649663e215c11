import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldTable, foldTraditional } from './fold-chinese.js';
import { normaliseForSearch, searchPlan, searchTokens } from './search-vector.js';

const migration = readFileSync(
  new URL('../db/migrations/0002_fold-traditional-search.sql', import.meta.url),
  'utf8',
);

describe('folding traditional Chinese characters', () => {
  it('turns traditional characters into simplified ones and leaves everything else', () => {
    expect(foldTraditional('商標續展')).toBe('商标续展');
    expect(foldTraditional('歐盟商標 EUTM 2017/1001')).toBe('欧盟商标 EUTM 2017/1001');
    expect(foldTraditional('著作权 专利年费 知识产权')).toBe('著作权 专利年费 知识产权');
    expect(foldTraditional('Trade mark')).toBe('Trade mark');
  });

  it('changes nothing on a second pass', () => {
    for (const [from, to] of foldTable()) expect(foldTraditional(to), `${from} → ${to}`).toBe(to);
  });

  it('folds the index and the query alike', () => {
    expect(searchTokens('商標續展')).toEqual(searchTokens('商标续展'));
    expect(searchPlan('商標續展')?.match).toBe(searchPlan('商标续展')?.match);
    expect(normaliseForSearch('ＰＣＴ 國際申請')).toBe('pct 国际申请');
  });

  it('is the table the migration folds existing rows with', () => {
    const [, from, to] = /translate\(t,\s*'([^']*)',\s*'([^']*)'\)/.exec(migration) ?? [];
    expect(from, 'the translate() call in the migration').toBeDefined();
    const pairs = new Map([...from!].map((ch, i) => [ch, [...to!][i]]));
    expect(pairs).toEqual(new Map(foldTable()));
  });
});
