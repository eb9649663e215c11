import { randomBytes, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DatabaseKind } from '../../../src/db/client.js';
import { todayIso } from '../../../src/lib/dates.js';
import {
  createInvitation,
  createSession,
  loadUser,
  newSecretToken,
  requestPasswordReset,
  sha256,
} from '../../../src/modules/accounts/index.js';
import { apiTokens } from '../../../src/modules/accounts/schema.js';
import { followUpToken as followUpToken_, tokenHash } from '../../../src/modules/cascade/followups-token.js';
import {
  cascadeSettings,
  followUps,
  localSessions,
  sessionEvidence,
  trainers,
} from '../../../src/modules/cascade/schema.js';
import { addAttendee, addLocalSession, addTrainer } from '../../../src/modules/cascade/test-fixtures.js';
import { credentials } from '../../../src/modules/credentials/schema.js';
import { diagnosticFixtures } from '../../../src/modules/diagnostic/test-fixtures.js';
import { feedbackKey } from '../../../src/modules/feedback/index.js';
import { storeFile } from '../../../src/modules/files/index.js';
import { tinyDocx, tinyPdf, tinyPng } from '../../../src/modules/files/test-fixtures.js';
import { helpdeskFixtures } from '../../../src/modules/helpdesk/test-fixtures.js';
import { attachDocument, createFeedToken, grantShare } from '../../../src/modules/ip-register/index.js';
import { cities } from '../../../src/modules/places/schema.js';
import { servicesOf } from '../../../src/web/services.js';
import { type TestApp, testApp } from '../../helpers/app.js';
import { atTime } from './clock.js';
import { documentsFixtures } from './documents-fixtures.js';
import { learningFixtures } from './learning-fixtures.js';
import { registrationFixtures } from './registration-fixtures.js';
import { sessionsFixtures } from './sessions-fixtures.js';
import { worldDatabase } from './world-snapshot.js';

export type Lang = 'en' | 'zh';

export interface ApiOptions {
  token?: string | null;
  lang?: Lang;
  /** A body sent as it is (string or bytes), with `contentType`. */
  raw?: string | Uint8Array;
  contentType?: string;
}

/** Ids of one record of every kind, so routes with parameters can be visited. */
export interface Fixtures {
  cityId: string;
  /** The helpdesk's: an answered enquiry reopened by a reply, its private key, and its expert. */
  enquiryId: string;
  enquiryToken: string;
  helpdeskExpertId: string;
  organisationId: string;
  personId: string;
  programmeId: string;
  programmeSlug: string;
  eventId: string;
  /** An event running yesterday and today (China time), with one person checked in today. */
  checkInEventId: string;
  newsId: string;
  newsSlug: string;
  contactId: string;
  linkId: string;
  otherUserId: string;
  otherUserEmail: string;
  apiTokenId: string;
  invitationId: string;
  invitationToken: string;
  resetToken: string;
  outboxId: string;
  /** A registration of the event (confirmed) and its registrant's page key (an unconfirmed guest's). */
  registrationId: string;
  registrationKey: string;
  /** Registrations of a second event for the manager's actions: waiting for approval (two) and waiting for a seat. */
  pendingRegistrationId: string;
  declinableRegistrationId: string;
  waitlistedRegistrationId: string;
  agendaItemId: string;
  materialId: string;
  questionId: string;
  /**
   * The API's attacks change what they are given (a capacity set to null moves the waiting list,
   * a DELETE removes an agenda item), so the API works on a second event with records of its own
   * and the pages' forms are still found on the first.
   */
  apiEventId: string;
  apiRegistrationId: string;
  /** The signed ticket (QR) of the API event's confirmed registration. */
  apiTicket: string;
  apiAgendaItemId: string;
  apiQuestionId: string;
  libraryItemId: string;
  libraryItemSlug: string;
  libraryFileId: string;
  apiLibraryFileId: string;
  glossarySlug: string;
  /**
   * Registrants' signed feedback keys: while the pre-test is open (an event ahead), and after an
   * event with the post-test and survey open. The pages and the API get a registrant each, since
   * each part can be answered once.
   */
  feedbackKeys: Record<'page' | 'api', { pre: string; after: string }>;
  /** The link token of a follow-up survey sent for the event. */
  followUpToken: string;
  ipRightId: string;
  /** A second right, for the API (whose tests end by deleting it), so the pages keep theirs. */
  ipApiRightId: string;
  ipDocumentId: string;
  ipShareId: string;
  ipFeedToken: string;
  /** An issued certificate of the first event's confirmed registrant, and a finished zip of its badges. */
  certificateId: string;
  certificateCode: string;
  /** A revoked certificate awaiting its correction (on the event that runs now). */
  revokedCertificateId: string;
  exportId: string;
  /** The credential issued for that certificate (by the job queue), and the credential itself. */
  credentialId: string;
  credential: Record<string, unknown>;
  /** A trainer granted from the first event's confirmed registrant. */
  trainerId: string;
  /** A local session the trainer ran under the first event, certifying the next tier: its QR sign-in key, an attendee and a photo. */
  attendedSessionId: string;
  signInKey: string;
  attendeeId: string;
  evidenceId: string;
  /** Local sessions: the pages' (run by the official), the API's, and one with an open question (run by the administrator). */
  localSessionId: string;
  apiLocalSessionId: string;
  queriedSessionId: string;
  /** A bank question, quizzes of a published course the administrator is enrolled in, and their open attempts. */
  bankQuestionId: string;
  quizId: string;
  apiQuizId: string;
  attemptId: string;
  apiAttemptId: string;
  /**
   * A published course of two lessons (the first with an attachment) for the registrants of the
   * event, the administrator enrolled; and an open course they have not joined (its page, in the
   * pages' sweeps, offers to enrol).
   */
  courseId: string;
  openCourseSlug: string;
  moduleId: string;
  lessonId: string;
  lessonFileId: string;
  enrolmentId: string;
  /** A completed self-diagnostic, and a draft waiting for its first section. */
  diagnosticId: string;
  diagnosticDraftId: string;
}

/** A multipart body with one small DOCX in the field `file`. */
export function docxForm(text: string, name: string): FormData {
  const form = new FormData();
  form.set('file', new Blob([Uint8Array.from(tinyDocx([text]))]), name);
  return form;
}

export interface World {
  t: TestApp;
  adminId: string;
  adminEmail: string;
  adminToken: string;
  officialToken: string;
  officialId: string;
  ids: Fixtures;
  /** A cookie header for a new admin session (so a form that ends sessions cannot end the others). */
  adminCookie(): Promise<string>;
  csrf: string;
  api(method: string, path: string, body?: unknown, opts?: ApiOptions): Promise<Response>;
  /** Posts a page form as the administrator, with the CSRF token. */
  post(
    path: string,
    body: BodyInit,
    contentType?: string,
    headers?: Record<string, string>,
  ): Promise<Response>;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  unique(prefix?: string): string;
}

async function insertToken(
  t: TestApp,
  userId: string,
  name = 'hostile-input',
): Promise<{ token: string; id: string }> {
  const token = `ipc_${newSecretToken()}`;
  const [row] = await t.database.db
    .insert(apiTokens)
    .values({ userId, name, tokenHash: sha256(token), prefix: token.slice(0, 12) })
    .returning({ id: apiTokens.id });
  return { token, id: row!.id };
}

async function json<T>(res: Response, what: string): Promise<T> {
  const text = await res.text();
  if (res.status >= 300) throw new Error(`fixture ${what} failed: ${res.status} ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}

/** What a world is made of, apart from its app: who acts, their credentials and the records' ids. */
export interface WorldState {
  adminId: string;
  adminEmail: string;
  adminToken: string;
  officialToken: string;
  officialId: string;
  csrf: string;
  ids: Fixtures;
}

/** How a world's administrator talks to the app: the API with a token, pages with a new session. */
export function worldClient(t: TestApp, s: Pick<WorldState, 'adminId' | 'adminToken' | 'csrf'>) {
  let n = 0;
  const unique = (prefix = 'x') => `${prefix}-${++n}-${randomBytes(3).toString('hex')}`;
  const api: World['api'] = (method, path, body, opts = {}) => {
    const headers: Record<string, string> = { 'accept-language': opts.lang ?? 'en' };
    const token = opts.token === undefined ? s.adminToken : opts.token;
    if (token) headers.authorization = `Bearer ${token}`;
    let payload: BodyInit | undefined;
    if (opts.raw !== undefined) {
      payload = opts.raw as BodyInit;
      headers['content-type'] = opts.contentType ?? 'application/json';
    } else if (body instanceof FormData) {
      payload = body;
    } else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
    return Promise.resolve(t.app.request(`/api/v1${path}`, { method, headers, body: payload }));
  };
  const adminCookie = async () => `csrf=${s.csrf}; sid=${await createSession(t.database.db, s.adminId)}`;
  return {
    unique,
    api,
    adminCookie,
    async post(
      path: string,
      body: BodyInit,
      contentType = 'application/x-www-form-urlencoded',
      headers: Record<string, string> = {},
    ) {
      const h: Record<string, string> = { cookie: await adminCookie(), ...headers };
      if (contentType) h['content-type'] = contentType;
      return t.app.request(path, { method: 'POST', body, headers: h });
    },
    async get(path: string, headers: Record<string, string> = {}) {
      return t.app.request(path, { headers: { cookie: await adminCookie(), ...headers } });
    },
  };
}

/**
 * An app with an administrator, an official, API tokens for both and one record of every kind,
 * made through the JSON API as a client would. The records are made once per run and database
 * kind; each world gets a copy of that database of its own (world-snapshot.ts).
 */
export async function world(kind: DatabaseKind): Promise<World> {
  const { database, state } = await worldDatabase(kind, async (db) => {
    const t = await testApp(kind, {}, db);
    try {
      return await buildWorld(t);
    } finally {
      await t.close();
    }
  });
  const t = await testApp(kind, {}, database);
  return { t, ...state, ...worldClient(t, state) };
}

async function buildWorld(t: TestApp): Promise<WorldState> {
  const adminBrowser = await t.signIn('admin');
  const adminId = adminBrowser.userId!;
  const official = await t.signIn('official');
  const admin = await insertToken(t, adminId);
  const officialToken = (await insertToken(t, official.userId!)).token;
  const csrf = adminBrowser.csrf;
  const { api } = worldClient(t, { adminId, adminToken: admin.token, csrf });

  const [city] = await t.database.db
    .insert(cities)
    .values([
      { slug: 'qingdao', province: 'CN-SD', name: { en: 'Qingdao', zh: '青岛' }, lat: 36.07, lon: 120.38 },
      { slug: 'xiamen', province: 'CN-FJ', name: { en: 'Xiamen', zh: '厦门' }, lat: 24.48, lon: 118.09 },
    ])
    .returning();

  const org = await json<{ id: string }>(
    await api('POST', '/organisations', {
      name: { en: 'Qingdao IP Office', zh: '青岛知识产权局' },
      kind: 'government',
      province: 'CN-SD',
      cityId: city!.id,
    }),
    'organisation',
  );
  const person = await json<{ id: string }>(
    await api('POST', '/people', {
      name: '王芳',
      nameAlt: 'Wang Fang',
      organisationId: org.id,
      role: { en: 'Director', zh: '主任' },
      email: 'wang.fang@example.org',
    }),
    'person',
  );
  const programme = await json<{ id: string; slug: string }>(
    await api('POST', '/programmes', {
      slug: 'ipr2-miit',
      title: { en: 'IP management training', zh: '知识产权管理培训' },
      description: { en: 'For officials.', zh: '面向官员。' },
      startYear: 2008,
      endYear: 2010,
      partners: [{ organisationId: org.id, role: 'host' }],
    }),
    'programme',
  );
  const event = await json<{ id: string }>(
    await api('POST', '/events', {
      programme: programme.slug,
      title: { en: 'Qingdao training', zh: '青岛培训' },
      venue: { en: 'Qingdao Hotel', zh: '青岛饭店' },
      city: 'qingdao',
      startDate: '2099-06-24',
      endDate: '2099-06-25',
      status: 'published',
      capacity: 1,
      requiresApproval: true,
    }),
    'event',
  );
  const seats = await registrationFixtures(t, api, event.id, programme.slug, adminId);
  // Present on the second day, so the check-in page of that day offers to undo it; on the first
  // day the same person is still expected, so its list of who is not here offers to check them in.
  await atTime(t, '2099-06-25T04:00:00Z', async () =>
    json(
      await api('POST', `/registrations/${seats.registrationId}/check-ins`, { day: '2099-06-25' }),
      'check-in',
    ),
  );
  // An event that runs now, for the check-in pages: today's offers to undo one person's check-in
  // and to check in another by name.
  const today = todayIso();
  const yesterday = todayIso(new Date(Date.now() - 86_400_000));
  const checkInEvent = await json<{ id: string }>(
    await api('POST', '/events', {
      programme: programme.slug,
      title: { en: 'Jinan training', zh: '济南培训' },
      city: 'qingdao',
      startDate: yesterday,
      endDate: today,
      status: 'published',
      capacity: 10,
    }),
    'check-in event',
  );
  const present = await json<{ id: string }>(
    await api('POST', `/events/${checkInEvent.id}/registrations`, {
      name: 'Li Lei',
      email: 'li.lei@example.org',
    }),
    'check-in registration',
  );
  await json(await api('POST', `/registrations/${present.id}/check-ins`, { day: today }), 'check-in today');
  // And one not here yet, whom today's list offers to check in by name.
  await json(
    await api('POST', `/events/${checkInEvent.id}/registrations`, {
      name: 'Han Mei',
      email: 'han.mei@example.org',
    }),
    'expected registration',
  );
  const documents = await documentsFixtures(t, api, adminId, seats, checkInEvent.id);
  const [credential] = await t.database.db
    .select({ id: credentials.id, document: credentials.document })
    .from(credentials)
    .where(eq(credentials.ref, documents.certificateId));
  if (!credential) throw new Error('fixture: the certificate got no credential');
  const sessions = await sessionsFixtures(t, {
    programmeId: programme.id,
    eventId: event.id,
    cityId: city!.id,
    adminId,
    officialId: official.userId!,
  });
  const learning = await learningFixtures(t, adminId, event.id);
  const diagnostic = await diagnosticFixtures(t.database.db);
  const news = await json<{ id: string; slug: string }>(
    await api('POST', '/news', {
      title: { en: 'Training held in Qingdao', zh: '青岛培训举行' },
      body: { en: 'About 100 officials.', zh: '约100名官员。' },
      status: 'published',
      publishedOn: '2010-06-26',
      eventIds: [event.id],
    }),
    'news',
  );
  const contact = await json<{ id: string }>(
    await api('POST', '/contacts', {
      topic: { en: 'IP management', zh: '知识产权管理' },
      personId: person.id,
    }),
    'contact',
  );
  const link = await json<{ id: string }>(
    await api('POST', '/links', {
      title: { en: 'CNIPA', zh: '国家知识产权局' },
      url: 'https://www.cnipa.gov.cn/',
    }),
    'link',
  );
  // A second contact and link, so the lists offer to move them.
  await json(
    await api('POST', '/contacts', { topic: { en: 'Helpdesk', zh: '咨询' }, personId: person.id }),
    'contact',
  );
  await json(
    await api('POST', '/links', {
      title: { en: 'WIPO', zh: '世界知识产权组织' },
      url: 'https://www.wipo.int/',
    }),
    'link',
  );
  const item = await json<{ id: string; slug: string }>(
    await api('POST', '/library/items', {
      type: 'guide',
      title: { en: 'Customs recordation', zh: '海关备案' },
      body: { en: 'Record the trademark with customs.', zh: '向海关备案商标。' },
      ipRights: ['trademark'],
      status: 'published',
      publishedOn: '2026-11-20',
      eventIds: [event.id],
    }),
    'library item',
  );
  const attach = async (text: string, name: string) =>
    json<{ id: string }>(
      await api('POST', `/library/items/${item.id}/files`, docxForm(text, name)),
      'library file',
    );
  const libraryFile = await attach('Customs recordation checklist', 'checklist.docx');
  // The API sweep deletes a file; the pages keep theirs.
  const apiLibraryFile = await attach('Customs recordation forms', 'forms.docx');
  const term = await json<{ slug: string }>(
    await api('POST', '/library/glossary', {
      term: { en: 'customs recordation', zh: '海关备案' },
      definition: { en: 'Recording an IP right with customs.', zh: '向海关备案知识产权。' },
    }),
    'glossary term',
  );
  const otherEmail = 'other.official@example.org';
  const other = await json<{ id: string }>(
    await api('POST', '/users', { email: otherEmail, name: 'Other Official', role: 'official' }),
    'user',
  );
  // Feedback: a registrant of an event ahead (pre-test open) and of one that is over (post-test
  // and survey open), each set up through the API as a manager would.
  const feedbackEvent = async (startDate: string, survey: boolean, settings: object) => {
    const e = await json<{ id: string }>(
      await api('POST', '/events', {
        programme: programme.slug,
        title: { en: `Feedback ${startDate}`, zh: `反馈 ${startDate}` },
        city: 'qingdao',
        startDate,
        endDate: startDate,
        status: 'published',
        capacity: 100,
      }),
      'feedback event',
    );
    const registrants: string[] = [];
    for (const who of ['page', 'api']) {
      const reg = await json<{ id: string }>(
        await api('POST', `/events/${e.id}/registrations`, {
          name: '赵敏',
          email: `zhao.${who}.${startDate}@example.org`,
        }),
        'registration',
      );
      registrants.push(reg.id);
      // The post-test and the survey are for those who attended: at an event that is over, check in.
      if (survey)
        await json(
          await api('POST', `/registrations/${reg.id}/check-ins`, { day: startDate }),
          'feedback check-in',
        );
    }
    await json(
      await api('PUT', `/events/${e.id}/feedback/test`, {
        questions: [
          {
            kind: 'single',
            prompt: { en: 'Which office grants patents?', zh: '专利由哪个机构授予？' },
            options: [
              { label: { en: 'CNIPA', zh: '国家知识产权局' }, correct: true },
              { label: { en: 'MIIT', zh: '工信部' } },
            ],
          },
        ],
      }),
      'test questions',
    );
    if (survey)
      await json(
        await api('PUT', `/events/${e.id}/feedback/survey`, {
          questions: [{ kind: 'comment', prompt: { en: 'What should improve?', zh: '有哪些需要改进？' } }],
        }),
        'survey questions',
      );
    await json(await api('PATCH', `/events/${e.id}/feedback`, settings), 'feedback settings');
    return registrants as [string, string];
  };
  const preRegistration = await feedbackEvent('2099-06-24', false, { testPublished: true });
  const afterRegistration = await feedbackEvent('2010-05-10', true, {
    testPublished: true,
    surveyPublished: true,
    postClosesAt: '2099-01-01T00:00:00+08:00',
  });
  // A follow-up survey of the event, for its survey and opt-out pages.
  const followUpId = randomUUID();
  const followUpToken = followUpToken_(t.ctx.secret, followUpId);
  await t.database.db.insert(followUps).values({
    id: followUpId,
    eventId: event.id,
    months: 3,
    email: 'follow-up@example.org',
    tokenHash: tokenHash(followUpToken),
    sentAt: new Date(),
  });
  const spareToken = await insertToken(t, adminId, 'spare');
  const actor = (await loadUser(t.database.db, adminId))!;
  const helpdesk = await helpdeskFixtures(t.database.db, servicesOf(t.ctx), actor);
  const invitation = await createInvitation(
    t.database.db,
    actor,
    { email: 'invitee@example.org', role: 'trainer', scopes: [], lang: 'zh' },
    new Date(),
  );
  const reset = await requestPasswordReset(t.database.db, otherEmail, new Date());
  const mail = {
    id: await t.ctx.mailer.queue(t.database.db, { to: otherEmail, subject: 'Welcome', text: 'Hello' }),
  };
  // The organisation's IP register: a right with a document, shared with an expert, and a calendar feed.
  const right = await json<{ id: string }>(
    await api('POST', '/ip/rights', {
      organisationId: org.id,
      jurisdiction: 'CN',
      right: 'trademark',
      title: { en: 'Lotus', zh: '莲花' },
      status: 'in-force',
      dates: { registration: '2015-03-07' },
    }),
    'ip right',
  );
  const apiRight = await json<{ id: string }>(
    await api('POST', '/ip/rights', {
      organisationId: org.id,
      jurisdiction: 'EP',
      right: 'patent',
      title: { en: 'Heat exchanger', zh: '换热器' },
      dates: { filing: '2016-11-15' },
    }),
    'ip right',
  );
  const document = await attachDocument(t.database.db, actor, right.id, {
    name: 'certificate.pdf',
    bytes: tinyPdf('Certificate'),
    description: 'Registration certificate',
  });
  const share = await grantShare(
    t.database.db,
    t.ctx.mailer,
    actor,
    org.id,
    { email: 'expert@example.org' },
    {
      lang: 'en',
      baseUrl: 'http://localhost',
    },
  );
  const feedToken = await createFeedToken(t.database.db, actor, org.id, new Date());
  const [trainer] = await t.database.db
    .insert(trainers)
    .values({
      programmeId: programme.id,
      sourceEventId: event.id,
      registrationId: seats.registrationId,
      name: 'World trainer',
      email: 'world.trainer@example.org',
      cityId: city!.id,
      province: city!.province,
      basis: 'granted',
      reason: 'world',
    })
    .returning();
  // A local session the trainer ran, with a named attendee and a photo as evidence.
  const session = await addLocalSession(t.database.db, {
    programmeId: programme.id,
    parentEventId: event.id,
    trainerId: trainer!.id,
    cityId: city!.id,
    province: city!.province,
    date: '2099-07-10',
  });
  await t.database.db.insert(cascadeSettings).values({ eventId: session.id, certifies: true });
  const [sessionRow] = await t.database.db
    .select({ key: localSessions.signInKey })
    .from(localSessions)
    .where(eq(localSessions.eventId, session.id));
  const attendee = await addAttendee(t.database.db, session.id, city!.id, {
    name: '钱强',
    organisation: '青岛海川科技有限公司',
    email: 'qian.qiang@example.org',
  });
  // The session certifies the next tier: one attendee already a trainer (revocable), one not yet.
  const nextTier = await addAttendee(t.database.db, session.id, city!.id, {
    name: '孙丽',
    organisation: '青岛海川科技有限公司',
    phone: '13800138000',
  });
  await addTrainer(
    t.database.db,
    { programme },
    {
      sourceEventId: session.id,
      attendeeId: nextTier.id,
      name: '孙丽',
      email: '',
      cityId: city!.id,
      province: city!.province,
      level: 2,
    },
  );
  const photo = await storeFile(
    t.database.db,
    { name: 'room.png', bytes: tinyPng() },
    { kinds: ['png'], maxBytes: 1_000_000 },
  );
  const [evidence] = await t.database.db
    .insert(sessionEvidence)
    .values({ eventId: session.id, fileId: photo.id, kind: 'photo', uploadedBy: adminId })
    .returning();

  return {
    adminId,
    adminEmail: adminBrowser.email!,
    adminToken: admin.token,
    officialToken,
    officialId: official.userId!,
    csrf,
    ids: {
      cityId: city!.id,
      organisationId: org.id,
      personId: person.id,
      programmeId: programme.id,
      programmeSlug: programme.slug,
      eventId: event.id,
      checkInEventId: checkInEvent.id,
      newsId: news.id,
      newsSlug: news.slug,
      contactId: contact.id,
      linkId: link.id,
      otherUserId: other.id,
      otherUserEmail: otherEmail,
      apiTokenId: spareToken.id,
      invitationId: invitation.link.id,
      invitationToken: invitation.token,
      resetToken: reset!.token,
      outboxId: mail.id,
      ...seats,
      ...sessions,
      ...learning,
      ...diagnostic,
      ...helpdesk,
      libraryItemId: item.id,
      libraryItemSlug: item.slug,
      libraryFileId: libraryFile.id,
      apiLibraryFileId: apiLibraryFile.id,
      glossarySlug: term.slug,
      feedbackKeys: {
        page: {
          pre: feedbackKey(t.ctx.secret, preRegistration[0]),
          after: feedbackKey(t.ctx.secret, afterRegistration[0]),
        },
        api: {
          pre: feedbackKey(t.ctx.secret, preRegistration[1]),
          after: feedbackKey(t.ctx.secret, afterRegistration[1]),
        },
      },
      followUpToken,
      ipRightId: right.id,
      ipApiRightId: apiRight.id,
      ipDocumentId: document.id,
      ipShareId: share.id,
      ipFeedToken: feedToken,
      ...documents,
      credentialId: credential.id,
      credential: credential.document,
      trainerId: trainer!.id,
      attendedSessionId: session.id,
      signInKey: sessionRow!.key,
      attendeeId: attendee.id,
      evidenceId: evidence!.id,
    },
  };
}

/**
 * The path of a route with its parameters filled from the fixtures, chosen by the segment before
 * each parameter. A route with a parameter nobody has a record for fails loudly, so a new route
 * cannot slip past these tests untested.
 */
export function fillRoute(path: string, ids: Fixtures, opts: { api?: boolean } = {}): string {
  const parts = path.split('/');
  return parts
    .map((part, i) => {
      if (!part.startsWith(':')) return part;
      const before = parts[i - 1];
      const twoBefore = parts[i - 2];
      const key = `${twoBefore}/${before}`;
      const byKey: Record<string, string> = {
        'directory/organisations': ids.organisationId,
        'directory/people': ids.personId,
        'account/tokens': ids.apiTokenId,
        'admin/users': ids.otherUserId,
        'admin/invitations': ids.invitationId,
        'admin/outbox': ids.outboxId,
        'password/reset': ids.resetToken,
        'library/items': opts.api ? ids.libraryItemId : ids.libraryItemSlug,
        'library/glossary': ids.glossarySlug,
        'toolkit/register': ids.organisationId,
        'register/rights': ids.ipRightId,
        'ip/rights': ids.ipApiRightId,
        'manage/bank': ids.bankQuestionId,
        'manage/quizzes': ids.quizId,
        // The platform's first signing key and first status list.
        'issuer/keys': '1',
        'credentials/status': '1',
        'manage/courses': ids.courseId,
        'manage/modules': ids.moduleId,
        'manage/lessons': ids.lessonId,
        'diagnostic/rules': 'general-session',
      };
      // The manager's actions on a registration each need a registration in the state they act on.
      const byAction: Record<string, string> = {
        'registrations/approve': ids.pendingRegistrationId,
        'registrations/decline': ids.declinableRegistrationId,
        'registrations/promote': ids.waitlistedRegistrationId,
        // A registrant's feedback link: the pre-test is open only before the event, the rest after it.
        'feedback/pre-test': ids.feedbackKeys[opts.api ? 'api' : 'page'].pre,
        'certificates/revoke': ids.certificateId,
        'certificates/reissue': ids.revokedCertificateId,
        // Check-ins are taken only on days that have begun: the event that runs now.
        'events/check-in': ids.checkInEventId,
        // What only a local session has: attendees, evidence, its sign-in sheet and verification.
        'events/attendees': ids.attendedSessionId,
        // The panel of a session that certifies the next tier offers to grant its attendee.
        'events/cascade': ids.attendedSessionId,
        'events/evidence': ids.attendedSessionId,
        'events/sign-in-sheet.pdf': ids.attendedSessionId,
        // The documents page of the event that runs now offers every certificate form (and its zip).
        'events/documents': ids.checkInEventId,
        // A local session's own pages and API.
        'events/session': ids.localSessionId,
        // The API's claim goes to a session the official does not run, so their token is refused.
        'events/claimed-headcount': opts.api ? ids.attendedSessionId : ids.localSessionId,
        'events/verification': opts.api ? ids.apiLocalSessionId : ids.localSessionId,
        // A draft's step forms; the report, its PDF and the API read the completed one.
        'diagnostic/step': ids.diagnosticDraftId,
      };
      const byPrev: Record<string, string> = {
        events: opts.api ? ids.apiEventId : ids.eventId,
        programmes: ids.programmeSlug,
        news: opts.api ? ids.newsId : ids.newsSlug,
        contacts: ids.contactId,
        links: ids.linkId,
        invitations: ids.invitationToken,
        organisations: ids.organisationId,
        people: ids.personId,
        users: ids.otherUserId,
        cities: ids.cityId,
        registrations: opts.api ? ids.apiRegistrationId : ids.registrationId,
        registration: ids.registrationKey,
        agenda: ids.agendaItemId,
        'agenda-items': ids.apiAgendaItemId,
        questions: opts.api ? ids.apiQuestionId : ids.questionId,
        materials: ids.materialId,
        files: opts.api ? ids.apiLibraryFileId : ids.libraryFileId,
        versions: '1',
        feedback: ids.feedbackKeys[opts.api ? 'api' : 'page'].after,
        'follow-up': ids.followUpToken,
        documents: ids.ipDocumentId,
        sharing: ids.ipShareId,
        feed: `${ids.ipFeedToken}.ics`,
        certificates: ids.certificateCode,
        credentials: ids.credentialId,
        exports: ids.exportId,
        trainers: ids.trainerId,
        join: ids.signInKey,
        attendees: ids.attendeeId,
        evidence: ids.evidenceId,
        quizzes: opts.api ? ids.apiQuizId : ids.quizId,
        attempts: opts.api ? ids.apiAttemptId : ids.attemptId,
        courses: opts.api ? ids.courseId : ids.openCourseSlug,
        lessons: ids.lessonId,
        attachments: ids.lessonFileId,
        enrolments: ids.enrolmentId,
        diagnostic: ids.diagnosticId,
        diagnostics: ids.diagnosticId,
        step: '1',
        enquiries: ids.enquiryId,
        sent: ids.enquiryId,
        e: ids.enquiryToken,
        experts: ids.helpdeskExpertId,
      };
      // A trainer answers only the question asked about their own session.
      const answering = parts[i + 1] === 'verification' && parts[i + 2] === 'answer';
      const v =
        (answering ? ids.queriedSessionId : undefined) ??
        byAction[`${before}/${parts[i + 1]}`] ??
        byKey[key] ??
        byPrev[before ?? ''];
      if (v === undefined) throw new Error(`no fixture for the parameter ${part} in ${path}`);
      return encodeURIComponent(v);
    })
    .join('/');
}

/** A route path as Hono lists it, with `:id{regex}` patterns reduced to `:id`. */
/** An OpenAPI path (`/events/{id}`) as a route path (`/events/:id`). */
export const openApiRoute = (path: string) => path.replace(/\{([A-Za-z_]+)\}/g, ':$1');

export const plainRoute = (path: string) => path.replace(/(:[A-Za-z_]+)\{[^/]*?\}(?=\/|$)/g, '$1');
