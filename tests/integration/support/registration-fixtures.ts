import { loadUser } from '../../../src/modules/accounts/index.js';
import { tinyPdf } from '../../../src/modules/files/test-fixtures.js';
import {
  addMaterial,
  inviteNominees,
  register,
  registrationKey,
  ticketCode,
} from '../../../src/modules/registration/index.js';
import type { TestApp } from '../../helpers/app.js';

type Api = (
  method: string,
  path: string,
  body?: unknown,
  opts?: { token?: string | null },
) => Promise<Response>;

async function json<T>(res: Response, what: string): Promise<T> {
  const text = await res.text();
  if (res.status >= 300) throw new Error(`fixture ${what} failed: ${res.status} ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

/** Registrations in every state a manager acts on, for an event of capacity 1 that needs approval. */
async function populate(t: TestApp, api: Api, eventId: string, tag: string) {
  // Without a token, as the public form registers: the address is confirmed by the e-mailed link,
  // and approval is then needed.
  const add = async (n: string) => {
    const { id } = await json<{ id: string }>(
      await api(
        'POST',
        `/events/${eventId}/registrations`,
        {
          name: `Registrant ${n}`,
          email: `${tag}-${n}@example.org`,
        },
        { token: null },
      ),
      n,
    );
    const confirm = await t
      .anonymous()
      .post(`/en/registration/${registrationKey(t.ctx.secret, id)}/confirm`, {});
    if (confirm.status !== 303) throw new Error(`fixture confirm ${n} failed: ${confirm.status}`);
    return id;
  };
  const confirmed = await add('confirmed');
  await json(await api('POST', `/registrations/${confirmed}/approve`), 'approve');
  const waitlisted = await add('waitlisted');
  await json(await api('POST', `/registrations/${waitlisted}/approve`), 'approve');
  return { confirmed, waitlisted, pending: await add('pending'), declinable: await add('declinable') };
}

/**
 * Every registration page and form reached: for the event, registrations confirmed, waitlisted and
 * awaiting approval, a guest not yet confirmed, a question, an agenda item with material and a
 * nomination; and the records the API's attacks work on, apart.
 */
export async function registrationFixtures(
  t: TestApp,
  api: Api,
  eventId: string,
  programme: string,
  adminId: string,
) {
  const main = await populate(t, api, eventId, 'main');
  // The API's attacks change what they are given: they work on a second event, and the manager's
  // actions on a third, so what one attack changes (a capacity, a state) never spoils the first
  // valid call of another, nor the forms the pages show for the first event.
  const event = async (title: string) =>
    json<{ id: string }>(
      await api('POST', '/events', {
        programme,
        title: { en: `Xiamen ${title}`, zh: `厦门${title}` },
        city: 'xiamen',
        startDate: '2099-06-28',
        endDate: '2099-06-29',
        status: 'published',
        capacity: 1,
        requiresApproval: true,
      }),
      title,
    );
  const other = await event('training');
  const apiRegistration = (await populate(t, api, other.id, 'api')).confirmed;
  const queue = await populate(t, api, (await event('briefing')).id, 'queue');
  const svc = {
    mailer: t.ctx.mailer,
    secret: t.ctx.secret,
    siteUrl: 'https://ipc.example.org',
    now: new Date(),
  };
  const guest = await register(
    t.database.db,
    svc,
    { via: 'guest' },
    {
      eventId,
      name: '访客',
      email: 'guest@example.org',
      organisation: '',
      organisationType: null,
      sex: null,
      answers: {},
      lang: 'zh',
    },
  );
  const addQuestion = async (event: string) =>
    json<{ id: string }>(
      await api('POST', `/events/${event}/questions`, {
        kind: 'single_choice',
        label: { en: 'Session you prefer', zh: '您希望参加的分会场' },
        options: [{ label: { en: 'Patents', zh: '专利' } }, { label: { en: 'Trademarks', zh: '商标' } }],
      }),
      'question',
    );
  const question = await addQuestion(eventId);
  const addItem = async (event: string, day: string) =>
    json<{ id: string }>(
      await api('POST', `/events/${event}/agenda`, {
        day,
        startsAt: '09:00',
        endsAt: '10:00',
        title: { en: 'Opening', zh: '开幕' },
        speaker: 'Dr Chen Hua',
      }),
      'agenda item',
    );
  const item = await addItem(eventId, '2099-06-24');
  const admin = (await loadUser(t.database.db, adminId))!;
  const material = await addMaterial(t.database.db, admin, item.id, {
    name: 'slides.pdf',
    bytes: tinyPdf('Slides'),
    title: { en: 'Slides', zh: '讲义' },
  });
  await inviteNominees(t.database.db, svc, admin, eventId, [
    { name: '刘洋', email: 'liu.yang@example.org', organisation: 'Qingdao IP Office', lang: 'zh' },
  ]);
  return {
    registrationId: main.confirmed,
    registrationKey: registrationKey(t.ctx.secret, guest.registration.id),
    pendingRegistrationId: queue.pending,
    declinableRegistrationId: queue.declinable,
    waitlistedRegistrationId: queue.waitlisted,
    agendaItemId: item.id,
    materialId: material.id,
    questionId: question.id,
    apiEventId: other.id,
    apiRegistrationId: apiRegistration,
    apiTicket: ticketCode(t.ctx.secret, apiRegistration),
    apiAgendaItemId: (await addItem(other.id, '2099-06-28')).id,
    apiQuestionId: (await addQuestion(other.id)).id,
  };
}
