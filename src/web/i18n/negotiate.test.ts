import { describe, expect, it } from 'vitest';
import { translator } from './index.js';
import { negotiateLang } from './negotiate.js';

describe('language negotiation', () => {
  it('prefers the cookie, then Accept-Language by weight', () => {
    expect(negotiateLang('en', 'zh-CN')).toBe('en');
    expect(negotiateLang(undefined, 'fr;q=1, en-US;q=0.8, zh;q=0.5')).toBe('en');
    expect(negotiateLang(undefined, 'zh-TW,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(negotiateLang('xx', 'de')).toBe('zh');
  });

  it('interpolates parameters into the reader’s language', () => {
    expect(translator('zh')('common.page', { page: 2, pages: 5 })).toBe('第 2 页，共 5 页');
    expect(translator('en')('form.tooLong', { max: 200 })).toBe('Enter at most 200 characters.');
  });
});
