import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { checkAnswers, type Question } from './answers.js';
import { registrationAnswers } from './schema.js';
import { apiCall, openEvent, registrationsOf, registrationWorld } from './test-support.js';

const q = (over: Partial<Question>): Question =>
  ({
    id: over.id ?? 'q',
    eventId: 'e',
    position: 0,
    kind: 'short_text',
    label: { en: 'Q', zh: '问' },
    help: { en: '', zh: '' },
    options: [],
    required: false,
    showIfQuestionId: null,
    showIfValue: '',
    hidden: false,
    enEditedAt: null,
    zhEditedAt: null,
    translationStatus: 'complete',
    createdAt: new Date(),
    updatedAt: new Date(),
    ...over,
  }) as Question;

describe('answers against the questions asked', () => {
  const hotel = q({ id: 'hotel', kind: 'yes_no', required: true });
  const nights = q({
    id: 'nights',
    kind: 'single_choice',
    required: true,
    showIfQuestionId: 'hotel',
    showIfValue: 'yes',
    options: [
      { value: 'o1', label: { en: 'One', zh: '一晚' } },
      { value: 'o2', label: { en: 'Two', zh: '两晚' } },
    ],
  });
  const roommate = q({ id: 'roommate', kind: 'short_text', showIfQuestionId: 'nights' });
  const topics = q({
    id: 'topics',
    kind: 'multiple_choice',
    options: [
      { value: 'a', label: { en: 'Patents', zh: '专利' } },
      { value: 'b', label: { en: 'Trademarks', zh: '商标' } },
      { value: 'c', label: { en: 'Copyright', zh: '版权' } },
    ],
  });
  const arrival = q({ id: 'arrival', kind: 'date' });
  const all = [hotel, nights, roommate, topics, arrival];

  it('asks a conditional question only when its condition holds, down a chain', () => {
    expect(checkAnswers(all, {}).active.map((x) => x.id)).toEqual(['hotel', 'topics', 'arrival']);
    expect(checkAnswers(all, { hotel: 'no', nights: 'o1', roommate: 'Li' }).active.map((x) => x.id)).toEqual([
      'hotel',
      'topics',
      'arrival',
    ]);
    expect(checkAnswers(all, { hotel: 'yes' }).active.map((x) => x.id)).toEqual([
      'hotel',
      'nights',
      'topics',
      'arrival',
    ]);
    expect(checkAnswers(all, { hotel: 'yes', nights: 'o2' }).active.map((x) => x.id)).toEqual([
      'hotel',
      'nights',
      'roommate',
      'topics',
      'arrival',
    ]);
  });

  it('requires a conditional question only when it applies, and drops answers to questions that do not', () => {
    expect(checkAnswers(all, {}).errors).toEqual({ hotel: 'form.choose' });
    expect(checkAnswers(all, { hotel: 'yes' }).errors).toEqual({ nights: 'form.choose' });
    const no = checkAnswers(all, { hotel: false, nights: 'o1', roommate: 'Li' });
    expect(no.errors).toEqual({});
    expect([...no.values]).toEqual([['hotel', 'no']]);
  });

  it('keeps choices to the options, in their order, and dates to real days', () => {
    const r = checkAnswers(all, {
      hotel: true,
      nights: 'o1',
      topics: ['c', 'a', 'a'],
      arrival: '2099-06-23',
    });
    expect(r.errors).toEqual({});
    expect(r.values.get('topics')).toEqual(['a', 'c']);
    expect(checkAnswers(all, { hotel: 'yes', nights: 'o9' }).errors).toEqual({ nights: 'form.choose' });
    expect(checkAnswers(all, { hotel: 'maybe' }).errors).toEqual({ hotel: 'form.choose' });
    expect(checkAnswers(all, { hotel: 'no', topics: ['a', { x: 1 }] }).errors).toEqual({
      topics: 'form.choose',
    });
    expect(checkAnswers(all, { hotel: 'no', arrival: '2099-02-30' }).errors).toEqual({
      arrival: 'form.date',
    });
    expect(checkAnswers(all, { hotel: 'no', arrival: '99999-01-01' }).errors).toEqual({
      arrival: 'form.date',
    });
  });

  it('cleans text answers and refuses overlong ones', () => {
    const text = q({ id: 't', kind: 'long_text' });
    expect(checkAnswers([text], { t: '  Vegetarian\u200B\r\nno nuts \u202E ' }).values.get('t')).toBe(
      'Vegetarian\nno nuts',
    );
    expect(checkAnswers([text], { t: 'x'.repeat(5_001) }).errors).toEqual({
      t: 'registration.answer.tooLong',
    });
    expect(checkAnswers([text], { t: 42 }).errors).toEqual({ t: 'form.invalid' });
  });
});

describe.each(DATABASE_KINDS)('registration questions through the API (%s)', (kind) => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await testApp(kind);
    ({ token } = await registrationWorld(t));
  });
  afterAll(() => t.close());

  it('builds a form of every kind and checks registrations against it on the server', async () => {
    const eventId = await openEvent(t, token);
    const add = async (body: Record<string, unknown>) => {
      const res = await apiCall(t, 'POST', `/events/${eventId}/questions`, { token, body });
      expect(res.status, await res.clone().text()).toBe(201);
      return (await res.json()) as { id: string; options: { value: string }[] };
    };
    const hotel = await add({
      kind: 'yes_no',
      label: { en: 'Do you need a hotel room?', zh: '是否需要住宿？' },
      required: true,
    });
    const nights = await add({
      kind: 'single_choice',
      label: { en: 'How many nights?', zh: '住几晚？' },
      options: [{ label: { en: 'One', zh: '一晚' } }, { label: { en: 'Two', zh: '两晚' } }],
      required: true,
      showIf: { questionId: hotel.id, value: 'yes' },
    });
    const topics = await add({
      kind: 'multiple_choice',
      label: { en: 'Topics of interest', zh: '感兴趣的主题' },
      options: [{ label: { en: 'Patents', zh: '专利' } }, { label: { en: 'Trademarks', zh: '商标' } }],
    });
    await add({ kind: 'short_text', label: { en: 'Job title', zh: '职务' } });
    await add({ kind: 'long_text', label: { en: 'What do you expect?', zh: '您有什么期望？' } });
    await add({ kind: 'date', label: { en: 'Arrival', zh: '抵达日期' } });
    // A condition must look back, at a question already asked.
    const forward = await apiCall(t, 'PATCH', `/questions/${hotel.id}`, {
      token,
      body: { showIf: { questionId: nights.id } },
    });
    expect(forward.status).toBe(422);

    const list = await apiCall(t, 'GET', `/events/${eventId}/questions`);
    expect(((await list.json()) as { questions: unknown[] }).questions).toHaveLength(6);

    const reg = (email: string, answers: Record<string, unknown>) =>
      apiCall(t, 'POST', `/events/${eventId}/registrations`, {
        body: { name: 'Zhou Jie', email, answers },
        headers: { 'accept-language': 'zh' },
      });
    const missing = await reg('q1@example.org', { [hotel.id]: true });
    expect(missing.status).toBe(422);
    const err = (await missing.json()) as { error: { details: { fields: Record<string, string> } } };
    expect(err.error.details.fields).toEqual({ [`answers.${nights.id}`]: '请从选项中选择一项。' });
    const ok = await reg('q2@example.org', {
      [hotel.id]: false,
      [nights.id]: nights.options[0]!.value,
      [topics.id]: [topics.options[1]!.value],
    });
    expect(ok.status).toBe(201);
    const [row] = (await registrationsOf(t, eventId)).filter((r) => r.emailKey === 'q2@example.org');
    const stored = await t.database.db
      .select()
      .from(registrationAnswers)
      .where(eq(registrationAnswers.registrationId, row!.id));
    // The nights were not asked (no hotel), so that answer is not kept.
    expect(Object.fromEntries(stored.map((s) => [s.questionId, s.value]))).toEqual({
      [hotel.id]: 'no',
      [topics.id]: [topics.options[1]!.value],
    });

    // An answered question cannot be deleted, only hidden; hidden ones leave the public form.
    expect((await apiCall(t, 'DELETE', `/questions/${topics.id}`, { token })).status).toBe(409);
    expect(
      (await apiCall(t, 'PATCH', `/questions/${topics.id}`, { token, body: { hidden: true } })).status,
    ).toBe(200);
    const after = (await (await apiCall(t, 'GET', `/events/${eventId}/questions`)).json()) as {
      questions: { id: string }[];
    };
    expect(after.questions.map((x) => x.id)).not.toContain(topics.id);
    // A question nobody has answered goes, unless another depends on it.
    expect((await apiCall(t, 'DELETE', `/questions/${hotel.id}`, { token })).status).toBe(409);
    expect((await apiCall(t, 'DELETE', `/questions/${nights.id}`, { token })).status).toBe(204);
  });
});
