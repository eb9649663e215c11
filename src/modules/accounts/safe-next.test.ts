import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next.js';

describe('safeNext', () => {
  it('keeps same-site page paths and moves them into the language', () => {
    expect(safeNext('/en/events?city=qingdao', 'zh')).toBe('/zh/events?city=qingdao');
    expect(safeNext('/zh', 'en')).toBe('/en');
    expect(safeNext('/en/account/tokens', 'en')).toBe('/en/account/tokens');
  });

  it.each([
    '//evil.com',
    '///evil.com',
    '/\\evil.com',
    '\\\\evil.com',
    'https://evil.com/en',
    'http:evil.com',
    'javascript:alert(1)',
    'data:text/html,hi',
    '/\t/evil.com',
    '/\n/evil.com',
    ' //evil.com',
    'evil.com',
    '/api/v1/me',
    '/en/sign-out',
    '',
    undefined,
    'x'.repeat(3000),
  ])('sends %j home', (next) => {
    expect(safeNext(next, 'en')).toBe('/en');
  });
});
