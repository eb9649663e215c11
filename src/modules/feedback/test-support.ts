import { desc } from 'drizzle-orm';
import type { TestApp } from '../../../tests/helpers/app.js';
import type { Actor } from '../../lib/actor.js';
import { createSession } from '../accounts/index.js';
import { addEvent } from '../events/test-fixtures.js';
import { outbox } from '../mail/schema.js';
import { register } from '../registration/index.js';
import { apiCall, registrationWorld, type Seed } from '../registration/test-support.js';
import { feedbackKey } from './keys.js';
import type { QuestionInput } from './question-input.js';
import { saveQuestions } from './save-questions.js';
import { saveFeedbackSettings } from './save-settings.js';

/** Five questions on IP basics, each with its correct option values `ok` (and `ok2`). */
export const TEST_QUESTIONS: QuestionInput[] = [
  {
    kind: 'single',
    prompt: { en: 'How long does a Chinese invention patent last?', zh: '中国发明专利的保护期是多少年？' },
    options: [
      { value: 'a', label: { en: '10 years', zh: '10年' } },
      { value: 'ok', label: { en: '20 years', zh: '20年' }, correct: true },
      { value: 'c', label: { en: '50 years', zh: '50年' } },
    ],
    explanation: { en: 'From the filing date.', zh: '自申请日起计算。' },
  },
  {
    kind: 'single',
    prompt: { en: 'Which office grants Chinese trademarks?', zh: '中国商标由哪个机构核准注册？' },
    options: [
      { value: 'ok', label: { en: 'CNIPA', zh: '国家知识产权局' }, correct: true },
      { value: 'b', label: { en: 'MIIT', zh: '工业和信息化部' } },
    ],
  },
  {
    kind: 'multiple',
    prompt: { en: 'Which of these are IP rights?', zh: '以下哪些属于知识产权？' },
    options: [
      { value: 'ok', label: { en: 'Patent', zh: '专利' }, correct: true },
      { value: 'ok2', label: { en: 'Trademark', zh: '商标' }, correct: true },
      { value: 'c', label: { en: 'Business licence', zh: '营业执照' } },
    ],
  },
  {
    kind: 'single',
    prompt: {
      en: 'How long does a registered trademark last before renewal?',
      zh: '注册商标的有效期是多少年？',
    },
    options: [
      { value: 'ok', label: { en: '10 years', zh: '10年' }, correct: true },
      { value: 'b', label: { en: '5 years', zh: '5年' } },
    ],
  },
  {
    kind: 'single',
    prompt: { en: 'Is a utility model examined for inventiveness?', zh: '实用新型是否进行创造性实质审查？' },
    options: [
      { value: 'a', label: { en: 'Yes', zh: '是' } },
      { value: 'ok', label: { en: 'No', zh: '否' }, correct: true },
    ],
  },
];

export const SURVEY_QUESTIONS: QuestionInput[] = [
  { kind: 'likert', required: true, prompt: { en: 'The content was relevant.', zh: '内容切合实际。' } },
  { kind: 'likert', required: false, prompt: { en: 'I would recommend it.', zh: '我愿意推荐。' } },
  { kind: 'comment', prompt: { en: 'What should we improve?', zh: '有哪些需要改进？' } },
];

export interface FeedbackWorld {
  t: TestApp;
  actor: Actor;
  seed: Seed;
  token: string;
  manager: Awaited<ReturnType<TestApp['signIn']>>;
  clock: { now: Date };
}

/** A manager, places and a programme, and a clock the test moves (the app reads it too). */
export async function feedbackWorld(t: TestApp, start: string): Promise<FeedbackWorld> {
  const clock = { now: new Date(start) };
  t.ctx.now = () => clock.now;
  const { manager, actor, seed, token } = await registrationWorld(t);
  return { t, actor, seed, token, manager, clock };
}

export const services = (w: FeedbackWorld) => ({
  mailer: w.t.ctx.mailer,
  secret: w.t.ctx.secret,
  siteUrl: 'http://localhost:3000',
  now: w.clock.now,
});

/** A published event in Qingdao with its test (and survey) set up and published. */
export async function eventWithFeedback(
  w: FeedbackWorld,
  dates: { start: string; end: string },
  opts: {
    test?: QuestionInput[];
    survey?: QuestionInput[] | null;
    publish?: boolean;
    settings?: object;
  } = {},
) {
  const db = w.t.database.db;
  const event = await addEvent(db, w.actor, {
    programmeId: w.seed.programme.id,
    cityId: w.seed.qingdao.id,
    startDate: dates.start,
    endDate: dates.end,
  });
  await saveQuestions(db, w.actor, event.id, 'test', opts.test ?? TEST_QUESTIONS, w.clock.now);
  if (opts.survey !== null)
    await saveQuestions(db, w.actor, event.id, 'survey', opts.survey ?? SURVEY_QUESTIONS, w.clock.now);
  if (opts.publish !== false)
    await saveFeedbackSettings(
      db,
      w.actor,
      event.id,
      { testPublished: true, surveyPublished: opts.survey !== null, ...opts.settings },
      w.clock.now,
    );
  return event;
}

/** A registration made by the manager (confirmed at once), and its feedback key. */
export async function registrant(w: FeedbackWorld, eventId: string, name: string, lang: 'en' | 'zh' = 'zh') {
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${Math.random().toString(36).slice(2, 7)}@example.org`;
  const out = await register(
    w.t.database.db,
    services(w),
    { via: 'manager', user: w.actor },
    {
      eventId,
      name,
      email,
      organisation: 'Qingdao IP Office',
      organisationType: 'government',
      sex: null,
      answers: {},
      lang,
    },
  );
  const reg = out.registration;
  return {
    ...reg,
    key: feedbackKey(w.t.ctx.secret, reg.id),
    page: `/${lang}/feedback/${feedbackKey(w.t.ctx.secret, reg.id)}`,
  };
}

/**
 * Checks a registrant in on a day of their event through the API, as the staff at the door do,
 * with the clock at noon of that day (China time, as days to come are refused); then the clock
 * goes back to where the test had it. The post-test and the survey are for those who attended.
 */
export async function checkIn(w: FeedbackWorld, registrationId: string, day: string) {
  const before = w.clock.now;
  w.clock.now = new Date(`${day}T04:00:00Z`);
  try {
    const res = await apiCall(w.t, 'POST', `/registrations/${registrationId}/check-ins`, {
      token: w.token,
      body: { day },
    });
    if (res.status !== 201) throw new Error(`check-in: ${res.status} ${await res.text()}`);
  } finally {
    w.clock.now = before;
  }
}

export const latestMail = (t: TestApp) => t.database.db.select().from(outbox).orderBy(desc(outbox.createdAt));

const WRONG: (string | string[])[] = ['a', 'b', ['ok'], 'b', 'a'];
const RIGHT: (string | string[])[] = ['ok', 'ok', ['ok', 'ok2'], 'ok', 'ok'];

/** Answers for TEST_QUESTIONS (by their ids, in order) with the first `right` of them right. */
export function answersScoring(questionIds: string[], right: number): Record<string, string | string[]> {
  return Object.fromEntries(questionIds.map((id, i) => [id, i < right ? RIGHT[i]! : WRONG[i]!]));
}

/**
 * The manager's browser with a session opened at the test's clock (sessions run out after 30 days,
 * and the tests move the clock years ahead).
 */
export async function managerBrowser(w: FeedbackWorld, userId = w.manager.userId!) {
  const sid = await createSession(w.t.database.db, userId, w.clock.now);
  const cookie = `csrf=${w.manager.csrf}; sid=${sid}`;
  return {
    get: (path: string) => w.t.app.request(path, { headers: { cookie } }),
    post: (path: string, form: Record<string, string | string[]>) => {
      const body = new URLSearchParams();
      body.append('_csrf', w.manager.csrf);
      for (const [k, v] of Object.entries(form))
        for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
      return w.t.app.request(path, {
        method: 'POST',
        body,
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      });
    },
  };
}

/** The managers' view of an event's feedback, as `GET /api/v1/events/{id}/feedback` gives it. */
export type FeedbackJson = {
  testPublished: boolean;
  surveyPublished: boolean;
  passPercent: number;
  windows: Record<string, string>;
  custom: Record<string, string | null>;
  test: {
    questions: {
      id: string;
      kind: string;
      prompt: { en: string; zh: string };
      options: { value: string; correct: boolean }[];
    }[];
  };
  survey: { questions: { id: string; kind: string; required: boolean }[] };
  defaultSurveyQuestions: unknown[];
};
