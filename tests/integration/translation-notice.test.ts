import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events } from '../../src/modules/events/schema.js';
import { apiToken, seedEvent } from '../../src/modules/news/test-support/fixtures.js';
import { type TestApp, testApp } from '../helpers/app.js';
import { DATABASE_KINDS } from '../helpers/db.js';

const OUTDATED_ZH = '本页中文内容尚未随英文版更新，可能已过时。';
const MISSING_ZH = '本页部分内容尚未译成中文。';
const OUTDATED_EN = 'older than the Chinese one';

/** Readers (not only editors) are told when the text in their language lags behind the other. */
describe.each(DATABASE_KINDS)('the translation notice for readers (%s)', (kind) => {
  let t: TestApp;
  let token: string;
  const call = async (method: string, path: string, body: unknown) => {
    const res = await t.app.request(`/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status, path).toBeLessThan(300);
    return res.json();
  };
  const page = async (path: string) => (await t.anonymous().get(path)).text();

  beforeAll(async () => {
    t = await testApp(kind);
    token = await apiToken(t.database.db, (await t.signIn('manager')).userId!);
  });
  afterAll(() => t.close());

  it('on a library item whose English was edited after its Chinese', async () => {
    const item = await call('POST', '/library/items', {
      type: 'guide',
      status: 'published',
      title: { en: 'Trade fair checklist', zh: '展会清单' },
      body: { en: 'Bring your certificates.', zh: '携带证书。' },
    });
    expect(await page(`/zh/library/items/${item.slug}`)).not.toContain(OUTDATED_ZH);
    await call('PATCH', `/library/items/${item.id}`, {
      body: { en: 'Bring your certificates and a notary.' },
    });
    const zh = await page(`/zh/library/items/${item.slug}`);
    expect(zh).toContain(OUTDATED_ZH);
    expect(zh).toContain(`href="/en/library/items/${item.slug}"`);
    expect(await page(`/en/library/items/${item.slug}`)).not.toContain(OUTDATED_EN);
  });

  it('on news whose Chinese lacks a part, or was left behind', async () => {
    const partial = await call('POST', '/news', {
      title: { en: 'Xiamen round', zh: '厦门培训' },
      summary: { en: 'About 100 officials.' },
      body: { en: 'Text.', zh: '正文。' },
      status: 'published',
      publishedOn: '2010-06-30',
    });
    const zh = await page(`/zh/news/${partial.slug}`);
    expect(zh).toContain(MISSING_ZH);
    expect(zh).toContain(`href="/en/news/${partial.slug}"`);
    const full = await call('POST', '/news', {
      title: { en: 'Qingdao round', zh: '青岛培训' },
      body: { en: 'Text.', zh: '正文。' },
      status: 'published',
      publishedOn: '2010-06-25',
    });
    await call('PATCH', `/news/${full.id}`, { body: { zh: '正文，已修订。' } });
    expect(await page(`/en/news/${full.slug}`)).toContain(OUTDATED_EN);
    expect(await page(`/zh/news/${full.slug}`)).not.toContain(OUTDATED_ZH);
  });

  it('on an event whose Chinese is older than its English', async () => {
    const id = await seedEvent(t.database.db, {
      en: 'Xiamen training',
      zh: '厦门培训',
      startDate: '2010-06-28',
    });
    await t.database.db
      .update(events)
      .set({
        enEditedAt: new Date('2026-11-21T08:00:00Z'),
        zhEditedAt: new Date('2026-11-20T08:00:00Z'),
        translationStatus: 'outdated',
      })
      .where(eq(events.id, id));
    expect(await page(`/zh/events/${id}`)).toContain(OUTDATED_ZH);
    expect(await page(`/en/events/${id}`)).not.toContain(OUTDATED_EN);
  });
});
