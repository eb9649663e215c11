import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { validateIcal } from '../../../tests/helpers/ical-validator.js';
import { attachedCalendar, textOf } from '../../../tests/helpers/mime.js';
import { type SmtpListener, startSmtpListener } from '../../../tests/helpers/smtp.js';
import { jobHandlers } from '../index.js';
import { drainJobs } from '../jobs/index.js';
import { REMIND_SCAN } from './reminders.js';
import { apiCall, openEvent, registrationsOf, registrationWorld } from './test-support.js';

describe.each(DATABASE_KINDS)('registration e-mails over real SMTP (%s)', (kind) => {
  let smtp: SmtpListener;
  let t: TestApp;
  let token: string;
  let clock: Date;

  beforeAll(async () => {
    smtp = await startSmtpListener();
    t = await testApp(kind, { SMTP_URL: smtp.url, PUBLIC_URL: 'https://ipc.example.org' });
    clock = new Date('2099-06-01T01:00:00Z');
    t.ctx.now = () => clock;
    ({ token } = await registrationWorld(t));
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends the confirmation in the registrant’s language with a calendar entry of the event’s days', async () => {
    const eventId = await openEvent(t, token, {
      capacity: 1,
      venue: { en: 'Qingdao Hotel', zh: '青岛饭店' },
    });
    const res = await apiCall(t, 'POST', `/events/${eventId}/registrations`, {
      token,
      body: { name: '王芳', email: 'wang.fang@example.org', lang: 'zh' },
    });
    const { id } = (await res.json()) as { id: string };
    expect(await t.runJobs()).toBeGreaterThanOrEqual(1);
    const mail = await smtp.waitFor((m) => m.to.includes('wang.fang@example.org'));
    expect(mail.subject).toBe('报名成功：青岛知识产权管理培训');
    const body = textOf(mail);
    expect(body).toContain('王芳，您好：');
    expect(body).toContain('日期：2099年6月24日至25日');
    expect(body).toMatch(
      new RegExp(`https://ipc\\.example\\.org/zh/registration/${id}\\.[A-Za-z0-9_-]{32}/cancel`),
    );
    const cal = attachedCalendar(mail)!;
    expect(cal.headers).toMatch(/filename="?event\.ics"?/);
    expect(cal.lines[0]).toBe('BEGIN:VCALENDAR');
    expect(cal.props.get('METHOD')).toBe('PUBLISH');
    // RFC 5546 requires an organiser of a PUBLISH: the platform's sender.
    expect(cal.props.get('ORGANIZER;CN="IP Cascade"')).toBe('mailto:no-reply@ip-cascade.local');
    expect(cal.props.get('DTSTART;VALUE=DATE')).toBe('20990624');
    // iCalendar's DTEND is exclusive: the day after the last day.
    expect(cal.props.get('DTEND;VALUE=DATE')).toBe('20990626');
    expect(cal.props.get('SUMMARY')).toBe('青岛知识产权管理培训');
    expect(cal.props.get('UID')).toBe(`registration-${id}@ip-cascade`);
    expect(cal.props.get('STATUS')).toBe('CONFIRMED');
    expect(cal.props.get('SEQUENCE')).toBe('1');
    expect(cal.props.get('LOCATION')).toContain('青岛饭店');
    expect(cal.props.get('URL')).toMatch(/^https:\/\/ipc\.example\.org\/zh\/registration\//);
    expect(cal.text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });

  it('tells the waiting list, the promoted and the cancelled, each entry replacing the one before', async () => {
    const eventId = await openEvent(t, token, { capacity: 1 });
    for (const n of ['seat', 'queue'])
      await apiCall(t, 'POST', `/events/${eventId}/registrations`, {
        token,
        body: { name: n, email: `${n}-${kind}@example.org`, lang: 'en' },
      });
    await t.runJobs();
    const waiting = await smtp.waitFor((m) => m.to.includes(`queue-${kind}@example.org`));
    expect(waiting.subject).toBe('Waiting list: Qingdao IP management training');
    expect(textOf(waiting)).toContain('in place 1');
    expect(attachedCalendar(waiting)!.props.get('STATUS')).toBe('TENTATIVE');
    const seat = (await registrationsOf(t, eventId)).find((r) => r.name === 'seat')!;
    await apiCall(t, 'DELETE', `/registrations/${seat.id}`, { token, headers: {} });
    await t.runJobs();
    const cancelled = await smtp.waitFor(
      (m) => m.to.includes(`seat-${kind}@example.org`) && m.subject.startsWith('Registration cancelled'),
    );
    const cancelledCal = attachedCalendar(cancelled)!;
    expect(cancelledCal.props.get('STATUS')).toBe('CANCELLED');
    expect(cancelledCal.props.get('SEQUENCE')).toBe('2');
    const promoted = await smtp.waitFor(
      (m) => m.to.includes(`queue-${kind}@example.org`) && m.subject.startsWith('A seat is yours'),
    );
    const promotedCal = attachedCalendar(promoted)!;
    expect(promotedCal.props.get('STATUS')).toBe('CONFIRMED');
    expect(promotedCal.props.get('UID')).toBe(attachedCalendar(waiting)!.props.get('UID'));
    expect(Number(promotedCal.props.get('SEQUENCE'))).toBeGreaterThan(
      Number(attachedCalendar(waiting)!.props.get('SEQUENCE')),
    );
  });

  it('cancels every live registration when the event is called off, telling each in their language', async () => {
    const eventId = await openEvent(t, token, { capacity: 1 });
    for (const [n, lang] of [
      ['kept', 'zh'],
      ['waits', 'en'],
    ] as const)
      await apiCall(t, 'POST', `/events/${eventId}/registrations`, {
        token,
        body: { name: n, email: `${n}-${kind}@example.org`, lang },
      });
    await t.runJobs();
    const patched = await apiCall(t, 'PATCH', `/events/${eventId}`, { token, body: { status: 'cancelled' } });
    expect(patched.status).toBe(200);
    await t.runJobs();
    const regs = await registrationsOf(t, eventId);
    expect(regs.map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
    const zh = await smtp.waitFor(
      (m) => m.to.includes(`kept-${kind}@example.org`) && m.subject.startsWith('报名已取消'),
    );
    expect(textOf(zh)).toContain('主办方已取消本次活动。');
    expect(attachedCalendar(zh)!.props.get('STATUS')).toBe('CANCELLED');
    const en = await smtp.waitFor(
      (m) => m.to.includes(`waits-${kind}@example.org`) && m.subject.startsWith('Registration cancelled'),
    );
    expect(textOf(en)).toContain('The organisers have cancelled the event.');
    // No one is promoted into a seat of an event that will not take place, and running the job
    // again changes nothing.
    expect(await t.runJobs()).toBe(0);
    expect((await registrationsOf(t, eventId)).every((r) => r.status === 'cancelled')).toBe(true);
  });

  it('reminds each confirmed registrant once, two days before, however often the scan runs', async () => {
    const eventId = await openEvent(t, token, { startDate: '2099-07-10', endDate: '2099-07-11' });
    await apiCall(t, 'POST', `/events/${eventId}/registrations`, {
      token,
      body: { name: 'Reminded', email: `remind-${kind}@example.org`, lang: 'en' },
    });
    await apiCall(t, 'POST', `/events/${eventId}/registrations`, {
      token,
      body: { name: 'Gone', email: `gone-${kind}@example.org`, lang: 'en' },
    });
    const gone = (await registrationsOf(t, eventId)).find((r) => r.name === 'Gone')!;
    await apiCall(t, 'DELETE', `/registrations/${gone.id}`, { token });
    await t.runJobs();
    const scan = async () => {
      await t.database.db.transaction(async (tx) => {
        const { enqueue } = await import('../jobs/enqueue.js');
        await enqueue(tx, { queue: REMIND_SCAN, runAt: clock });
      });
      await drainJobs(t.ctx, jobHandlers);
    };
    // Three days before: too early.
    clock = new Date('2099-07-07T01:00:00Z');
    await scan();
    expect(smtp.messages.filter((m) => m.subject.startsWith('Reminder'))).toHaveLength(0);
    // Two days before, scanned three times.
    clock = new Date('2099-07-08T01:00:00Z');
    await scan();
    await scan();
    clock = new Date('2099-07-09T01:00:00Z');
    await scan();
    const reminder = await smtp.waitFor(
      (m) => m.to.includes(`remind-${kind}@example.org`) && m.subject.startsWith('Reminder'),
    );
    expect(reminder.subject).toBe('Reminder: Qingdao IP management training begins soon');
    expect(attachedCalendar(reminder)!.props.get('DTSTART;VALUE=DATE')).toBe('20990710');
    expect(smtp.messages.filter((m) => m.subject.startsWith('Reminder'))).toHaveLength(1);
    clock = new Date('2099-06-01T01:00:00Z');
  });

  it('sends only calendar entries that libical accepts, with what RFC 5546 requires of a PUBLISH', () => {
    const calendars = smtp.messages.map(attachedCalendar).filter((c) => c !== null);
    // Confirmed, waiting, promoted, cancelled and reminded entries, sent by the tests above.
    expect(calendars.length).toBeGreaterThanOrEqual(6);
    for (const cal of calendars) {
      expect(validateIcal(cal.text)).toEqual({ parsed: true, method: true, itip: true, errors: [] });
      expect(cal.headers).toMatch(/method=PUBLISH/i);
    }
  });
});
