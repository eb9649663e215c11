import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { tokenHash } from './followups-token.js';
import { type FollowUpAnswers, followUps } from './schema.js';
import {
  addAttendee,
  addLocalSession,
  addParticipant,
  addTrainer,
  type CascadeWorld,
  cascadeManager,
  seedCascade,
} from './test-fixtures.js';

describe.each(DATABASE_KINDS)('follow-up results page (%s)', (kind) => {
  let t: TestApp;
  let w: CascadeWorld;
  let sessionId: string;

  beforeAll(async () => {
    t = await testApp(kind);
    const db = t.database.db;
    w = await seedCascade(db, await cascadeManager(db));
    const reg = await addParticipant(db, w.training.id, {
      name: '王芳',
      email: 'w@example.cn',
      days: ['2010-06-24'],
    });
    const tr = await addTrainer(db, w, {
      sourceEventId: w.training.id,
      registrationId: reg.id,
      name: '王芳',
      email: 'w@example.cn',
      cityId: w.qingdao.id,
      province: 'CN-SD',
    });
    const session = await addLocalSession(db, {
      programmeId: w.programme.id,
      parentEventId: w.training.id,
      trainerId: tr.id,
      cityId: w.qingdao.id,
      province: 'CN-SD',
      date: '2010-07-10',
      verification: 'verified',
    });
    sessionId = session.id;
    const people = await Promise.all(
      ['a', 'b', 'c', 'd'].map((x) =>
        addAttendee(db, session.id, w.qingdao.id, { name: x, email: `${x}@example.cn` }),
      ),
    );
    const sent = new Date('2010-10-10T02:00:00Z');
    await db.insert(followUps).values(
      people.map((p, i) => ({
        eventId: session.id,
        months: 3,
        attendeeId: p.id,
        email: p.email,
        tokenHash: tokenHash(`token-${i}`),
        sentAt: sent,
        answeredAt: i < 2 ? sent : null,
        optedOutAt: i === 3 ? sent : null,
        answers: (i === 0
          ? { trademark: true, outcome: 'Filed two marks <b>now</b>' }
          : i === 1
            ? { helpdesk: true, outcome: '' }
            : null) as FollowUpAnswers | null,
      })),
    );
  });
  afterAll(() => t?.close());

  it('shows managers sent, answered, the response rate and what was used, and a session’s answers escaped', async () => {
    const manager = await t.signIn('manager');
    const res = await manager.get(`/en/reports/follow-ups?programme=ipr2-miit&session=${sessionId}`);
    expect(res.status).toBe(200);
    const html = (await res.text()).replace(/\s+/g, ' ');
    expect(html).toMatch(/data-label="Sent">4</);
    expect(html).toMatch(/data-label="Answered">2</);
    expect(html).toMatch(/data-label="Response rate">50%</);
    expect(html).toMatch(/data-label="Used what they learned">2</);
    expect(html).toMatch(/data-label="Opted out">1</);
    expect(html).toContain('Filed two marks &lt;b&gt;now&lt;/b&gt;');
    const zh = await (await manager.get('/zh/reports/follow-ups?programme=ipr2-miit')).text();
    expect(zh).toContain('回复率');
  });

  it('shows a coordinator only the events of their scope, and refuses everyone else', async () => {
    const fujian = await t.signIn('coordinator', { scopes: [{ province: 'CN-FJ', cityId: null }] });
    const other = await (
      await fujian.get(`/en/reports/follow-ups?programme=ipr2-miit&session=${sessionId}`)
    ).text();
    expect(other).toContain('No follow-up survey has been sent for this selection yet.');
    expect(other).not.toContain('Filed two marks');
    const shandong = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: w.qingdao.id }] });
    expect(await (await shandong.get('/en/reports/follow-ups?programme=ipr2-miit')).text()).toMatch(
      /data-label="Sent">4</,
    );
    const official = await t.signIn('official');
    expect((await official.get('/en/reports/follow-ups')).status).toBe(403);
    expect((await t.anonymous().get('/en/reports/follow-ups')).status).toBe(303);
    expect((await fujian.get('/en/reports/follow-ups?programme=nonesuch')).status).toBe(404);
  });
});
