import { describe, expect, it } from 'vitest';
import { findTerms, leadSnippet, snippet } from './search-snippet.js';

describe('snippets', () => {
  it('marks whole words that start with a Latin term, and Chinese terms anywhere', () => {
    const text = 'Trademarks and the trademark office; patents: 中小企业的专利申请';
    const marked = findTerms(text, ['trademark', 'patent', '企业', '申请']).map(([s, e]) => text.slice(s, e));
    expect(marked).toEqual(['Trademarks', 'trademark', 'patents', '企业', '申请']);
    expect(findTerms('subtrademark', ['trademark'])).toEqual([]);
  });

  it('maps matches found in normalised text back onto the original', () => {
    const text = 'ＴＲＡＤＥＭＡＲＫ 注册';
    const [r] = findTerms(text, ['trademark']);
    expect(text.slice(r![0], r![1])).toBe('ＴＲＡＤＥＭＡＲＫ');
  });

  it('takes the window with the most matches and cuts it at word boundaries', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(30);
    const text = `${filler}customs recordation keeps customs watching ${filler}`;
    const s = snippet(text, ['customs', 'recordation'], 120)!;
    expect(s.text.startsWith('… ')).toBe(true);
    expect(s.text.endsWith(' …')).toBe(true);
    expect(s.ranges.map(([a, b]) => s.text.slice(a, b))).toEqual(['customs', 'recordation', 'customs']);
    expect(s.text.length).toBeLessThanOrEqual(126);
  });

  it('leaves markup as text: a snippet is never HTML', () => {
    const s = snippet('<script>alert(1)</script> trademark', ['trademark'])!;
    expect(s.text).toContain('<script>');
    expect(snippet('nothing here', ['trademark'])).toBeNull();
    expect(leadSnippet('a '.repeat(300), 50).text.length).toBeLessThanOrEqual(52);
  });
});
