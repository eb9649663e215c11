import { describe, expect, it } from 'vitest';
import { searchQuery, searchText, searchWords, segments } from './search-text.js';

describe('search words', () => {
  it('indexes every bigram of a Chinese run so a short word finds a longer compound', () => {
    const words = searchWords('中小企业知识产权培训');
    expect(words).toContain('企业');
    expect(words).toContain('业知');
    expect(searchText('Qingdao 青岛')).toContain('qingdao');
  });

  it('queries Chinese through bigrams and Latin words as prefixes', () => {
    expect(searchQuery('知识产权')).toBe('知识 & 识产 & 产权');
    expect(searchQuery('工信')).toBe('工信');
    expect(searchQuery('企')).toBe('企:*');
    expect(searchQuery('MIIT 培训')).toBe('miit:* & 培训');
    expect(searchQuery('  ')).toBeNull();
    expect(searchQuery("a'b & c")).not.toContain("'");
  });
});

describe('segmenting long texts in pieces', () => {
  it('gives the same words as one pass, whatever the length', () => {
    const seg = new Intl.Segmenter('zh', { granularity: 'word' });
    const text = Array.from(
      { length: 400 },
      (_, i) => `第${i}条 专利申请人应当提交说明书。Claim ${i}: a widget,`,
    ).join(' ');
    const pieces = [...segments(text)];
    expect(pieces.map((s) => s.segment).join('')).toBe(text);
    const words = (xs: { segment: string; isWordLike?: boolean }[]) =>
      xs.filter((s) => s.isWordLike).map((s) => s.segment);
    expect(words(pieces)).toEqual(words([...seg.segment(text)]));
  });
});
