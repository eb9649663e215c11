import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../helpers/app.js';

describe('the bilingual shell', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp('pglite');
  });
  afterAll(() => t.close());

  it('redirects / by cookie, then Accept-Language', async () => {
    const byHeader = await t.app.request('/', { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(byHeader.status).toBe(302);
    expect(byHeader.headers.get('location')).toBe('/en');
    const byCookie = await t.app.request('/', { headers: { cookie: 'lang=zh', 'accept-language': 'en' } });
    expect(byCookie.headers.get('location')).toBe('/zh');
  });

  it('serves the home page in both languages with a language switch that keeps the page', async () => {
    const en = await (await t.app.request('/en')).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('href="/zh"');
    const zh = await (await t.app.request('/zh/library?x=1')).text();
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('资料库');
    expect(zh).toContain('href="/en/library?x=1"');
  });

  it('answers unknown pages with a translated 404 and the API with JSON', async () => {
    const page = await t.app.request('/zh/no-such-page');
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('找不到该页面');
    const api = await t.app.request('/api/v1/nothing-here');
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('reports health and the database kind', async () => {
    const res = await t.app.request('/healthz');
    expect(await res.json()).toEqual({ status: 'ok', database: 'pglite' });
  });

  it('refuses a form post without the CSRF token', async () => {
    const res = await t.app.request('/en/sign-out', {
      method: 'POST',
      headers: { cookie: `csrf=${'a'.repeat(43)}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: '_csrf=wrong',
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('This form has expired');
  });

  it('sends security headers', async () => {
    const res = await t.app.request('/en');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
