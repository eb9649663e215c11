import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { type SmtpListener, startSmtpListener } from '../../../tests/helpers/smtp.js';
import { recurringJobs } from '../index.js';
import { scheduleRecurring } from '../jobs/index.js';
import { jobs } from '../jobs/schema.js';
import { setDeadlineMark } from './marks.js';
import { REMINDER_QUEUE, scanReminders, sendReminder } from './reminders/send.js';
import { createRight } from './save-right.js';
import { ipRemindersSent } from './schema.js';
import { addOrganisation, cnTrademark, member, noonOn } from './test-fixtures.js';

describe.each(DATABASE_KINDS)('deadline reminders over real SMTP (%s)', (kind) => {
  let smtp: SmtpListener;
  let t: TestApp;
  let zhOwner: Awaited<ReturnType<typeof member>>;
  let enColleague: Awaited<ReturnType<typeof member>>;
  let rightId: string;

  /** What a running server does each hour: queue the recurring tasks of the slot, then work the queue. */
  async function hourPasses(day: string) {
    t.ctx.now = noonOn(day);
    await scheduleRecurring(t.ctx, recurringJobs);
    await t.runJobs();
  }
  const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email));

  beforeAll(async () => {
    smtp = await startSmtpListener();
    t = await testApp(kind, { SMTP_URL: smtp.url, PUBLIC_URL: 'https://ipc.example.org' });
    t.ctx.now = noonOn('2024-09-01');
    const org = await addOrganisation(t.database.db, 'Lotus Tech', '莲花科技');
    zhOwner = await member(t, 'sme', org.id, { lang: 'zh', name: '李娜' });
    enColleague = await member(t, 'sme', org.id, { lang: 'en', name: 'Tom Lee' });
    // Registered 2015-03-07: renewal due 2025-03-06 (a Thursday, CNIPA open).
    const right = await createRight(
      t.database.db,
      zhOwner.user,
      org.id,
      cnTrademark({ responsibleIds: [zhOwner.user.id] }),
      t.ctx.now(),
    );
    rightId = right.id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends nothing before six months ahead', async () => {
    await hourPasses('2024-09-05');
    expect(mailsTo(zhOwner.user.email)).toHaveLength(0);
  });

  it('reminds the responsible person six months ahead, in their language, once', async () => {
    await hourPasses('2024-09-06');
    const mail = await smtp.waitFor((m) => m.to.includes(zhOwner.user.email));
    expect(mail.subject).toBe('期限提醒 2025年3月6日：莲花 – 商标续展注册申请');
    expect(mail.text).toContain('最后期限：2025年3月6日（距今 181 天）');
    expect(mail.text).toContain('宽限期届满：2025年9月8日（宽展期续展注册延迟费）');
    expect(mail.text).toContain('法律依据：《中华人民共和国商标法》第40条；《商标法实施条例》第12条、第33条');
    expect(mail.text).not.toContain('TM Law');
    expect(mail.text).toContain(`https://ipc.example.org/zh/toolkit/register/rights/${rightId}`);
    expect(mailsTo(enColleague.user.email)).toHaveLength(0);
    // Later in the day, and on the days after, nothing more for that lead time.
    await hourPasses('2024-09-06');
    t.ctx.now = () => new Date('2024-09-06T17:30:00+08:00');
    await scheduleRecurring(t.ctx, recurringJobs);
    await t.runJobs();
    await hourPasses('2024-09-20');
    expect(mailsTo(zhOwner.user.email)).toHaveLength(1);
  });

  it('queues each reminder once when several processes scan at the same time', async () => {
    t.ctx.now = noonOn('2024-12-06');
    const queued = await Promise.all([scanReminders(t.ctx), scanReminders(t.ctx), scanReminders(t.ctx)]);
    expect(queued.reduce((a, b) => a + b, 0)).toBe(1);
    const { n } = (
      await t.database.db.select({ n: count() }).from(jobs).where(eq(jobs.queue, REMINDER_QUEUE))
    )[0]!;
    expect(n).toBe(2);
    await t.runJobs();
    const mails = mailsTo(zhOwner.user.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text).toContain('距今 90 天');
  });

  it('skips reminders whose day passed unseen and sends only the latest one', async () => {
    // The one-month reminder fell on 2025-02-06; nothing ran until the one-week day.
    await hourPasses('2025-02-27');
    const mails = mailsTo(zhOwner.user.email);
    expect(mails).toHaveLength(3);
    expect(mails[2]!.text).toContain('距今 7 天');
    const sent = await t.database.db
      .select()
      .from(ipRemindersSent)
      .where(eq(ipRemindersSent.rightId, rightId));
    expect(sent.map((s) => s.leadDays).sort((a, b) => a - b)).toEqual([7, 91, 182]);
  });

  it('goes on in the grace period: the day after the missed date, with the surcharge and the grace end', async () => {
    await hourPasses('2025-03-07');
    const mails = mailsTo(zhOwner.user.email);
    expect(mails).toHaveLength(4);
    const grace = mails[3]!;
    expect(grace.subject).toBe('宽限期届满 2025年9月8日：莲花 – 商标续展注册申请');
    expect(grace.text).toContain('仍可在宽限期内补办，但须缴纳附加费');
    expect(grace.text).toContain('无附加费的最后期限：2025年3月6日（已过）');
    expect(grace.text).toContain('宽限期届满：2025年9月8日（距今 185 天）');
    expect(grace.text).toContain('宽限期内的附加费：宽展期续展注册延迟费');
    expect(grace.text).toContain('法律依据：《中华人民共和国商标法》第40条');
    // Nothing more until a month before the grace period ends.
    await hourPasses('2025-04-20');
    expect(mailsTo(zhOwner.user.email)).toHaveLength(4);
  });

  it('never sends a reminder twice, even once its finished job is pruned and the key is free again', async () => {
    await hourPasses('2025-03-25');
    const { n } = (
      await t.database.db.select({ n: count() }).from(jobs).where(eq(jobs.queue, REMINDER_QUEUE))
    )[0]!;
    expect(n).toBe(0); // finished jobs older than 14 days are pruned: their singleton keys are free again
    const again = await sendReminder(t.ctx, {
      rightId,
      key: 'cn-tm-renewal:10:CNIPA',
      due: '2025-03-06',
      lead: 182,
    });
    expect(again).toBe(0);
    const graceAgain = await sendReminder(t.ctx, {
      rightId,
      key: 'cn-tm-renewal:10:CNIPA',
      due: '2025-03-06',
      lead: -1,
    });
    expect(graceAgain).toBe(0);
    expect(mailsTo(zhOwner.user.email)).toHaveLength(4);
  });

  it('writes to every member when nobody is named, each in their language; and not for a deadline marked done', async () => {
    t.ctx.now = noonOn('2025-01-10');
    const org = await addOrganisation(t.database.db, 'Peony Ltd', '牡丹有限公司');
    const a = await member(t, 'sme', org.id, { lang: 'en', name: 'Ann' });
    const b = await member(t, 'sme', org.id, { lang: 'zh', name: '白' });
    await createRight(
      t.database.db,
      a.user,
      org.id,
      cnTrademark({ dates: { registration: '2015-06-20' } }),
      t.ctx.now(),
    );
    const done = await createRight(
      t.database.db,
      a.user,
      org.id,
      cnTrademark({
        title: { en: 'Done', zh: '已办' },
        applicationNumber: '2',
        dates: { registration: '2015-06-21' },
      }),
      t.ctx.now(),
    );
    await setDeadlineMark(t.database.db, a.user, done.id, 'cn-tm-renewal:10:CNIPA', true, '2025-01-10');
    await hourPasses('2025-01-10');
    const toA = mailsTo(a.user.email);
    const toB = mailsTo(b.user.email);
    expect(toA).toHaveLength(1);
    expect(toB).toHaveLength(1);
    expect(toA[0]!.subject).toBe('Deadline 19 June 2025: Trade mark renewal application – Lotus');
    expect(toA[0]!.text).toContain('nobody is named responsible');
    expect(toB[0]!.subject).toContain('商标续展注册申请');
  });

  it('reminds of a missed annual fee through its grace period with the late fee of the day, until it is paid', async () => {
    t.ctx.now = noonOn('2024-06-18');
    const org = await addOrganisation(t.database.db, 'Pump Works', '泵业');
    const owner = await member(t, 'sme', org.id, { lang: 'en', name: 'Wang Fang' });
    // CN-01: the year-5 fee was due 2024-06-17 (15 June was a Saturday); grace to 2024-12-16.
    const pump = await createRight(
      t.database.db,
      owner.user,
      org.id,
      {
        ...cnTrademark(),
        jurisdiction: 'CN',
        right: 'invention',
        title: { en: 'Pump', zh: '泵' },
        applicationNumber: '202010000001',
        dates: { filing: '2020-06-15', grant: '2023-03-10' },
        options: { grantYear: 3 },
      },
      t.ctx.now(),
    );
    await hourPasses('2024-06-18');
    let mails = mailsTo(owner.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Grace period ends 16 December 2024: Annual fee for year 5 – Pump');
    expect(mails[0]!.text).toContain('Last day without surcharge: 17 June 2024 (passed)');
    expect(mails[0]!.text).toContain('Grace period ends: 16 December 2024 (181 days from today)');
    expect(mails[0]!.text).toContain(
      'Paying today: No late fee if paid by 15 July 2024; 5 % from 16 July 2024',
    );
    expect(mails[0]!.text).toContain('the right lapses as from 15 June 2024');
    expect(mails[0]!.text).toContain('Legal basis: CN Patent Law Art. 43; Impl. Regs. Rules 5, 115');
    // A month before the grace period ends: the top band of the late fee.
    await hourPasses('2024-11-16');
    mails = mailsTo(owner.user.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text).toContain('Paying today: Late fee if paid now: 25 % of the annual fee');
    expect(mails[1]!.text).toContain('(30 days from today)');
    // Recorded as paid: the last week's reminder does not go.
    await setDeadlineMark(t.database.db, owner.user, pump.id, 'cn-annual-fee:5:CNIPA', true, '2024-11-20');
    await hourPasses('2024-12-09');
    expect(mailsTo(owner.user.email)).toHaveLength(2);
  });
});
