import { describe, expect, it } from 'vitest';
import { searchQuery, searchText, searchWords } from './search-text.js';

describe('search words', () => {
  it('adds CJK bigrams so a short word finds a longer compound', () => {
    const words = searchWords('中小企业知识产权培训');
    expect(words).toContain('企业');
    expect(searchText('Qingdao 青岛')).toContain('qingdao');
  });

  it('builds a prefix query that a long Chinese word matches through its bigrams', () => {
    expect(searchQuery('知识产权')).toBe('知识:* & 产权:*');
    expect(searchQuery('中小企业')).toBe('中小:* & 小企:* & 企业:*');
    expect(searchQuery('Xi’an')).toMatch(/xi/);
    expect(searchQuery('  ')).toBeNull();
    expect(searchQuery("a'b & c")).not.toContain("'");
  });
});
