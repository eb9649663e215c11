import { BRAND_OWNER } from '../../../src/modules/diagnostic/test-fixtures.js';
import { type Operation, type Schema, sample } from './openapi.js';
import { docxForm, type World } from './world.js';

/** The signature of a PNG and a few bytes: a photo by its content. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(7)]);

/** A valid body for each known write, so each attack changes one thing; others get a generated one. */
export function baseBody(op: Operation, w: World, doc: Schema): unknown {
  const u = w.unique;
  const known: Record<string, () => unknown> = {
    'POST /auth/tokens': () => ({ email: w.adminEmail, password: 'correct horse battery', name: u('token') }),
    'POST /users': () => ({ email: `${u('user')}@example.org`, name: 'New Person', role: 'official' }),
    'PATCH /users/{id}': () => ({ name: 'Other Official' }),
    'POST /diagnostics': () => ({ answers: { ...BRAND_OWNER, brandRegistered: 'no' } }),
    'POST /invitations': () => ({
      email: `${u('invitee')}@example.org`,
      role: 'sme',
      lang: 'en',
      organisationId: w.ids.organisationId,
    }),
    'POST /organisations': () => ({ name: { en: u('Organisation'), zh: '' }, kind: 'enterprise' }),
    'PATCH /organisations/{id}': () => ({ abbreviation: 'QIPO' }),
    'POST /people': () => ({ name: u('Person'), organisationId: w.ids.organisationId }),
    'PATCH /people/{id}': () => ({ nameAlt: 'Wang Fang' }),
    'POST /programmes': () => ({ slug: u('prog'), title: { en: 'Programme', zh: '项目' }, startYear: 2011 }),
    'PATCH /programmes/{slug}': () => ({ description: { en: 'For officials.', zh: '面向官员。' } }),
    'POST /events': () => ({
      programme: w.ids.programmeSlug,
      title: { en: u('Event'), zh: '培训' },
      city: 'qingdao',
      startDate: '2011-05-10',
      endDate: '2011-05-11',
    }),
    'PATCH /events/{id}': () => ({ round: 'First round' }),
    'POST /events/{id}/attendees': () => ({
      name: 'Hostile Input',
      organisation: u('Firm'),
      email: `${u('attendee')}@example.org`,
    }),
    // The attendee of the session that certifies the next tier, not yet a trainer.
    'POST /trainers': () => ({ attendeeId: w.ids.attendeeId, reason: 'Led the exercises' }),
    'PUT /events/{id}/claimed-headcount': () => ({ count: 12, note: 'Counted at the door' }),
    'POST /events/{id}/evidence': () => {
      const form = new FormData();
      form.set('file', new Blob([PNG]), 'room.png');
      form.set('note', 'Morning');
      return form;
    },
    'POST /events/{id}/attendees/import': () => {
      const form = new FormData();
      form.set(
        'sheet',
        new Blob([`Name,Organisation,E-mail\nSheet Person,${u('Firm')},${u('sheet')}@example.org`]),
        'sheet.csv',
      );
      return form;
    },
    // A question may be asked again and again; a verification only once.
    'POST /events/{id}/verification': () => ({ decision: 'queried', note: 'Where is the sign-in sheet?' }),
    'POST /events/{id}/verification/answer': () => ({ note: 'The photo is uploaded.' }),
    'POST /news': () => ({ title: { en: u('News'), zh: '' }, status: 'draft' }),
    'PATCH /news/{id}': () => ({ summary: { en: 'Summary', zh: '摘要' } }),
    'POST /contacts': () => ({ topic: { en: u('Topic'), zh: '' }, personId: w.ids.personId }),
    'PATCH /contacts/{id}': () => ({ sortOrder: 1 }),
    'POST /links': () => ({ title: { en: u('Link'), zh: '' }, url: 'https://example.org/' }),
    'PATCH /links/{id}': () => ({ sortOrder: 1 }),
    'POST /events/{id}/registrations': () => ({ name: 'Hostile Input', email: `${u('reg')}@example.org` }),
    'POST /registrations/{id}/decline': () => ({ reason: 'Not in the target group' }),
    'POST /registrations/{id}/promote': () => ({ reason: 'Speaker of the afternoon session' }),
    // The world's events are still to come: issuing before the end takes a manager's reason.
    'POST /registrations/{id}/certificate': () => ({ reason: 'Leaves before the last day' }),
    'POST /events/{id}/certificates': () => ({ reason: 'Leave before the last day' }),
    'POST /certificates/{id}/reissue': () => ({ reason: 'Corrected before the last day' }),
    'POST /certificates/{id}/revoke': () => ({ reason: 'Name misspelt' }),
    // A genuine credential, so each attack changes one thing of it.
    'POST /credentials/verify': () => structuredClone(w.ids.credential),
    'POST /events/{id}/agenda': () => ({ day: '2099-06-28', title: { en: u('Session'), zh: '' } }),
    'PATCH /agenda-items/{id}': () => ({ speaker: 'Dr Li Wei' }),
    'POST /events/{id}/questions': () => ({ kind: 'short_text', label: { en: u('Question'), zh: '' } }),
    'PATCH /questions/{id}': () => ({ help: { en: 'Help', zh: '说明' } }),
    'POST /library/items': () => ({ type: 'faq', title: { en: u('Question'), zh: '问题' }, status: 'draft' }),
    'POST /library/items/{id}/files': () => docxForm(u('Checklist'), 'checklist.docx'),
    'PATCH /library/items/{id}': () => ({ summary: { en: 'Summary', zh: '摘要' } }),
    'POST /library/glossary': () => ({
      term: { en: u('term'), zh: '术语' },
      definition: { en: 'A definition.', zh: '定义。' },
    }),
    'PUT /library/glossary/{slug}': () => ({
      term: { en: 'customs recordation', zh: '海关备案' },
      definition: { en: 'Recording an IP right with customs.', zh: '向海关备案知识产权。' },
    }),
    'PATCH /events/{id}/feedback': () => ({ passPercent: 70 }),
    'PUT /events/{id}/feedback/test': () => ({
      questions: [
        {
          kind: 'single',
          prompt: { en: u('Question'), zh: '题目' },
          options: [{ label: { en: 'Yes', zh: '是' }, correct: true }, { label: { en: 'No', zh: '否' } }],
        },
      ],
    }),
    'PUT /events/{id}/feedback/survey': () => ({
      questions: [{ kind: 'likert', prompt: { en: u('Statement'), zh: '表述' } }],
    }),
    'POST /ip/deadlines': () => ({
      jurisdiction: 'CN',
      right: 'trademark',
      dates: { registration: '2015-03-07' },
    }),
    'POST /ip/rights': () => ({
      organisationId: w.ids.organisationId,
      jurisdiction: 'CN',
      right: 'trademark',
      title: { en: u('Mark'), zh: '' },
      status: 'pending',
    }),
    'PATCH /ip/rights/{id}': () => ({ notes: 'Renewal instructed.' }),
    'POST /events/{id}/check-ins': () => ({ ticket: w.ids.apiTicket, day: '2099-06-28' }),
    'POST /events/{id}/check-ins/batch': () => ({
      items: [
        { clientId: u('device'), ticket: w.ids.apiTicket, day: '2099-06-29', at: '2099-06-29T01:00:00Z' },
      ],
    }),
    'POST /events/{id}/attendance-imports': () => ({
      csv: `email,day\n${u('sheet')}@example.org,2099-06-28\n`,
      confirm: false,
    }),
    'POST /questions/import': () => ({
      content: `question,type,name,text_en,text_zh,fraction\nQ1,single,${u('q')},Which office registers trade marks?,哪个机关负责商标注册？,\nQ1,,,CNIPA,国家知识产权局,100\nQ1,,,SAMR,市场监管总局,0\n`,
    }),
    'POST /attempts/{id}/submit': () => ({ answers: [] }),
    'POST /courses': () => ({
      title: { en: u('Course'), zh: '课程' },
      lessons: [{ title: { en: 'Lesson', zh: '课时' }, body: { en: 'Text.', zh: '正文。' } }],
      quiz: {
        passMark: 60,
        questions: [
          {
            text: { en: 'Who examines patents?', zh: '谁审查专利？' },
            options: [
              { text: { en: 'CNIPA', zh: '国家知识产权局' }, correct: true },
              { text: { en: 'Courts', zh: '法院' }, correct: false },
            ],
          },
        ],
      },
    }),
    'POST /courses/{id}/enrolments': () => ({}),
  };
  const make = known[`${op.method} ${op.path}`];
  return make ? make() : op.body ? sample(doc, op.body) : undefined;
}
