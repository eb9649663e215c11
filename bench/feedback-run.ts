// The feedback module's work measured on one database (see bench/feedback.mjs): scoring many
// submissions at once, and the knowledge gain of one event and of a whole programme.
import { eq, sql } from 'drizzle-orm';
import type { Database, Db } from '../src/db/client.js';
import { migrate } from '../src/db/migrate.js';
import { loadUser } from '../src/modules/accounts/index.js';
import { users } from '../src/modules/accounts/schema.js';
import { events, programmes } from '../src/modules/events/schema.js';
import {
  knowledgeGainBy,
  knowledgeGainOf,
  listQuestions,
  queuePreInvitations,
  saveFeedbackSettings,
  saveQuestions,
  submitTest,
  surveyResultsOf,
} from '../src/modules/feedback/index.js';
import { feedbackTestAttempts } from '../src/modules/feedback/schema.js';
import { jobs } from '../src/modules/jobs/schema.js';
import { cities } from '../src/modules/places/schema.js';

export interface Figures {
  submissions: {
    count: number;
    concurrency: number;
    perSecond: number;
    p50: number;
    p99: number;
    stored: number;
  };
  eventGain: { registrants: number; questions: number; ms: number };
  surveyResults: { responses: number; ms: number };
  gainByYear: { events: number; attempts: number; answers: number; ms: number };
  gainByEvent: { ms: number };
  scan: { registrations: number; firstMs: number; queued: number; steadyMs: number };
  bytes: { attempt: number; answer: number };
}

const QUESTIONS = 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async (fn: () => Promise<unknown>, runs: number) => {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return median(out);
};

const questions = Array.from({ length: QUESTIONS }, (_, i) => ({
  kind: i % 4 === 3 ? 'multiple' : 'single',
  prompt: { en: `Question ${i + 1} about IP management`, zh: `知识产权管理第${i + 1}题` },
  options: [
    { value: 'a', label: { en: 'First', zh: '甲' }, correct: true },
    { value: 'b', label: { en: 'Second', zh: '乙' }, correct: i % 4 === 3 },
    { value: 'c', label: { en: 'Third', zh: '丙' } },
  ],
}));

/** Events with questions, confirmed registrants and, for past ones, scored attempts made in SQL. */
async function seed(database: Database, eventsCount: number, perEvent: number) {
  const db = database.db;
  const [u] = await db
    .insert(users)
    .values({ email: 'bench@example.org', name: 'Bench', role: 'manager', passwordHash: 'x' })
    .returning();
  const actor = (await loadUser(db, u!.id))!;
  const [city] = await db
    .insert(cities)
    .values({ slug: 'qingdao', province: 'CN-SD', name: { en: 'Qingdao', zh: '青岛' } })
    .returning();
  const [programme] = await db
    .insert(programmes)
    .values({ slug: 'bench', title: { en: 'Bench', zh: '基准' }, startYear: 2020 })
    .returning();
  const now = new Date('2026-11-26T02:00:00Z');
  const ids: string[] = [];
  for (let i = 0; i < eventsCount; i++) {
    const year = 2020 + (i % 6);
    const day = `${year}-0${1 + (i % 9)}-1${i % 9}`;
    const [e] = await db
      .insert(events)
      .values({
        programmeId: programme!.id,
        cityId: city!.id,
        province: 'CN-SD',
        title: { en: `Training ${i}`, zh: `培训${i}` },
        startDate: day,
        endDate: day,
        status: 'published',
      })
      .returning({ id: events.id });
    ids.push(e!.id);
    await saveQuestions(db, actor, e!.id, 'test', questions, now);
    await saveFeedbackSettings(db, actor, e!.id, { testPublished: true }, now);
  }
  // Registrants, then a pre-test and a post-test for 9 in 10 of them, each question right with a
  // chance that rises after the training; the attempts' scores are the sums of their answers.
  await db.execute(sql`
    insert into registrations (event_id, status, name, email, email_key, lang, source, arrival)
    select e.id, 'confirmed', 'Person ' || g, 'p' || g || '@example.org', 'p' || g || '-' || e.id || '@example.org', 'zh', 'manager', g
    from events e cross join generate_series(1, ${perEvent}) g`);
  await db.execute(sql`
    insert into feedback_test_attempts (event_id, registration_id, phase, score, max_score, lang, submitted_at)
    select r.event_id, r.id, ph.phase, 0, ${QUESTIONS}, 'zh', now()
    from registrations r cross join (values ('pre'), ('post')) ph(phase)
    where r.arrival % 10 <> 0`);
  await db.execute(sql`
    insert into feedback_test_answers (attempt_id, question_id, selected, correct)
    select a.id, q.id, '["a"]'::jsonb, random() < case when a.phase = 'pre' then 0.45 else 0.75 end
    from feedback_test_attempts a join feedback_questions q on q.event_id = a.event_id and q.instrument = 'test'`);
  await db.execute(sql`
    update feedback_test_attempts a set score = s.n
    from (select attempt_id, count(*) filter (where correct)::int n from feedback_test_answers group by attempt_id) s
    where s.attempt_id = a.id`);
  // A survey for the first event: 100 anonymous responses to 5 ratings and 2 comments.
  await saveQuestions(
    db,
    actor,
    ids[0]!,
    'survey',
    [
      ...Array.from({ length: 5 }, (_, i) => ({
        kind: 'likert',
        required: true,
        prompt: { en: `Statement ${i}` },
      })),
      { kind: 'comment', prompt: { en: 'Most useful?' } },
      { kind: 'comment', prompt: { en: 'Improve?' } },
    ],
    now,
  );
  await db.execute(sql`
    insert into feedback_survey_responses (event_id) select ${ids[0]} from generate_series(1, 100)`);
  await db.execute(sql`
    insert into feedback_survey_answers (response_id, question_id, rating, comment)
    select r.id, q.id,
      case when q.kind = 'likert' then 1 + floor(random() * 5)::int end,
      case when q.kind = 'comment' then '案例分析很实用，希望增加互动环节。' end
    from feedback_survey_responses r join feedback_questions q on q.event_id = r.event_id and q.instrument = 'survey'`);
  return { actor, ids, now };
}

export async function measure(
  database: Database,
  opts: { events: number; perEvent: number; submissions: number },
) {
  await migrate(database);
  const db = database.db as Db;
  const { actor, ids, now } = await seed(database, opts.events, opts.perEvent);
  const [attempts] = await db.select({ n: sql<number>`count(*)::int` }).from(feedbackTestAttempts);
  const [answers] = await db
    .execute(sql`select count(*)::int as n from feedback_test_answers`)
    .then((r) => (r as unknown as { rows: { n: number }[] }).rows);

  // Storage per row with its indexes, for the capacity model.
  const size = async (table: string) => {
    const r = await db.execute(
      sql`select pg_total_relation_size(${table}::regclass)::bigint as bytes, (select count(*) from ${sql.identifier(table)})::bigint as n`,
    );
    const row = (r as unknown as { rows: { bytes: string | number; n: string | number }[] }).rows[0]!;
    return Number(row.bytes) / Math.max(1, Number(row.n));
  };
  const bytes = {
    attempt: await size('feedback_test_attempts'),
    answer: await size('feedback_test_answers'),
  };
  const eventMs = await time(() => knowledgeGainOf(db, ids[0]!), 20);
  const surveyMs = await time(() => surveyResultsOf(db, ids[0]!), 20);
  const yearMs = await time(() => knowledgeGainBy(db, 'year'), 10);
  const byEventMs = await time(() => knowledgeGainBy(db, 'event'), 5);

  // Submissions: an event ahead, its registrants all sending their pre-test at once, each twice.
  const [ahead] = await db
    .insert(events)
    .values({
      programmeId: (await db.select().from(programmes))[0]!.id,
      cityId: (await db.select().from(cities))[0]!.id,
      province: 'CN-SD',
      title: { en: 'Ahead', zh: '未来' },
      startDate: '2099-01-10',
      endDate: '2099-01-10',
      status: 'published',
    })
    .returning({ id: events.id });
  await saveQuestions(db, actor, ahead!.id, 'test', questions, now);
  await saveFeedbackSettings(db, actor, ahead!.id, { testPublished: true }, now);
  await db.execute(sql`
    insert into registrations (event_id, status, name, email, email_key, lang, source, arrival)
    select ${ahead!.id}, 'confirmed', 'Person ' || g, 'q' || g || '@example.org', 'q' || g || '@example.org', 'en', 'manager', g
    from generate_series(1, ${opts.submissions}) g`);
  const regs = await db.execute(sql`select id from registrations where event_id = ${ahead!.id}`);
  const regIds = (regs as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
  const qs = await listQuestions(db, ahead!.id, 'test');
  const answersOf = (i: number) =>
    Object.fromEntries(qs.map((q, j) => [q.id, (i + j) % 3 === 0 ? 'b' : 'a']));
  const queue = regIds.flatMap((id, i) => [
    { id, i },
    { id, i },
  ]);
  const latencies: number[] = [];
  const concurrency = 20;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const s = performance.now();
        await submitTest(db, job.id, 'pre', answersOf(job.i), now);
        latencies.push(performance.now() - s);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const [stored] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(feedbackTestAttempts)
    .where(eq(feedbackTestAttempts.eventId, ahead!.id));
  latencies.sort((a, b) => a - b);

  // The invitation scan over every registrant of the events ahead: first run, then steady state.
  await db.execute(sql`delete from feedback_test_attempts where event_id = ${ahead!.id}`);
  let queued = 0;
  const firstMs = await time(async () => {
    queued = await queuePreInvitations(db, now);
  }, 1);
  await db.execute(sql`
    insert into feedback_invitations (registration_id, kind, sent_at)
    select (payload->>'registrationId')::uuid, 'pre', now() from jobs where queue = 'feedback.invite'`);
  await db.delete(jobs);
  const steadyMs = await time(() => queuePreInvitations(db, now), 5);

  return {
    submissions: {
      count: regIds.length * 2,
      concurrency,
      perSecond: (regIds.length * 2) / seconds,
      p50: latencies[Math.floor(latencies.length / 2)]!,
      p99: latencies[Math.floor(latencies.length * 0.99)]!,
      stored: Number(stored!.n),
    },
    eventGain: { registrants: opts.perEvent, questions: QUESTIONS, ms: eventMs },
    surveyResults: { responses: 100, ms: surveyMs },
    gainByYear: {
      events: opts.events,
      attempts: Number(attempts!.n),
      answers: Number(answers!.n),
      ms: yearMs,
    },
    gainByEvent: { ms: byEventMs },
    scan: { registrations: regIds.length, firstMs, queued, steadyMs },
    bytes,
  } satisfies Figures;
}
