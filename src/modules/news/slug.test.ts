import { describe, expect, it } from 'vitest';
import { moveInList } from './reorder.js';
import { baseSlug, slugify } from './slug.js';
import { isWebUrl } from './web-url.js';

describe('slugs', () => {
  it('come from the English title as lower-case ASCII words', () => {
    expect(slugify('IP Training in Qingdao & Xiamen, June 2010!')).toBe(
      'ip-training-in-qingdao-and-xiamen-june-2010',
    );
    expect(slugify('Café Münster')).toBe('cafe-munster');
    expect(slugify('  --<script>--  ')).toBe('script');
  });

  it('are cut at a word boundary', () => {
    const s = slugify('word '.repeat(40));
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s.endsWith('-')).toBe(false);
  });

  it('fall back to the date and a short id when the title gives nothing usable', () => {
    expect(baseSlug('', '2010-06-24')).toMatch(/^2010-06-24-[0-9a-f]{8}$/);
    expect(baseSlug('青岛培训', '2010-06-24')).toMatch(/^2010-06-24-[0-9a-f]{8}$/);
    expect(baseSlug('New', '2010-06-24')).toMatch(/^2010-06-24-/);
  });
});

describe('link addresses', () => {
  it.each([
    ['https://www.wipo.int/', true],
    ['http://example.org/a?b=c', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    [' javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['//evil.example', false],
    ['https://', false],
    ['ftp://example.org', false],
  ])('%s → %s', (url, ok) => {
    expect(isWebUrl(url)).toBe(ok);
  });
});

describe('reordering', () => {
  it('swaps with the neighbour and leaves the ends alone', () => {
    expect(moveInList(['a', 'b', 'c'], 'b', 'up')).toEqual(['b', 'a', 'c']);
    expect(moveInList(['a', 'b', 'c'], 'b', 'down')).toEqual(['a', 'c', 'b']);
    expect(moveInList(['a', 'b', 'c'], 'a', 'up')).toEqual(['a', 'b', 'c']);
    expect(moveInList(['a', 'b', 'c'], 'c', 'down')).toEqual(['a', 'b', 'c']);
  });
});
