import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, freshDatabase } from '../../../tests/helpers/db.js';
import type { Database } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { logframeOf } from './logframe-report.js';
import { computeReach } from './reach.js';
import { actorWith, seedReachWorld } from './reach-fixtures.js';
import { reachTree } from './reach-tree.js';
import { localSessions } from './schema.js';
import { addAttendee, addLocalSession } from './test-fixtures.js';

describe.each(DATABASE_KINDS)('reach of a programme (%s)', (kind) => {
  let database: Database;
  let manager: Actor;
  let w: Awaited<ReturnType<typeof seedReachWorld>>;
  const programme = 'ipr2-miit';

  beforeAll(async () => {
    database = await freshDatabase(kind);
    manager = await actorWith(database.db, 'manager');
    w = await seedReachWorld(database.db, manager);
  });
  afterAll(() => database?.close());

  it('counts a person and an SME once across sessions, a namesake firm elsewhere twice, and claims apart', async () => {
    const r = await computeReach(database.db, manager, { programme });
    expect(r.trainers).toBe(4);
    // S6 is cancelled: five sessions, two of them verified.
    expect(r.localSessions).toBe(5);
    expect(r.verifiedSessions).toBe(2);
    // 12 in S1; S2 adds its 10 others (张敏 and 李强 written differently are the same people);
    // S3 adds 3, S4 2, S5 one (张敏 again): 28. Verified: S1 and S3 only, not queried S2's.
    expect(r.people).toEqual({ distinct: 28, verified: 15 });
    // The SME by credit code under two names once; "Sunrise Ltd" of Qingdao and of Xiamen twice.
    expect(r.organisations).toEqual({ distinct: 4, verified: 4 });
    expect(r.smes).toEqual({ distinct: 3, verified: 3 });
    expect(r.otherOrganisations).toEqual({ distinct: 1, verified: 1 });
    // S1 claims 30 with 12 named (+18), S2 5 with 12 named (+0); the cancelled S6's 99 not at all.
    expect(r.claimedBeyondNamed).toBe(18);
  });

  it('counts each level of the cascade down to the third tier', async () => {
    const r = await computeReach(database.db, manager, { programme });
    expect(r.levels).toEqual([
      { level: 0, events: 1, people: 2 },
      { level: 1, events: 3, people: 25 },
      { level: 2, events: 1, people: 2 },
      { level: 3, events: 1, people: 2 },
    ]);
  });

  it('breaks reach down by city, province, year, sector and sex', async () => {
    const { breakdowns: b } = await computeReach(database.db, manager, { programme });
    const qingdao = b.city.find((r) => r.key === w.qingdao.id)!;
    expect(qingdao).toMatchObject({ sessions: 2, verifiedSessions: 1, claimedBeyondNamed: 18, lat: 36.07 });
    expect(qingdao.people).toEqual({ distinct: 22, verified: 12 });
    expect(qingdao.label).toEqual({ en: 'Qingdao', zh: '青岛' });
    expect(b.province.map((r) => [r.key, r.sessions, r.people.distinct])).toEqual([
      ['CN-SD', 4, 25],
      ['CN-FJ', 1, 3],
    ]);
    expect(b.year.map((r) => [r.key, r.sessions])).toEqual([
      ['2010', 4],
      ['2011', 1],
    ]);
    expect(b.sex.find((r) => r.key === 'female')?.people).toEqual({ distinct: 1, verified: 1 });
    expect(b.sector.find((r) => r.key === 'manufacturing')?.people.distinct).toBe(1);
    expect(b.sector.at(-1)?.key).toBeNull();
  });

  it('narrows to a place and a period', async () => {
    const jinan = await computeReach(database.db, manager, { programme, city: 'jinan' });
    expect([jinan.localSessions, jinan.people.distinct, jinan.trainers]).toEqual([2, 4, 2]);
    // The training was in Qingdao: not in Jinan's figures.
    expect(jinan.levels[0]).toEqual({ level: 0, events: 0, people: 0 });
    const y2011 = await computeReach(database.db, manager, {
      programme,
      from: '2011-01-01',
      to: '2011-12-31',
    });
    expect([y2011.localSessions, y2011.people.distinct]).toEqual([1, 2]);
  });

  it('shows a coordinator only their scope, and refuses others', async () => {
    const fujian = await actorWith(database.db, 'coordinator', [{ province: 'CN-FJ', cityId: null }]);
    const r = await computeReach(database.db, fujian, { programme });
    expect([r.localSessions, r.trainers, r.people.distinct, r.organisations.distinct]).toEqual([1, 1, 3, 2]);
    expect(r.levels).toEqual([
      { level: 0, events: 0, people: 0 },
      { level: 1, events: 1, people: 3 },
    ]);
    // Asking for another province inside a Fujian scope finds nothing rather than Shandong's figures.
    expect((await computeReach(database.db, fujian, { programme, province: 'CN-SD' })).localSessions).toBe(0);
    const jinan = await actorWith(database.db, 'coordinator', [{ province: 'CN-SD', cityId: w.jinan.id }]);
    expect((await computeReach(database.db, jinan, { programme })).localSessions).toBe(2);
    const trainer = await actorWith(database.db, 'trainer');
    await expect(computeReach(database.db, trainer, { programme })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(computeReach(database.db, manager, { programme: 'nope' })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('draws the lineage tree from the training to the third tier', async () => {
    const [root, ...others] = await reachTree(database.db, manager, { programme });
    expect(others).toEqual([]);
    expect(root).toMatchObject({ id: w.training.id, kind: 'training' });
    expect(root!.trainers.map((t) => t.name)).toEqual(['Chen', '王丽']);
    const wang = root!.trainers.find((t) => t.name === '王丽')!;
    const s1 = wang.sessions.find((s) => s.id === w.sessions.s1.id)!;
    expect(s1).toMatchObject({ named: 12, claimed: 30, organisationCount: 2, withoutOrganisation: 10 });
    expect(s1.organisations.map((o) => o.name).sort()).toEqual(['Sunrise Ltd', '青岛海纳科技有限公司']);
    const tier2 = s1.trainers[0]!;
    expect([tier2.name, tier2.level, tier2.sessions.length]).toEqual(['李强', 2, 1]);
    const tier3 = tier2.sessions[0]!.trainers[0]!;
    // The cancelled session is not in the tree.
    expect([tier3.level, tier3.sessions.map((s) => s.id)]).toEqual([3, [w.sessions.s5.id]]);
  });

  // Last in the file: it changes the world.
  it('leaves out a rejected session and one still to come, and gives the log-frame the very same figures', async () => {
    const before = await computeReach(database.db, manager, { programme }, '2026-12-05');
    // S4 (Jinan, level 2, one person of its own and the SME it shares with no one else) is rejected.
    await database.db
      .update(localSessions)
      .set({ verification: 'rejected' })
      .where(eq(localSessions.eventId, w.sessions.s4.id));
    const planned = await addLocalSession(database.db, {
      programmeId: w.programme.id,
      parentEventId: w.training.id,
      trainerId: w.trainers.t1.id,
      cityId: w.qingdao.id,
      province: 'CN-SD',
      date: '2027-03-01',
      claimedHeadcount: 40,
    });
    await addAttendee(database.db, planned.id, w.qingdao.id, {
      name: 'Early Bird',
      email: 'early@example.cn',
    });
    const after = await computeReach(database.db, manager, { programme }, '2026-12-05');
    expect(after.localSessions).toBe(before.localSessions - 1);
    expect(after.people.distinct).toBe(before.people.distinct - 2);
    expect(after.claimedBeyondNamed).toBe(before.claimedBeyondNamed);
    // On the day it is held, the planned session counts, and its claim beyond its one name with it.
    const then = await computeReach(database.db, manager, { programme }, '2027-03-01');
    expect([then.localSessions, then.people.distinct, then.claimedBeyondNamed]).toEqual([
      after.localSessions + 1,
      after.people.distinct + 1,
      after.claimedBeyondNamed + 39,
    ]);
    const frame = await logframeOf(database.db, manager, { programme }, new Date('2026-12-05T04:00:00Z'));
    expect(frame.reach).toEqual({
      sessionsHeld: after.localSessions,
      sessionsVerified: after.verifiedSessions,
      claimedBeyondNamed: after.claimedBeyondNamed,
      peopleNamed: after.people.distinct,
      peopleVerified: after.people.verified,
      smesNamed: after.smes.distinct,
      smesVerified: after.smes.verified,
    });
    const actual = Object.fromEntries(frame.indicators.map((i) => [i.code, i.actual]));
    expect(actual).toMatchObject({ sessions_held: after.localSessions, smes_verified: after.smes.verified });
  });
});
