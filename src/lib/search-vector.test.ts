import { describe, expect, it } from 'vitest';
import { hanChunks, searchPlan, searchTokens, searchVector, wordVariants } from './search-vector.js';

describe('search documents', () => {
  it('keeps reading order: Latin words, and the bigrams of each Chinese run, never across punctuation', () => {
    expect(searchTokens('中小企业。PCT 申请 Trade-Marks')).toEqual([
      '中小',
      '小企',
      '企业',
      'pct',
      '申请',
      'trade',
      'marks',
    ]);
    expect(searchTokens('企')).toEqual(['企']);
  });

  it('writes each lexeme once with its positions and weights, quoting what needs it', () => {
    const v = searchVector([
      { text: '专利 patent', weight: 'A' },
      { text: "patent's 专利", weight: 'C' },
    ]);
    expect(v).toBe("'专利':1A,4C 'patent':2A 'patent''s':3C");
    expect(searchVector([{ text: 'back\\slash', weight: 'D' }])).toBe("'back':1 'slash':2");
  });

  it('caps positions at 16383 and positions per lexeme at 256, as PostgreSQL does', () => {
    const v = searchVector([{ text: 'word '.repeat(20_000), weight: 'D' }]);
    expect(v.split(',').length).toBe(256);
    const w = searchVector([{ text: `${'a '.repeat(17_000)}zebra`, weight: 'D' }]);
    expect(w).toContain("'zebra':16383");
  });

  it('folds full-width letters, Kangxi radicals and accents', () => {
    expect(searchTokens('ＣＮＩＰＡ 使⽤ Café')).toEqual(['cnipa', '使用', 'cafe']);
  });
});

describe('search plans', () => {
  it('requires each Chinese word and ranks the exact phrase: 专利申请 finds 申请专利', () => {
    expect(searchPlan('专利申请')).toMatchObject({
      match: "'专利' & '申请'",
      phrase: "'专利' <-> '利申' <-> '申请'",
    });
  });

  it('joins characters the segmenter leaves single (侵权, 质押) and drops lone function words', () => {
    expect(hanChunks('侵权')).toEqual(['侵权']);
    expect(hanChunks('质押融资')).toEqual(['质押', '融资']);
    expect(hanChunks('在中国注册商标')).toEqual(['中国', '注册', '商标']);
    expect(searchPlan('企')?.match).toBe("'企':*");
  });

  it('matches Latin words as prefixes with their plural and spelling variants', () => {
    expect(wordVariants('licences').sort()).toEqual(['licence', 'license'].sort());
    expect(wordVariants('organisation')).toContain('organization');
    expect(searchPlan('trade secrets')).toMatchObject({
      match: "'trade':* & 'secret':*",
      phrase: "'trade':* <-> 'secret':*",
    });
  });

  it('treats operators and quotes in what a reader types as text', () => {
    expect(searchPlan("a'b & c")?.match).toBe("'a''b':* & 'c':*");
    expect(searchPlan('& | ! ( ) : *')).toBeNull();
    expect(searchPlan('   ')).toBeNull();
    expect(searchPlan('x '.repeat(100))?.words).toHaveLength(16);
  });
});
