import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../../tests/helpers/db.js';
import { newFormToken } from '../../../web/once.js';
import { auditLog } from '../../audit/schema.js';
import { links } from '../schema.js';

describe.each(DATABASE_KINDS)('useful links (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(() => t.close());

  it('adds bilingual links shown with rel="noopener"', async () => {
    const editor = await t.signIn('manager');
    const add = (form: Record<string, string>) =>
      editor.post('/en/links/edit', { ...form, _form: newFormToken() });
    expect(
      (
        await add({
          'title.en': 'China IPR SME Helpdesk',
          'title.zh': '中国知识产权中小企业服务台',
          'description.en': 'Free advice for European SMEs.',
          'description.zh': '为欧洲中小企业提供免费咨询。',
          url: 'https://www.china-iprhelpdesk.eu/',
        })
      ).status,
    ).toBe(303);
    expect((await add({ 'title.en': 'WIPO', url: 'http://www.wipo.int/?a=1&b=<2>' })).status).toBe(303);

    const en = await (await t.anonymous().get('/en/links')).text();
    expect(en).toContain(
      '<a href="https://www.china-iprhelpdesk.eu/" rel="noopener">China IPR SME Helpdesk</a>',
    );
    expect(en).toContain('Free advice for European SMEs.');
    expect(en).toContain('href="http://www.wipo.int/?a=1&amp;b=&lt;2&gt;"');
    expect(en.indexOf('China IPR SME Helpdesk')).toBeLessThan(en.indexOf('WIPO'));
    const zh = await (await t.anonymous().get('/zh/links')).text();
    expect(zh).toContain('中国知识产权中小企业服务台');
    expect(zh).toContain('<span lang="en" class="fallback">WIPO</span>');
  });

  it.each([
    'javascript:alert(document.cookie)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\u200bscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example.org/',
    'www.example.org',
  ])('refuses %s and stores nothing', async (url) => {
    const editor = await t.signIn('manager');
    const before = await t.database.db.select().from(links);
    const res = await editor.post('/en/links/edit', { 'title.en': 'Bad link', url, _form: newFormToken() });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Enter a web address starting with http:// or https://.');
    expect(html).not.toContain('href="javascript');
    expect(await t.database.db.select().from(links)).toHaveLength(before.length);
  });

  it('edits, reorders and removes links with an audit trail, for editors only', async () => {
    const editor = await t.signIn('admin');
    const rows = await t.database.db.select().from(links).orderBy(links.sortOrder);
    const wipo = rows.find((r) => r.title.en === 'WIPO')!;
    expect(
      (await editor.post(`/en/links/${wipo.id}/edit`, { 'title.en': 'WIPO', url: 'javascript:alert(1)' }))
        .status,
    ).toBe(422);
    expect(
      (
        await editor.post(`/en/links/${wipo.id}/edit`, {
          'title.en': 'WIPO',
          'title.zh': '世界知识产权组织',
          url: 'https://www.wipo.int/',
        })
      ).status,
    ).toBe(303);
    expect((await editor.post(`/en/links/${wipo.id}/move`, { direction: 'up' })).status).toBe(303);
    const page = await (await t.anonymous().get('/zh/links')).text();
    expect(page.indexOf('世界知识产权组织')).toBeLessThan(page.indexOf('中国知识产权中小企业服务台'));

    const sme = await t.signIn('sme');
    expect((await sme.post(`/en/links/${wipo.id}/delete`, {})).status).toBe(403);
    expect((await sme.get('/en/links/edit')).status).toBe(403);
    expect((await editor.post(`/en/links/${wipo.id}/delete`, {})).status).toBe(303);
    expect(await t.database.db.select().from(links).where(eq(links.id, wipo.id))).toHaveLength(0);

    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, wipo.id));
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update', 'update']);
  });
});
