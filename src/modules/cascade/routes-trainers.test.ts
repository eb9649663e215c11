import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { userOf } from '../events/test-fixtures.js';
import { registrations } from '../registration/schema.js';
import { trainers } from './schema.js';
import { addParticipant, addTestAttempt, type CascadeWorld, seedCascade } from './test-fixtures.js';

const BOTH = ['2010-06-24', '2010-06-25'];

describe.each(DATABASE_KINDS)('the trainers pages (%s)', (kind) => {
  let t: TestApp;
  let w: CascadeWorld;
  let manager: Awaited<ReturnType<TestApp['signIn']>>;
  let panel: string;

  beforeAll(async () => {
    t = await testApp(kind);
    manager = await t.signIn('manager');
    w = await seedCascade(t.database.db, await userOf(t.database, manager.userId!));
    panel = `/events/${w.training.id}/cascade`;
    const db = t.database.db;
    const a = await addParticipant(db, w.training.id, {
      name: '张伟',
      email: 'zhang.wei@example.cn',
      days: BOTH,
    });
    await addTestAttempt(db, w.training.id, a.id, { score: 9 });
    await addParticipant(db, w.training.id, {
      name: 'Anna Müller',
      email: 'anna@example.org',
      days: ['2010-06-24'],
    });
  });
  afterAll(() => t.close());

  it('shows who qualifies on the panel and certifies them with one button, with the count', async () => {
    const page = await (await manager.get(`/zh${panel}`)).text();
    expect(page).toContain('在活动的 2 天中至少签到 2 天，并通过后测');
    expect(page).toContain('认证所有符合条件者（1 人）');
    const res = await manager.post(`/en${panel}/certify`, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/en${panel}?done=certified&n=1`);
    const after = await (await manager.get(res.headers.get('location')!)).text();
    expect(after).toContain('Certified: 1.');
    expect(after).toContain('Certify everyone who qualifies (0)');
    const [row] = await t.database.db.select().from(trainers);
    expect(row).toMatchObject({ name: '张伟', basis: 'qualified', grantedBy: manager.userId });
  });

  it('refuses a grant without a reason at the person’s row, in the reader’s language, and grants with one', async () => {
    const [anna] = await t.database.db
      .select()
      .from(registrations)
      .where(eq(registrations.name, 'Anna Müller'));
    const row = `registrationId-${anna!.id}`;
    const bad = await manager.post(`/zh${panel}/grant`, { registrationId: anna!.id, reason: ' ', row });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('请填写原因，原因将记入审计日志。');
    expect(await t.database.db.select().from(trainers)).toHaveLength(1);
    const ok = await manager.post(`/en${panel}/grant`, {
      registrationId: anna!.id,
      reason: 'Ill on day two',
      cityId: w.jinan.id,
      row,
    });
    expect(ok.status).toBe(303);
    const list = await (await manager.get('/en/trainers?programme=ipr2-miit&city=jinan')).text();
    expect(list).toContain('Anna Müller');
    expect(list).not.toContain('张伟');
    expect(list).toContain('Granted by a manager');
  });

  it('lets a coordinator list only within their scope, and a trainer read their own certificates', async () => {
    const fj = await t.signIn('coordinator', { scopes: [{ province: 'CN-FJ', cityId: null }] });
    const page = await (await fj.get('/en/trainers')).text();
    expect(page).toContain('0 trainers');
    expect((await fj.post(`/en${panel}/grant`, { registrationId: w.training.id, reason: 'x' })).status).toBe(
      403,
    );
    const official = await t.signIn('official', { email: 'zhang.wei@example.cn' });
    const mine = await (await official.get('/zh/trainers/mine')).text();
    expect(mine).toContain('我的培训师认证');
    expect(mine).toContain('第1级');
    expect((await official.get('/en/trainers')).status).toBe(403);
  });

  it('links the cascade’s pages where their readers look: staff from the reports, a trainer from their account', async () => {
    const cascadePages = ['/trainers', '/sessions/verification', '/reports/follow-ups', '/reports/logframe'];
    const links = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    for (const lang of ['en', 'zh'] as const) {
      const reports = links(await (await manager.get(`/${lang}/reports`)).text());
      for (const path of cascadePages) {
        expect(reports).toContain(`/${lang}${path}`);
        // Each link leads to a page the manager may open.
        expect((await manager.get(`/${lang}${path}`)).status, path).toBe(200);
      }
    }
    const official = await t.signIn('official');
    const theirs = links(await (await official.get('/zh/reports')).text());
    for (const path of cascadePages) expect(theirs).not.toContain(`/zh${path}`);
    expect(await (await official.get('/zh/reports')).text()).toContain('逻辑框架');
    expect(links(await (await official.get('/zh/account')).text())).toContain('/zh/trainers/mine');
  });
});
