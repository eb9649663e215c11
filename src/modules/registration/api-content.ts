import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { bearerSecurity, errorResponses } from '../../api/base.js';
import { withFieldErrors } from '../../api/field-errors.js';
import { body, json, optionalBearer } from '../../api/openapi.js';
import { isStaff } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { requireStaff } from '../../web/guards.js';
import { once } from '../../web/once.js';
import { getEventView } from '../events/index.js';
import { managedEvent } from './access.js';
import { agendaOf, createAgendaItem, deleteAgendaItem, materialsOf, updateAgendaItem } from './agenda.js';
import type { Question } from './answers.js';
import { agendaJson, questionJson } from './api-json.js';
import {
  AgendaItemInSchema,
  AgendaItemPatchSchema,
  AgendaItemSchema,
  QuestionInSchema,
  QuestionPatchSchema,
  QuestionSchema,
} from './api-schemas.js';
import {
  createQuestion,
  deleteQuestion,
  getQuestion,
  type QuestionInput,
  questionsOf,
  updateQuestion,
} from './questions.js';

const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const bi = (v: { en?: string; zh?: string } | undefined, current: Bilingual = { en: '', zh: '' }) =>
  v === undefined ? undefined : { en: v.en ?? current.en, zh: v.zh ?? current.zh };

const route = <M extends 'get' | 'post' | 'patch' | 'delete', P extends string>(
  method: M,
  path: P,
  summary: string,
  secured: boolean,
) => ({
  method,
  path,
  tags: ['events'],
  summary,
  // The public reads show staff what only they may see (hidden questions, draft events).
  security: secured ? bearerSecurity : optionalBearer,
});

const agendaList = createRoute({
  ...route(
    'get',
    '/events/{id}/agenda',
    'The programme of an event, by day and time, with its material',
    false,
  ),
  request: { params: IdParam },
  responses: { 200: json(z.object({ items: z.array(AgendaItemSchema) }), 'Agenda items'), ...errorResponses },
});
const agendaCreate = createRoute({
  ...route('post', '/events/{id}/agenda', 'Add an agenda item (managers; coordinators in their scope)', true),
  request: { params: IdParam, body: body(AgendaItemInSchema) },
  responses: { 201: json(AgendaItemSchema, 'Added'), ...errorResponses },
});
const agendaPatch = createRoute({
  ...route('patch', '/agenda-items/{id}', 'Change an agenda item', true),
  request: { params: IdParam, body: body(AgendaItemPatchSchema) },
  responses: { 200: json(AgendaItemSchema, 'Changed'), ...errorResponses },
});
const agendaDelete = createRoute({
  ...route('delete', '/agenda-items/{id}', 'Delete an agenda item with its material', true),
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
});
const questionList = createRoute({
  ...route('get', '/events/{id}/questions', 'The questions of the registration form, in order', false),
  request: { params: IdParam },
  responses: { 200: json(z.object({ questions: z.array(QuestionSchema) }), 'Questions'), ...errorResponses },
});
const questionCreate = createRoute({
  ...route(
    'post',
    '/events/{id}/questions',
    'Add a registration question (managers; coordinators in their scope)',
    true,
  ),
  request: { params: IdParam, body: body(QuestionInSchema) },
  responses: { 201: json(QuestionSchema, 'Added'), ...errorResponses },
});
const questionPatch = createRoute({
  ...route('patch', '/questions/{id}', 'Change a registration question', true),
  request: { params: IdParam, body: body(QuestionPatchSchema) },
  responses: { 200: json(QuestionSchema, 'Changed'), ...errorResponses },
});
const questionDelete = createRoute({
  ...route(
    'delete',
    '/questions/{id}',
    'Delete a question nobody has answered (one with answers can be hidden)',
    true,
  ),
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' }, ...errorResponses },
});

type QuestionBody = z.infer<typeof QuestionPatchSchema>;
function questionInput(b: QuestionBody, current?: Question): Partial<QuestionInput> {
  return {
    kind: b.kind,
    label: bi(b.label, current?.label),
    help: bi(b.help, current?.help),
    options: b.options?.map((o) => ({
      value: o.value,
      label: { en: o.label.en ?? '', zh: o.label.zh ?? '' },
    })),
    required: b.required,
    showIfQuestionId: b.showIf === undefined ? undefined : (b.showIf?.questionId ?? null),
    showIfValue: b.showIf === undefined ? undefined : (b.showIf?.value ?? ''),
    hidden: b.hidden,
    position: b.position,
  };
}

/** The event when the reader may see it: published ones for everyone, drafts for their editors. */
async function readableEvent(c: Parameters<typeof requireStaff>[0], id: string) {
  const db = c.get('app').database.db;
  const view = await getEventView(db, c.get('user'), id);
  if (!view) throw new AppError('not_found');
  return view;
}

export function registerEventContentApi(api: OpenAPIHono<AppEnv>) {
  for (const path of ['/agenda-items/*', '/questions/*']) {
    api.use(path, async (c, next) => {
      requireStaff(c);
      await next();
    });
  }
  for (const path of ['/events/:id/agenda', '/events/:id/questions']) {
    api.use(path, async (c, next) => {
      if (c.req.method !== 'GET') requireStaff(c);
      await next();
    });
  }

  api.openapi(agendaList, async (c) => {
    const { id } = c.req.valid('param');
    const { event } = await readableEvent(c, id);
    const db = c.get('app').database.db;
    const items = await agendaOf(db, id);
    const materials = await materialsOf(
      db,
      items.map((i) => i.id),
    );
    return c.json({ items: items.map((i) => agendaJson(i, materials, c.get('lang'), event)) }, 200);
  });

  api.openapi(agendaCreate, async (c) => {
    const { id } = c.req.valid('param');
    const b = c.req.valid('json');
    const db = c.get('app').database.db;
    const user = requireStaff(c);
    const { result } = await withFieldErrors(c, () =>
      once(db, c.req.header('idempotency-key'), async (tx) => {
        const row = await createAgendaItem(
          tx,
          user,
          id,
          {
            day: b.day,
            startsAt: b.startsAt ?? null,
            endsAt: b.endsAt ?? null,
            title: bi(b.title)!,
            speaker: b.speaker ?? '',
            room: bi(b.room) ?? { en: '', zh: '' },
          },
          c.get('app').now(),
        );
        return row.id;
      }),
    );
    const item = (await agendaOf(db, id)).find((i) => i.id === result)!;
    const event = await managedEvent(db, user, id);
    return c.json(agendaJson(item, [], c.get('lang'), event), 201);
  });

  api.openapi(agendaPatch, async (c) => {
    const { id } = c.req.valid('param');
    const b = c.req.valid('json');
    const db = c.get('app').database.db;
    const after = await withFieldErrors(c, () =>
      updateAgendaItem(
        db,
        requireStaff(c),
        id,
        {
          day: b.day,
          startsAt: b.startsAt,
          endsAt: b.endsAt,
          title: b.title === undefined ? undefined : { en: b.title.en ?? '', zh: b.title.zh ?? '' },
          speaker: b.speaker,
          room: b.room === undefined ? undefined : { en: b.room.en ?? '', zh: b.room.zh ?? '' },
        },
        c.get('app').now(),
      ),
    );
    const event = await managedEvent(db, requireStaff(c), after.eventId);
    return c.json(agendaJson(after, await materialsOf(db, [after.id]), c.get('lang'), event), 200);
  });

  api.openapi(agendaDelete, async (c) => {
    await deleteAgendaItem(c.get('app').database.db, requireStaff(c), c.req.valid('param').id);
    return c.body(null, 204);
  });

  api.openapi(questionList, async (c) => {
    const { id } = c.req.valid('param');
    await readableEvent(c, id);
    const user = c.get('user');
    const all = await questionsOf(c.get('app').database.db, id);
    const staff = isStaff(user);
    return c.json({ questions: all.filter((q) => staff || !q.hidden).map(questionJson) }, 200);
  });

  api.openapi(questionCreate, async (c) => {
    const { id } = c.req.valid('param');
    const b = c.req.valid('json');
    const db = c.get('app').database.db;
    const user = requireStaff(c);
    await managedEvent(db, user, id);
    const partial = questionInput(b);
    const { result } = await withFieldErrors(c, () =>
      once(db, c.req.header('idempotency-key'), async (tx) => {
        const row = await createQuestion(
          tx,
          user,
          id,
          {
            kind: b.kind,
            label: partial.label!,
            help: partial.help ?? { en: '', zh: '' },
            options: partial.options ?? [],
            required: b.required ?? false,
            showIfQuestionId: partial.showIfQuestionId ?? null,
            showIfValue: partial.showIfValue ?? '',
            hidden: b.hidden ?? false,
            position: b.position,
          },
          c.get('app').now(),
        );
        return row.id;
      }),
    );
    const q = (await questionsOf(db, id)).find((x) => x.id === result)!;
    return c.json(questionJson(q), 201);
  });

  api.openapi(questionPatch, async (c) => {
    const { id } = c.req.valid('param');
    const db = c.get('app').database.db;
    const current = (await getQuestion(db, id)) ?? undefined;
    const after = await withFieldErrors(c, () =>
      updateQuestion(
        db,
        requireStaff(c),
        id,
        questionInput(c.req.valid('json'), current),
        c.get('app').now(),
      ),
    );
    return c.json(questionJson(after), 200);
  });

  api.openapi(questionDelete, async (c) => {
    await deleteQuestion(c.get('app').database.db, requireStaff(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
