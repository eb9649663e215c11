import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { validateIcal } from '../../../tests/helpers/ical-validator.js';
import { attachedCalendar, textOf } from '../../../tests/helpers/mime.js';
import { type ReceivedMail, type SmtpListener, startSmtpListener } from '../../../tests/helpers/smtp.js';
import type { Actor } from '../../lib/actor.js';
import { events } from '../events/schema.js';
import { tinyPdf } from '../files/test-fixtures.js';
import { addMaterial } from './agenda.js';
import { agendaItems } from './schema.js';
import { apiCall, openEvent, registrationWorld } from './test-support.js';

const calendarOf = (mail: ReceivedMail) => attachedCalendar(mail)!.text;
const prop = (ics: string, name: string) =>
  ics
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`))
    ?.replace(/^[^:]*:/, '');
const bodyOf = textOf;

describe.each(DATABASE_KINDS)('changing an event’s dates (%s)', (kind) => {
  let smtp: SmtpListener;
  let t: TestApp;
  let token: string;
  let actor: Actor;

  beforeAll(async () => {
    smtp = await startSmtpListener();
    t = await testApp(kind, { SMTP_URL: smtp.url, PUBLIC_URL: 'https://ipc.example.org' });
    ({ token, actor } = await registrationWorld(t));
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const session = async (eventId: string, day: string, en: string) => {
    const res = await apiCall(t, 'POST', `/events/${eventId}/agenda`, {
      token,
      body: { day, startsAt: '09:00', endsAt: '10:30', title: { en, zh: `${en}（中文）` } },
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const daysOf = async (eventId: string) =>
    (await t.database.db.select().from(agendaItems).where(eq(agendaItems.eventId, eventId)))
      .map((i) => `${i.day} ${i.title.en}`)
      .sort();
  const patch = (eventId: string, body: object, lang = 'en') =>
    apiCall(t, 'PATCH', `/events/${eventId}`, { token, body, headers: { 'accept-language': lang } });
  const register = (eventId: string, name: string, lang: string, tok?: string) =>
    apiCall(t, 'POST', `/events/${eventId}/registrations`, {
      token: tok,
      body: { name, email: `${name}-${kind}@example.org`, lang },
    });
  const mailsTo = (name: string) => smtp.messages.filter((m) => m.to.includes(`${name}-${kind}@example.org`));

  it('asks what to do with sessions the new dates leave outside, and moves them with the event', async () => {
    const eventId = await openEvent(t, token, { capacity: 1 });
    const first = await session(eventId, '2099-06-24', 'Opening');
    await session(eventId, '2099-06-25', 'Enforcement');
    await addMaterial(t.database.db, actor, first, {
      name: 'slides.pdf',
      bytes: tinyPdf('Opening slides'),
      title: { en: 'Opening slides', zh: '开幕幻灯片' },
    });
    await register(eventId, 'seat', 'zh', token);
    await register(eventId, 'queue', 'en', token);
    await register(eventId, 'unproven', 'en');
    await t.runJobs();
    const before = calendarOf(mailsTo('seat').at(-1)!)!;

    // Without an answer, nothing changes and the question comes back, in the editor's language.
    const asked = await patch(eventId, { startDate: '2099-07-01', endDate: '2099-07-02' });
    expect(asked.status).toBe(422);
    const err = (await asked.json()) as { error: { details: { fields: Record<string, string> } } };
    expect(err.error.details.fields.agendaOutsideDates).toBe(
      'The new dates leave 2 agenda session(s) outside the event. Choose what happens to them, then save again.',
    );
    const zh = await patch(eventId, { startDate: '2099-07-01', endDate: '2099-07-02' }, 'zh');
    expect(
      ((await zh.json()) as { error: { details: { fields: Record<string, string> } } }).error.details.fields
        .agendaOutsideDates,
    ).toBe('新的日期使 2 项日程落在活动日期之外。请选择如何处理，然后再次保存。');
    const [unchanged] = await t.database.db.select().from(events).where(eq(events.id, eventId));
    expect([unchanged!.startDate, unchanged!.calendarSequence]).toEqual(['2099-06-24', 0]);
    expect(await t.runJobs()).toBe(0);

    const moved = await patch(eventId, {
      startDate: '2099-07-01',
      endDate: '2099-07-02',
      agendaOutsideDates: 'shift',
    });
    expect(moved.status).toBe(200);
    expect(await daysOf(eventId)).toEqual(['2099-07-01 Opening', '2099-07-02 Enforcement']);
    const page = await (await t.app.request(`/en/events/${eventId}`)).text();
    expect(page).toContain('Opening slides');
    expect(page).not.toContain('Outside the event’s dates');

    // Everyone with a place or in line is told, in their language, with the entry replaced.
    await t.runJobs();
    const zhMail = await smtp.waitFor(
      (m) => m.to.includes(`seat-${kind}@example.org`) && m.subject.startsWith('活动日期或地点变更'),
    );
    expect(zhMail.subject).toBe('活动日期或地点变更：青岛知识产权管理培训');
    expect(bodyOf(zhMail)).toContain('变更前日期：2099年6月24日至25日');
    expect(bodyOf(zhMail)).toContain('日期：2099年7月1日至2日');
    const ics = calendarOf(zhMail)!;
    expect(prop(ics, 'UID')).toBe(prop(before, 'UID'));
    expect(prop(ics, 'DTSTART')).toBe('20990701');
    expect(prop(ics, 'STATUS')).toBe('CONFIRMED');
    expect(prop(ics, 'METHOD')).toBe('PUBLISH');
    expect(Number(prop(ics, 'SEQUENCE'))).toBeGreaterThan(Number(prop(before, 'SEQUENCE')));
    expect(validateIcal(ics)).toEqual({ parsed: true, method: true, itip: true, errors: [] });
    const enMail = await smtp.waitFor(
      (m) => m.to.includes(`queue-${kind}@example.org`) && m.subject.startsWith('New dates or place'),
    );
    expect(bodyOf(enMail)).toContain('Dates before the change: 24–25 June 2099');
    expect(prop(calendarOf(enMail)!, 'STATUS')).toBe('TENTATIVE');
    // One who never confirmed their address is not written to; a second run tells no one twice.
    expect(mailsTo('unproven').map((m) => m.subject)).toEqual([
      'Please confirm your registration: Qingdao IP management training',
    ]);
    expect(await t.runJobs()).toBe(0);
    expect(mailsTo('seat').filter((m) => m.subject.startsWith('活动日期或地点变更'))).toHaveLength(1);

    // The event keeps its own sequence, which the public calendar entry carries too.
    const [after] = await t.database.db.select().from(events).where(eq(events.id, eventId));
    expect(after!.calendarSequence).toBe(1);
    const feed = await (await t.app.request(`/en/events/${eventId}/calendar.ics`)).text();
    expect(feed).toContain('\r\nSEQUENCE:1\r\n');
  });

  it('keeps sessions on their days when asked, shown marked on the page, the agenda tab and the API', async () => {
    const eventId = await openEvent(t, token);
    const opening = await session(eventId, '2099-06-24', 'Opening');
    await addMaterial(t.database.db, actor, opening, {
      name: 'slides.pdf',
      bytes: tinyPdf('Opening slides'),
      title: { en: 'Opening slides', zh: '开幕幻灯片' },
    });
    await session(eventId, '2099-06-25', 'Enforcement');
    const res = await patch(eventId, {
      startDate: '2099-06-25',
      endDate: '2099-06-26',
      agendaOutsideDates: 'keep',
    });
    expect(res.status).toBe(200);
    expect(await daysOf(eventId)).toEqual(['2099-06-24 Opening', '2099-06-25 Enforcement']);
    for (const [lang, heading, slides] of [
      ['en', 'Outside the event’s dates', 'Opening slides'],
      ['zh', '不在活动日期内', '开幕幻灯片'],
    ] as const) {
      const html = await (await t.app.request(`/${lang}/events/${eventId}`)).text();
      expect(html).toContain(heading);
      expect(html.slice(html.indexOf(heading))).toContain(slides);
    }
    const manager = await t.signIn('manager');
    const tab = await (await manager.get(`/en/events/${eventId}/agenda`)).text();
    expect(tab).toContain('1 session(s) fall outside the event’s dates.');
    const list = await apiCall(t, 'GET', `/events/${eventId}/agenda`);
    const items = ((await list.json()) as { items: { day: string; outsideDates: boolean }[] }).items;
    expect(items.map((i) => [i.day, i.outsideDates])).toEqual([
      ['2099-06-24', true],
      ['2099-06-25', false],
    ]);
    // The marked session can still be edited where it is, or moved onto a day of the event.
    const [kept] = await t.database.db.select().from(agendaItems).where(eq(agendaItems.id, opening));
    const renamed = await apiCall(t, 'PATCH', `/agenda-items/${kept!.id}`, {
      token,
      body: { title: { en: 'Opening address' } },
    });
    expect(renamed.status).toBe(200);
    const fixed = await apiCall(t, 'PATCH', `/agenda-items/${kept!.id}`, {
      token,
      body: { day: '2099-06-26' },
    });
    expect(((await fixed.json()) as { outsideDates: boolean }).outsideDates).toBe(false);
    expect(
      (await apiCall(t, 'PATCH', `/agenda-items/${kept!.id}`, { token, body: { day: '2099-06-24' } })).status,
    ).toBe(422);
  });

  it('moves a shortened event’s sessions and marks the one that no longer fits; asks nothing when all fit', async () => {
    const eventId = await openEvent(t, token);
    await session(eventId, '2099-06-24', 'Opening');
    await session(eventId, '2099-06-25', 'Enforcement');
    const res = await patch(eventId, {
      startDate: '2099-07-01',
      endDate: '2099-07-01',
      agendaOutsideDates: 'shift',
    });
    expect(res.status).toBe(200);
    expect(await daysOf(eventId)).toEqual(['2099-07-01 Opening', '2099-07-02 Enforcement']);
    expect(await (await t.app.request(`/en/events/${eventId}`)).text()).toContain(
      'Outside the event’s dates',
    );
    // A longer event leaves nothing outside: no question. A new venue raises the sequence as well.
    expect((await patch(eventId, { endDate: '2099-07-03' })).status).toBe(200);
    expect((await patch(eventId, { venue: { en: 'Qingdao Hotel', zh: '青岛饭店' } })).status).toBe(200);
    const [row] = await t.database.db.select().from(events).where(eq(events.id, eventId));
    expect(row!.calendarSequence).toBe(3);
  });

  it('asks the same question on the edit page, in both languages, keeping what was typed', async () => {
    const eventId = await openEvent(t, token);
    await session(eventId, '2099-06-25', 'Enforcement');
    const manager = await t.signIn('manager');
    const form = async (lang: string) => {
      const html = await (await manager.get(`/${lang}/events/${eventId}/edit`)).text();
      const values: Record<string, string> = {};
      for (const m of html.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) values[m[1]!] = m[2]!;
      for (const m of html.matchAll(/<select[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
        const chosen = m[2]!.match(/<option[^>]*value="([^"]*)"[^>]*selected/);
        if (chosen) values[m[1]!] = chosen[1]!;
      }
      delete values._csrf;
      return values;
    };
    const values = await form('en');
    expect(values.startDate).toBe('2099-06-24');
    for (const [lang, legend] of [
      ['en', 'Agenda sessions outside the new dates'],
      ['zh', '新日期之外的日程'],
    ] as const) {
      const res = await manager.post(`/${lang}/events/${eventId}/edit`, {
        ...values,
        startDate: '2099-06-20',
        endDate: '2099-06-21',
      });
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain(legend);
      expect(html).toContain('name="agendaOutsideDates" value="shift"');
      expect(html).toContain('value="2099-06-20"');
    }
    const done = await manager.post(`/en/events/${eventId}/edit`, {
      ...values,
      startDate: '2099-06-20',
      endDate: '2099-06-21',
      agendaOutsideDates: 'shift',
    });
    expect(done.status).toBe(303);
    expect(await daysOf(eventId)).toEqual(['2099-06-21 Enforcement']);
  });
});
