import { createHash, randomBytes } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { events } from '../events/schema.js';
import { answersOf, type FollowUpUse } from './followups-answer.js';
import { followUps, localSessions, logframeTargets, sessionAttendees } from './schema.js';

/** What the demo's SMEs said six months on: the uses they ticked and what came of it. */
const ANSWERS: { uses: FollowUpUse[]; outcome: string; trademarks?: number }[] = [
  { uses: ['trademark'], outcome: '演示数据：在国内提交了两件商标申请。', trademarks: 2 },
  {
    uses: ['register', 'contract'],
    outcome: 'Demo data: started an IP register and added a confidentiality clause to supplier contracts.',
  },
  { uses: [], outcome: '演示数据：还没有采取行动。' },
  {
    uses: ['helpdesk', 'trademark'],
    outcome: '演示数据：咨询了服务台，随后申请了一件马德里商标。',
    trademarks: 1,
  },
];

/** The demo log-frame's baselines and targets (the programme's first two years of the cascade). */
const TARGETS: Record<string, [number, number]> = {
  officials_trained: [0, 200],
  trainers_certified: [0, 10],
  sessions_held: [0, 12],
  sessions_verified: [0, 10],
  smes_reached: [0, 120],
  smes_verified: [0, 90],
  women_share: [30, 45],
  knowledge_gain: [0, 20],
  use_reported_6m: [0, 40],
};

/**
 * The demo's follow-ups and targets: six-month surveys of the attendees with an e-mail of the
 * demo sessions that were not rejected, most of them answered, and the programme's targets.
 */
export async function loadDemoOutcomes(db: Db, programmeId: string): Promise<void> {
  const attendees = await db
    .select({
      id: sessionAttendees.id,
      eventId: sessionAttendees.eventId,
      email: sessionAttendees.email,
      lang: sessionAttendees.lang,
      date: events.endDate,
    })
    .from(sessionAttendees)
    .innerJoin(events, eq(events.id, sessionAttendees.eventId))
    .innerJoin(localSessions, eq(localSessions.eventId, events.id))
    .where(
      and(
        eq(events.programmeId, programmeId),
        ne(localSessions.verification, 'rejected'),
        ne(sessionAttendees.email, ''),
      ),
    )
    .orderBy(events.startDate, sessionAttendees.name);
  for (const [i, a] of attendees.entries()) {
    const sent = new Date(`${a.date}T02:00:00Z`);
    sent.setUTCMonth(sent.getUTCMonth() + 6);
    const answer = i % 5 === 4 ? null : ANSWERS[i % ANSWERS.length]!;
    await db.insert(followUps).values({
      eventId: a.eventId,
      months: 6,
      attendeeId: a.id,
      email: a.email,
      lang: a.lang,
      // No link was ever sent for demo data: the hash is of a token nobody holds.
      tokenHash: createHash('sha256').update(randomBytes(32)).digest('hex'),
      sentAt: sent,
      answeredAt: answer ? new Date(sent.getTime() + 3 * 86_400_000) : null,
      answers: answer ? answersOf({ ...answer, patents: undefined }) : null,
    });
  }
  await db
    .insert(logframeTargets)
    .values(
      Object.entries(TARGETS).map(([code, [baseline, target]]) => ({ programmeId, code, baseline, target })),
    );
}
