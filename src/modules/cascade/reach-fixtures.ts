import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { userScopes, users } from '../accounts/schema.js';
import { events } from '../events/schema.js';
import { normaliseCreditCode } from './keys.js';
import { addAttendee, addLocalSession, addParticipant, addTrainer, seedCascade } from './test-fixtures.js';

/** A valid unified social credit code made from 17 characters (its check character computed). */
export function creditCode(base17: string): string {
  for (const c of '0123456789ABCDEFGHJKLMNPQRTUWXY') {
    if (normaliseCreditCode(base17 + c)) return base17 + c;
  }
  throw new Error('no check character');
}

export async function actorWith(
  db: Db,
  role: Actor['role'],
  scopes: { province: string; cityId: string | null }[] = [],
): Promise<Actor> {
  const [u] = await db
    .insert(users)
    .values({ email: `${role}-${Math.random().toString(36).slice(2)}@example.org`, role })
    .returning();
  for (const s of scopes) await db.insert(userScopes).values({ userId: u!.id, ...s });
  return { id: u!.id, email: u!.email, name: '', role, preferredLang: 'en', organisationId: null, scopes };
}

/**
 * The reach tests' cascade, with overlapping attendees. A Qingdao training attended by two of
 * three registrants; level-1 trainers in Qingdao and Xiamen, a level-2 one in Jinan certified at a
 * Qingdao session, and a level-3 one certified at that trainer's session.
 *
 * - S1 Qingdao, verified, claims 30 with 12 named: 张敏 (Zhang@Example.cn, female, SME by credit
 *   code "青岛海纳科技有限公司"), 李强 (+86 138 0013 8000, "Sunrise Ltd"), ten others;
 * - S2 Qingdao, queried, claims 5 with 12 named: the same two people written differently
 *   (zhang@example.cn; 13800138000), 张敏's SME under another name with the code in lower case;
 * - S3 Xiamen, verified: "Sunrise Ltd" of Xiamen (a different firm), the Xiamen IP office (not an SME);
 * - S4 Jinan (level 2) and S5 Jinan in 2011 (level 3, 张敏 again), pending; S6 cancelled.
 */
export async function seedReachWorld(db: Db, manager: Actor) {
  const w = await seedCascade(db, manager);
  const days = ['2010-06-24', '2010-06-25'];
  const a = await addParticipant(db, w.training.id, { name: '王丽', email: 'wang@example.cn', days });
  const b = await addParticipant(db, w.training.id, {
    name: 'Chen',
    email: 'chen@example.cn',
    days: [days[0]!],
  });
  await addParticipant(db, w.training.id, { name: 'Absent', email: 'absent@example.cn' });
  const sd = { cityId: w.qingdao.id, province: 'CN-SD' };
  const t1 = await addTrainer(db, w, {
    sourceEventId: w.training.id,
    registrationId: a.id,
    name: '王丽',
    email: a.email,
    ...sd,
  });
  const t2 = await addTrainer(db, w, {
    sourceEventId: w.training.id,
    registrationId: b.id,
    name: 'Chen',
    email: b.email,
    cityId: w.xiamen.id,
    province: 'CN-FJ',
  });
  const session = (trainerId: string, city: { cityId: string; province: string }, date: string, extra = {}) =>
    addLocalSession(db, {
      programmeId: w.programme.id,
      parentEventId: w.training.id,
      trainerId,
      date,
      ...city,
      ...extra,
    });
  const code = creditCode('91370200MA3C5H7Q1');
  const s1 = await session(t1.id, sd, '2010-09-10', { verification: 'verified', claimedHeadcount: 30 });
  await addAttendee(db, s1.id, w.qingdao.id, {
    name: '张敏',
    email: 'Zhang@Example.cn',
    sex: 'female',
    organisation: '青岛海纳科技有限公司',
    organisationCode: code,
    sector: 'manufacturing',
  });
  const li = await addAttendee(db, s1.id, w.qingdao.id, {
    name: '李强',
    phone: '+86 138 0013 8000',
    organisation: 'Sunrise Ltd',
  });
  for (let i = 0; i < 10; i++)
    await addAttendee(db, s1.id, w.qingdao.id, { name: `S1-${i}`, email: `s1-${i}@example.cn` });
  const s2 = await session(t1.id, sd, '2010-10-10', { verification: 'queried', claimedHeadcount: 5 });
  await addAttendee(db, s2.id, w.qingdao.id, {
    name: '张敏',
    email: ' zhang@example.cn',
    sex: 'female',
    organisation: 'Haina Technology',
    organisationCode: code.toLowerCase(),
  });
  await addAttendee(db, s2.id, w.qingdao.id, { name: '李强', phone: '13800138000' });
  for (let i = 0; i < 10; i++)
    await addAttendee(db, s2.id, w.qingdao.id, { name: `S2-${i}`, email: `s2-${i}@example.cn` });
  const fj = { cityId: w.xiamen.id, province: 'CN-FJ' };
  const s3 = await session(t2.id, fj, '2010-11-02', { verification: 'verified' });
  await addAttendee(db, s3.id, w.xiamen.id, {
    name: 'X1',
    email: 'x1@example.cn',
    organisation: 'Sunrise Ltd',
  });
  await addAttendee(db, s3.id, w.xiamen.id, {
    name: 'X2',
    email: 'x2@example.cn',
    organisation: 'Xiamen IP Office',
    isSme: false,
  });
  await addAttendee(db, s3.id, w.xiamen.id, { name: 'X3', email: 'x3@example.cn' });
  const jn = { cityId: w.jinan.id, province: 'CN-SD' };
  const t3 = await addTrainer(db, w, {
    sourceEventId: s1.id,
    attendeeId: li.id,
    name: '李强',
    email: '',
    level: 2,
    ...jn,
  });
  const s4 = await session(t3.id, jn, '2010-12-01');
  const j1 = await addAttendee(db, s4.id, w.jinan.id, { name: 'J1', email: 'j1@example.cn' });
  await addAttendee(db, s4.id, w.jinan.id, { name: 'J2', email: 'j2@example.cn' });
  const t4 = await addTrainer(db, w, {
    sourceEventId: s4.id,
    attendeeId: j1.id,
    name: 'J1',
    email: 'j1@example.cn',
    level: 3,
    ...jn,
  });
  const s5 = await session(t4.id, jn, '2011-03-01');
  await addAttendee(db, s5.id, w.jinan.id, { name: '张敏', email: 'zhang@example.cn' });
  await addAttendee(db, s5.id, w.jinan.id, { name: 'J3', email: 'j3@example.cn' });
  const s6 = await session(t4.id, jn, '2011-04-01', { claimedHeadcount: 99 });
  await db.update(events).set({ status: 'cancelled' }).where(eq(events.id, s6.id));
  return { ...w, trainers: { t1, t2, t3, t4 }, sessions: { s1, s2, s3, s4, s5, s6 } };
}
