import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { libraryItems } from './schema.js';
import { loadLibraryStarter } from './starter/load.js';

const form = (values: Record<string, string | string[]>) => ({
  type: 'guide',
  'title.en': 'Protecting moulds in OEM contracts',
  'title.zh': '贴牌加工合同中的模具保护',
  'summary.en': 'Who owns the moulds.',
  'summary.zh': '模具归谁所有。',
  'body.en': 'The brand owner pays for the moulds and owns them.',
  'body.zh': '品牌方出资制作模具并拥有模具。',
  ipRights: ['design', 'trademark'],
  topics: 'manage',
  jurisdictions: 'CN',
  status: 'published',
  ...values,
});

describe.each(DATABASE_KINDS)('library pages (%s)', (kind) => {
  let t: TestApp;
  let manager: Browser;
  beforeAll(async () => {
    t = await testApp(kind);
    await t.database.db.transaction((tx) =>
      loadLibraryStarter(tx as never, new Date('2026-11-20T08:00:00Z')),
    );
    manager = await t.signIn('manager');
  });
  afterAll(() => t.close());

  it('serves the search page without JavaScript, and only the results to htmx', async () => {
    const anonymous = t.anonymous();
    const page = await (
      await anonymous.get('/zh/library?q=%E5%95%86%E6%A0%87%E6%B3%A8%E5%86%8C&jurisdiction=CN')
    ).text();
    expect(page).toContain('<!DOCTYPE html>');
    expect(page).toContain('id="library-results"');
    expect(page).toContain('name="jurisdiction" value="CN" checked=""');
    expect(page).toContain('<mark>');
    expect(page).toContain('href="/zh/library/items/registering-a-trademark-in-china"');
    const fragment = await anonymous.get('/en/library?q=trademark', {
      'hx-request': 'true',
      'hx-target': 'library-results',
    });
    const html = await fragment.text();
    expect(html).not.toContain('<html');
    expect(html).toContain('id="library-results"');
    expect(html).toContain('id="library-status"');
    expect(fragment.headers.get('vary')).toContain('HX-Request');
  });

  it('puts a library search box in the header of other pages', async () => {
    const events = await (await t.anonymous().get('/en/events')).text();
    expect(events).toMatch(/<search class="site-search"><form method="get" action="\/en\/library">/);
    const library = await (await t.anonymous().get('/en/library')).text();
    expect(library).not.toContain('class="site-search"');
    expect(library).not.toContain('This part of the platform is being prepared');
  });

  it('shows an item with its tags, sources and glossary links, and the other language', async () => {
    const page = await (
      await t.anonymous().get('/en/library/items/customs-recordation-with-china-customs')
    ).text();
    expect(page).toContain('<h1>Customs recordation with China Customs (GACC)</h1>');
    expect(page).toContain('class="glossary-term"');
    expect(page).toContain('href="/en/library/glossary/customs-recordation"');
    expect(page).toContain('Regulations of the PRC on Customs Protection of Intellectual Property Rights');
    expect(page).toContain('href="/zh/library/items/customs-recordation-with-china-customs"');
    const zh = await (
      await t.anonymous().get('/zh/library/items/customs-recordation-with-china-customs')
    ).text();
    expect(zh).toContain('<h1>向海关总署办理知识产权海关保护备案</h1>');
    expect(zh).toContain('href="/zh/library/glossary/customs-recordation"');
  });

  it('creates an item from the form once, however often it is posted', async () => {
    const newPage = await (await manager.get('/en/library/items/new')).text();
    const token = /name="_form" value="([^"]+)"/.exec(newPage)![1]!;
    const first = await manager.post('/en/library/items/new', form({ _form: token }));
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe(
      '/en/library/items/protecting-moulds-in-oem-contracts?saved=1',
    );
    const second = await manager.post('/en/library/items/new', form({ _form: token }));
    expect(second.status).toBe(303);
    const rows = await t.database.db
      .select()
      .from(libraryItems)
      .where(eq(libraryItems.slug, 'protecting-moulds-in-oem-contracts'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.ipRights).toEqual(['design', 'trademark']);
  });

  it('shows translated field errors and keeps what was typed', async () => {
    const res = await manager.post(
      '/zh/library/items/new',
      form({
        type: 'poem',
        'title.en': '',
        'title.zh': '',
        'body.en': '<script>alert(1)</script>',
        url: 'javascript:x',
      }),
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('class="error-summary"');
    expect(html).toContain('请输入以 http:// 或 https:// 开头的网址。');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert(1)');
  });

  it('keeps every edit as a version and shows what changed, word by word', async () => {
    const res = await manager.post(
      '/en/library/items/protecting-moulds-in-oem-contracts/edit',
      form({ 'body.zh': '品牌方出资制作模具，并拥有模具和工装。' }),
    );
    expect(res.headers.get('location')).toBe('/en/library/items/protecting-moulds-in-oem-contracts?saved=2');
    const versions = await (
      await t.anonymous().get('/en/library/items/protecting-moulds-in-oem-contracts/versions')
    ).text();
    expect(versions).toContain('Show changes');
    const diff = await (
      await t.anonymous().get('/en/library/items/protecting-moulds-in-oem-contracts/versions/2')
    ).text();
    expect(diff).toContain('<ins><span class="visually-hidden">[added:]</span>和工装</ins>');
    expect(diff).toContain('No change in this field.');
    const unchanged = await manager.post(
      '/en/library/items/protecting-moulds-in-oem-contracts/edit',
      form({ 'body.zh': '品牌方出资制作模具，并拥有模具和工装。' }),
    );
    expect(unchanged.headers.get('location')).toContain('?done=unchanged');
  });

  it('hides drafts from readers and editing from those who may not edit', async () => {
    const newPage = await (await manager.get('/en/library/items/new')).text();
    const token = /name="_form" value="([^"]+)"/.exec(newPage)![1]!;
    await manager.post(
      '/en/library/items/new',
      form({ _form: token, 'title.en': 'Internal draft', status: 'draft' }),
    );
    expect((await t.anonymous().get('/en/library/items/internal-draft')).status).toBe(404);
    expect((await manager.get('/en/library/items/internal-draft')).status).toBe(200);
    const anonSearch = await (await t.anonymous().get('/en/library?q=internal+draft')).text();
    expect(anonSearch).not.toContain('/en/library/items/internal-draft');
    const sme = await t.signIn('sme');
    expect((await sme.get('/en/library/items/new')).status).toBe(403);
    expect((await sme.post('/en/library/items/internal-draft/edit', form({}))).status).toBe(403);
  });

  it('lists the glossary and shows each term with the items that use it', async () => {
    const list = await (await t.anonymous().get('/zh/library/glossary')).text();
    expect(list).toContain('42 个术语');
    const term = await (await t.anonymous().get('/en/library/glossary/pledge')).text();
    expect(term).toContain('<span lang="en">pledge</span>');
    expect(term).toContain('Civil Code Arts. 440, 444');
    expect(term).toContain('href="/en/library/items/patent-pledge-financing"');
    const filtered = await (await t.anonymous().get('/en/library/glossary?q=%E8%B4%A8%E6%8A%BC')).text();
    expect(filtered).toContain('/en/library/glossary/pledge"');
    expect(filtered).not.toContain('/en/library/glossary/trademark"');
  });
});
