import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { userScopes } from '../accounts/schema.js';
import { auditLog } from '../audit/schema.js';
import { apiToken, userOf } from '../events/test-fixtures.js';
import { outbox } from '../mail/schema.js';
import { localSessions } from './schema.js';
import {
  addAttendee,
  addCertifiedTrainer,
  addLocalSession,
  type CascadeWorld,
  seedCascade,
} from './test-fixtures.js';

describe.each(DATABASE_KINDS)('claimed headcount and verification of a local session (%s)', (kind) => {
  let t: TestApp;
  let w: CascadeWorld;
  let sessionId: string;
  let trainerToken: string;
  let trainerEmail: string;
  let coordinator: string;
  let outsider: string;
  let stranger: string;

  beforeAll(async () => {
    t = await testApp(kind);
    const manager = await t.signIn('manager');
    w = await seedCascade(t.database.db, await userOf(t.database, manager.userId!));
    const u = await t.signIn('official');
    trainerToken = await apiToken(t.database, u.userId!);
    trainerEmail = u.email!;
    const trainer = await addCertifiedTrainer(t.database.db, w, {
      eventId: w.training.id,
      name: 'Wang Fang',
      email: trainerEmail,
      cityId: w.qingdao.id,
      province: 'CN-SD',
      userId: u.userId,
    });
    sessionId = (
      await addLocalSession(t.database.db, {
        programmeId: w.programme.id,
        parentEventId: w.training.id,
        trainerId: trainer.id,
        cityId: w.jinan.id,
        province: 'CN-SD',
        date: '2010-09-15',
        title: { en: 'Jinan SME briefing', zh: '济南中小企业宣讲' },
      })
    ).id;
    await addAttendee(t.database.db, sessionId, w.jinan.id, { name: 'Zhao Li', email: 'zhao@example.cn' });
    const sd = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: w.jinan.id }] });
    coordinator = await apiToken(t.database, sd.userId!);
    const fj = await t.signIn('coordinator', { scopes: [{ province: 'CN-FJ', cityId: null }] });
    outsider = await apiToken(t.database, fj.userId!);
    stranger = await apiToken(t.database, (await t.signIn('official')).userId!);
  });
  afterAll(() => t.close());

  const call = async (method: string, path: string, token: string, body?: unknown, lang = 'en') => {
    const res = await t.app.request(`/api/v1/events/${sessionId}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        'accept-language': lang,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };
  const state = async () =>
    (await t.database.db.select().from(localSessions).where(eq(localSessions.eventId, sessionId)))[0]!;
  const mailsTo = (to: string) => t.database.db.select().from(outbox).where(eq(outbox.to, to));

  it('keeps the claimed headcount apart from the named attendees', async () => {
    const r = await call('PUT', '/claimed-headcount', trainerToken, {
      count: 35,
      note: 'counted at the door',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      claimedHeadcount: 35,
      claimedNote: 'counted at the door',
      namedAttendees: 1,
    });
    expect((await call('PUT', '/claimed-headcount', trainerToken, { count: -1 })).status).toBe(422);
    const other = await call('PUT', '/claimed-headcount', stranger, { count: 99 }, 'zh');
    expect(other.status).toBe(403);
    expect(other.body.error.message).toBe('只有该宣讲的讲师、项目经理或当地协调员可以进行此操作。');
    expect((await state()).claimedHeadcount).toBe(35);
  });

  it('lets only staff of the place decide, never the trainer, and asks a note to query or reject', async () => {
    expect((await call('POST', '/verification', trainerToken, { decision: 'verified' })).status).toBe(403);
    expect((await call('POST', '/verification', outsider, { decision: 'verified' })).status).toBe(403);
    const noNote = await call('POST', '/verification', coordinator, { decision: 'queried' }, 'zh');
    expect(noNote.status).toBe(422);
    expect(noNote.body.error.details.fields.note).toBe('请说明理由或提出问题：质询或不予认可须附说明。');
    expect((await state()).verification).toBe('pending');
  });

  it('queries the trainer by e-mail in their language, takes the answer, then verifies once', async () => {
    const early = await call('POST', '/verification/answer', trainerToken, { note: 'nothing asked yet' });
    expect(early.status).toBe(409);

    const q = await call('POST', '/verification', coordinator, {
      decision: 'queried',
      note: 'Where is the sign-in sheet?',
    });
    expect(q.status).toBe(200);
    expect(q.body.verification).toBe('queried');
    const [mail] = await mailsTo(trainerEmail);
    // The trainer's language is Chinese (the default of their record).
    expect(mail!.subject).toBe('关于您的地方宣讲“济南中小企业宣讲”的问题');
    expect(mail!.text).toContain('Where is the sign-in sheet?');
    expect(mail!.text).toContain(`/zh/events/${sessionId}`);

    expect((await call('POST', '/verification/answer', stranger, { note: 'me' })).status).toBe(403);
    const a = await call('POST', '/verification/answer', trainerToken, { note: 'Photo uploaded.' });
    expect(a.status).toBe(200);
    expect(a.body.verification).toBe('pending');
    expect(a.body.history.map((h: { step: string }) => h.step)).toEqual(['queried', 'answered']);

    const v = await call('POST', '/verification', coordinator, { decision: 'verified' });
    expect(v.status).toBe(200);
    expect(v.body.verification).toBe('verified');
    const again = await call('POST', '/verification', coordinator, { decision: 'verified' });
    expect(again.status).toBe(409);
    const actions = (await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, sessionId))).map(
      (x) => x.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['claim_headcount', 'query', 'answer', 'verify']));
  });

  it('sends a verified session back to pending when its claim changes, and e-mails a rejection', async () => {
    expect((await call('PUT', '/claimed-headcount', trainerToken, { count: 60 })).body.verification).toBe(
      'pending',
    );
    const r = await call('POST', '/verification', coordinator, {
      decision: 'rejected',
      note: 'No evidence.',
    });
    expect(r.body.verification).toBe('rejected');
    const mails = await mailsTo(trainerEmail);
    expect(mails.map((m) => m.subject)).toContain('您的地方宣讲“济南中小企业宣讲”未获认可');
  });

  it('refuses staff who run the session themselves', async () => {
    const own = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: null }] });
    const trainer = await addCertifiedTrainer(t.database.db, w, {
      eventId: w.training.id,
      name: 'Coordinator as trainer',
      email: own.email!,
      cityId: w.qingdao.id,
      province: 'CN-SD',
      userId: own.userId,
    });
    await t.database.db
      .update(localSessions)
      .set({ trainerId: trainer.id })
      .where(eq(localSessions.eventId, sessionId));
    const r = await call('POST', '/verification', await apiToken(t.database, own.userId!), {
      decision: 'verified',
    });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toBe('You cannot verify a session you run yourself.');
    expect((await state()).verification).toBe('rejected');
    await t.database.db.delete(userScopes).where(eq(userScopes.userId, own.userId!));
  });
});
