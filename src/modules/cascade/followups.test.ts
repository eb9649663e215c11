import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { type SmtpListener, startSmtpListener } from '../../../tests/helpers/smtp.js';
import { recurringJobs } from '../index.js';
import { scheduleRecurring } from '../jobs/index.js';
import { jobs } from '../jobs/schema.js';
import { sendDueFollowUps } from './followups-send.js';
import { tokenHash } from './followups-token.js';
import { followUps, sessionAttendees } from './schema.js';
import {
  addAttendee,
  addLocalSession,
  addParticipant,
  addTrainer,
  type CascadeWorld,
  cascadeManager,
  seedCascade,
} from './test-fixtures.js';

describe.each(DATABASE_KINDS)('follow-up surveys over real SMTP (%s)', (kind) => {
  let smtp: SmtpListener;
  let t: TestApp;
  let w: CascadeWorld;
  const WANG = 'wang.fang@example.cn';
  const ANNA = 'anna.smith@example.org';
  const ABSENT = 'absent@example.cn';
  const LIU = 'liu.yang@example.cn';
  const REJECTED = 'rejected@example.cn';

  /** What a running server does in an hour of this day (10:00 in China): queue the hourly tasks, work the queue. */
  async function hourOn(day: string) {
    t.ctx.now = () => new Date(`${day}T10:00:00+08:00`);
    await scheduleRecurring(t.ctx, recurringJobs);
    await t.runJobs();
  }
  const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email));
  const tokenIn = (text: string) => /\/follow-up\/([A-Za-z0-9_-]{32})/.exec(text)?.[1] ?? '';

  beforeAll(async () => {
    smtp = await startSmtpListener();
    t = await testApp(kind, { SMTP_URL: smtp.url, PUBLIC_URL: 'https://ipc.example.org' });
    const db = t.database.db;
    w = await seedCascade(db, await cascadeManager(db));
    const wang = await addParticipant(db, w.training.id, {
      name: '王芳',
      email: WANG,
      lang: 'zh',
      days: ['2010-06-24'],
    });
    await addParticipant(db, w.training.id, {
      name: 'Anna Smith',
      email: ANNA,
      lang: 'en',
      days: ['2010-06-25'],
    });
    await addParticipant(db, w.training.id, { name: 'Absent', email: ABSENT, days: [] });
    const trainer = await addTrainer(db, w, {
      sourceEventId: w.training.id,
      registrationId: wang.id,
      name: '王芳',
      email: WANG,
      cityId: w.qingdao.id,
      province: 'CN-SD',
    });
    const at = {
      programmeId: w.programme.id,
      parentEventId: w.training.id,
      trainerId: trainer.id,
      cityId: w.qingdao.id,
      province: 'CN-SD',
    };
    const session = await addLocalSession(db, { ...at, date: '2010-07-10', verification: 'verified' });
    await addAttendee(db, session.id, w.qingdao.id, {
      name: '刘洋',
      email: LIU,
      organisation: '青岛海洋科技',
    });
    await addAttendee(db, session.id, w.qingdao.id, {
      name: '赵敏',
      phone: '13800138000',
      organisation: '青岛海洋科技',
    });
    const rejected = await addLocalSession(db, { ...at, date: '2010-07-10', verification: 'rejected' });
    await addAttendee(db, rejected.id, w.qingdao.id, { name: 'Nobody', email: REJECTED });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('sends nothing before three months have passed since the last day', async () => {
    await hourOn('2010-09-24');
    expect(smtp.messages).toHaveLength(0);
  });

  it('sends the three-month survey once to each attendee, in their language, with a link whose token is stored only as its hash', async () => {
    t.ctx.now = () => new Date('2010-09-25T10:00:00+08:00');
    // Several processes scanning at once: the rows' unique keys let one of them send.
    const sent = await Promise.all([
      sendDueFollowUps(t.ctx),
      sendDueFollowUps(t.ctx),
      sendDueFollowUps(t.ctx),
    ]);
    expect(sent.reduce((a, b) => a + b, 0)).toBe(2);
    await hourOn('2010-09-25');
    await smtp.waitFor((m) => m.to.includes(ANNA));
    const zh = await smtp.waitFor((m) => m.to.includes(WANG));
    expect(zh.subject).toBe('“知识产权管理培训”结束3个月回访：所学内容用上了吗？');
    expect(zh.text).toContain('https://ipc.example.org/zh/follow-up/');
    expect(zh.text).toContain('/opt-out');
    const en = mailsTo(ANNA)[0]!;
    expect(en.subject).toBe('3 months after “IP management training”: did you use what you learned?');
    expect(en.text).toContain('https://ipc.example.org/en/follow-up/');
    expect(mailsTo(ABSENT)).toHaveLength(0);
    const rows = await t.database.db.select().from(followUps).where(eq(followUps.months, 3));
    expect(rows).toHaveLength(2);
    const token = tokenIn(zh.text);
    expect(rows.map((r) => r.tokenHash)).toContain(tokenHash(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    // Later the same day and the days after: nothing more.
    await hourOn('2010-09-25');
    await hourOn('2010-09-30');
    expect(mailsTo(WANG)).toHaveLength(1);
    expect(mailsTo(ANNA)).toHaveLength(1);
  });

  it('takes the answers by the token, once, and a forged token gets a translated 404', async () => {
    const token = tokenIn(mailsTo(WANG)[0]!.text);
    const browser = t.anonymous();
    const page = await browser.get(`/zh/follow-up/${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('注册了商标');
    const bad = await browser.post(`/zh/follow-up/${token}`, { uses: 'trademark', trademarks: '-3' });
    expect(bad.status).toBe(422);
    const ok = await browser.post(`/zh/follow-up/${token}`, {
      uses: ['trademark', 'register'],
      outcome: '注册了两件商标',
      trademarks: '2',
    });
    expect(ok.status).toBe(303);
    const [row] = await t.database.db
      .select()
      .from(followUps)
      .where(eq(followUps.tokenHash, tokenHash(token)));
    expect(row!.answers).toMatchObject({
      trademark: true,
      register: true,
      patent: false,
      outcome: '注册了两件商标',
      trademarks: 2,
    });
    expect(row!.answeredAt).not.toBeNull();
    // Sent again: refused with why (409), and the first answers stay.
    const second = await browser.post(`/zh/follow-up/${token}`, {
      uses: 'patent',
      outcome: 'x'.repeat(5000),
    });
    expect(second.status).toBe(409);
    expect(await second.text()).toContain('您已填写过此问卷');
    const [again] = await t.database.db.select().from(followUps).where(eq(followUps.id, row!.id));
    expect(again!.answers).toMatchObject({ patent: false, trademark: true });
    expect(await (await browser.get(`/zh/follow-up/${token}`)).text()).toContain('您已填写过此问卷');

    const forged = `${token.slice(0, 31)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const [lang, words] of [
      ['en', 'This follow-up link is not valid'],
      ['zh', '此回访链接无效'],
    ] as const) {
      const res = await browser.get(`/${lang}/follow-up/${forged}`);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain(words);
      const post = await browser.post(`/${lang}/follow-up/${forged}`, { uses: 'patent' });
      expect(post.status).toBe(404);
    }
  });

  it('reminds once after two weeks only those who have not answered, and sends the local session’s attendee theirs', async () => {
    await hourOn('2010-10-08');
    expect(mailsTo(ANNA)).toHaveLength(1);
    await hourOn('2010-10-09');
    const reminder = await smtp.waitFor((m) => m.to.includes(ANNA) && m.subject.startsWith('Reminder'));
    expect(tokenIn(reminder.text)).toBe(tokenIn(mailsTo(ANNA)[0]!.text));
    expect(mailsTo(WANG)).toHaveLength(1);
    // The session of 10 July: its attendee with an e-mail, three months on; not the rejected session's.
    await hourOn('2010-10-10');
    const liu = await smtp.waitFor((m) => m.to.includes(LIU));
    expect(liu.subject).toContain('中小企业知识产权宣讲');
    for (const day of ['2010-10-11', '2010-10-25', '2010-11-20']) await hourOn(day);
    expect(mailsTo(ANNA)).toHaveLength(2);
    expect(mailsTo(LIU)).toHaveLength(2); // its own reminder on 24 October
    expect(mailsTo(REJECTED)).toHaveLength(0);
  });

  it('stops every further follow-up to an address that opted out, and never sends a wave twice even once its jobs are pruned', async () => {
    const token = tokenIn(mailsTo(ANNA)[0]!.text);
    const browser = t.anonymous();
    const ask = await browser.get(`/en/follow-up/${token}/opt-out`);
    expect(await ask.text()).toContain('We will send no more follow-up surveys');
    expect((await browser.post(`/en/follow-up/${token}/opt-out`, {})).status).toBe(303);
    await hourOn('2010-12-25');
    const six = await smtp.waitFor((m) => m.to.includes(WANG) && m.subject.includes('6个月'));
    expect(six.subject).toBe('“知识产权管理培训”结束6个月回访：所学内容用上了吗？');
    expect(mailsTo(ANNA)).toHaveLength(2);
    await t.database.db.delete(jobs).where(eq(jobs.status, 'done'));
    for (const day of ['2010-12-25', '2010-12-26', '2011-01-09', '2011-01-10']) await hourOn(day);
    expect(mailsTo(ANNA)).toHaveLength(2);
    expect(mailsTo(WANG)).toHaveLength(3); // three-month, six-month and the six-month reminder
    const rows = await t.database.db.select().from(followUps);
    // Six months after the session of 10 July, its attendee too; never the address that opted out.
    expect(
      rows
        .filter((r) => r.months === 6)
        .map((r) => r.email)
        .sort(),
    ).toEqual([LIU, WANG]);
    // The attendee without an e-mail is never asked.
    const [noEmail] = await t.database.db
      .select()
      .from(sessionAttendees)
      .where(eq(sessionAttendees.name, '赵敏'));
    expect(rows.some((r) => r.attendeeId === noEmail!.id)).toBe(false);
  });
});
