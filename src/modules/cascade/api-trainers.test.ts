import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { type SmtpListener, startSmtpListener } from '../../../tests/helpers/smtp.js';
import { users } from '../accounts/schema.js';
import { auditLog } from '../audit/schema.js';
import { addEvent, apiToken, userOf } from '../events/test-fixtures.js';
import { apiCall } from '../registration/test-support.js';
import { cascadeSettings } from './schema.js';
import { addParticipant, type CascadeWorld, seedCascade } from './test-fixtures.js';

type Json = Record<string, unknown> & {
  error?: { code: string; message: string; details?: { fields?: Record<string, string> } };
};

describe.each(DATABASE_KINDS)('the trainers API (%s)', (kind) => {
  let smtp: SmtpListener;
  let t: TestApp;
  let w: CascadeWorld;
  let token: string;
  const call = async (
    method: string,
    path: string,
    opts: { body?: unknown; tok?: string; zh?: boolean } = {},
  ) => {
    const res = await apiCall(t, method, path, {
      token: opts.tok ?? token,
      body: opts.body,
      headers: opts.zh ? { 'accept-language': 'zh-CN' } : {},
    });
    return { status: res.status, json: (await res.json()) as Json };
  };

  beforeAll(async () => {
    smtp = await startSmtpListener();
    t = await testApp(kind, { SMTP_URL: smtp.url, PUBLIC_URL: 'https://ipc.example.org' });
    const m = await t.signIn('manager');
    token = await apiToken(t.database, m.userId!);
    w = await seedCascade(t.database.db, await userOf(t.database, m.userId!));
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('grants with a reason, invites a zh registrant without an account in Chinese, and refuses a second grant', async () => {
    const reg = await addParticipant(t.database.db, w.training.id, {
      name: '李娜',
      email: 'li.na@example.cn',
      lang: 'zh',
      days: ['2010-06-24'],
    });
    const missing = await call('POST', '/trainers', { body: { registrationId: reg.id }, zh: true });
    expect(missing.status).toBe(422);
    expect(missing.json.error!.details!.fields!.reason).toBe('请填写原因，原因将记入审计日志。');

    const made = await call('POST', '/trainers', {
      body: {
        registrationId: reg.id,
        reason: 'Missed a day for an official mission; passed the test on paper',
      },
    });
    expect(made.status).toBe(201);
    expect(made.json).toMatchObject({
      name: '李娜',
      email: 'li.na@example.cn',
      programmeId: w.programme.id,
      programme: 'ipr2-miit',
      sourceEventId: w.training.id,
      basis: 'granted',
      level: 1,
      cityId: w.qingdao.id,
      province: 'CN-SD',
      status: 'active',
      userId: null,
    });

    await t.runJobs();
    const mail = await smtp.waitFor((x) => x.to.includes('li.na@example.cn'));
    expect(mail.subject).toBe('您已获认证为IPR2与工业和信息化部知识产权管理培训培训师');
    expect(mail.text).toContain('第1级培训师');
    const link = mail.text.match(/https:\/\/ipc\.example\.org\/zh\/invitations\/[A-Za-z0-9_-]+/)?.[0];
    expect(link).toBeTruthy();
    const page = await t.anonymous().get(new URL(link!).pathname);
    expect(page.status).toBe(200);

    const again = await call('POST', '/trainers', {
      body: { registrationId: reg.id, reason: 'again' },
      zh: true,
    });
    expect(again.status).toBe(409);
    expect(again.json.error!.message).toBe('此人已是本活动认证的有效培训师。');
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'trainer'), eq(auditLog.entityId, made.json.id as string)));
    expect(audits).toMatchObject([
      { action: 'grant', reason: 'Missed a day for an official mission; passed the test on paper' },
    ]);
  });

  it('gives an official the trainer role and tells them, but never demotes staff; a chosen city is kept', async () => {
    const db = t.database.db;
    await db.insert(users).values([
      { email: 'official@example.cn', name: 'Official', role: 'official', preferredLang: 'en' },
      { email: 'coord@example.cn', name: 'Coordinator', role: 'coordinator' },
    ]);
    const official = await addParticipant(db, w.training.id, {
      name: 'Official',
      email: 'official@example.cn',
    });
    const coord = await addParticipant(db, w.training.id, { name: 'Coordinator', email: 'coord@example.cn' });
    const a = await call('POST', '/trainers', {
      body: { registrationId: official.id, reason: 'Trainer of the 2009 round', cityId: w.xiamen.id },
    });
    expect(a.json).toMatchObject({
      cityId: w.xiamen.id,
      province: 'CN-FJ',
      city: { en: 'Xiamen', zh: '厦门' },
    });
    expect(a.json.userId).toBeTruthy();
    await call('POST', '/trainers', {
      body: { registrationId: coord.id, reason: 'Runs the Qingdao office' },
    });
    const roles = await db.select({ email: users.email, role: users.role }).from(users);
    expect(roles.find((r) => r.email === 'official@example.cn')!.role).toBe('trainer');
    expect(roles.find((r) => r.email === 'coord@example.cn')!.role).toBe('coordinator');
    await t.runJobs();
    const told = await smtp.waitFor((x) => x.to.includes('official@example.cn'));
    expect(told.text).toContain('Your account now has the trainer role.');
    expect(told.text).toContain('https://ipc.example.org/en/trainers/mine');
  });

  it('refuses a person whose event does not certify, in the caller’s language', async () => {
    const db = t.database.db;
    const m = await db.select().from(users).where(eq(users.role, 'manager'));
    const other = await addEvent(db, await userOf(t.database, m[0]!.id), {
      programmeId: w.programme.id,
      cityId: w.jinan.id,
      title: { en: 'Briefing', zh: '通报会' },
      startDate: '2010-07-01',
      endDate: '2010-07-01',
      status: 'completed',
    });
    await db.insert(cascadeSettings).values({ eventId: other.id, certifies: false });
    const reg = await addParticipant(db, other.id, { name: 'Wang', email: 'wang@example.cn' });
    const res = await call('POST', '/trainers', { body: { registrationId: reg.id, reason: 'x' } });
    expect(res.status).toBe(422);
    expect(res.json.error!.details!.fields!.registrationId).toMatch(/cannot be certified from this event/);
  });

  it('lists by programme and place, within a coordinator’s scope only, and revokes with a reason', async () => {
    const all = await call('GET', '/trainers?programme=ipr2-miit');
    expect(all.status).toBe(200);
    expect((all.json.items as { name: string }[]).map((x) => x.name).sort()).toEqual([
      'Coordinator',
      'Official',
      '李娜',
    ]);
    const fujian = await call('GET', '/trainers?programme=ipr2-miit&province=CN-FJ&city=xiamen');
    expect((fujian.json.items as { name: string }[]).map((x) => x.name)).toEqual(['Official']);
    expect((await call('GET', '/trainers?programme=nope', { zh: true })).status).toBe(422);

    const c = await t.signIn('coordinator', { scopes: [{ province: 'CN-FJ', cityId: null }] });
    const cTok = await apiToken(t.database, c.userId!);
    const scoped = await call('GET', '/trainers', { tok: cTok });
    expect((scoped.json.items as { name: string }[]).map((x) => x.name)).toEqual(['Official']);
    const li = (all.json.items as { id: string; name: string }[]).find((x) => x.name === '李娜')!;
    expect((await call('GET', `/trainers/${li.id}`, { tok: cTok })).status).toBe(404);
    expect(
      (await call('POST', `/trainers/${li.id}/revoke`, { tok: cTok, body: { reason: 'x' } })).status,
    ).toBe(403);
    const o = await t.signIn('official');
    expect((await call('GET', '/trainers', { tok: await apiToken(t.database, o.userId!) })).status).toBe(403);

    expect((await call('POST', `/trainers/${li.id}/revoke`, { body: { reason: ' ' } })).status).toBe(422);
    const revoked = await call('POST', `/trainers/${li.id}/revoke`, { body: { reason: 'Left the agency' } });
    expect(revoked.status).toBe(200);
    expect(revoked.json).toMatchObject({ status: 'revoked', revokedReason: 'Left the agency' });
    expect((await call('GET', `/trainers/${li.id}`)).json.status).toBe('revoked');
    const active = await call('GET', '/trainers?programme=ipr2-miit');
    expect((active.json.items as unknown[]).length).toBe(2);
  });
});
