import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { bearerSecurity, errorResponses } from '../../api/base.js';
import { body, json } from '../../api/openapi.js';
import type { AppEnv } from '../../web/context.js';
import { requireUser } from '../../web/guards.js';
import { AnswersSchema, AttemptSchema, ResultSchema, StartedAttemptSchema } from './attempt-api-schemas.js';
import { attemptJson } from './attempt-json.js';
import { learnerQuestion } from './attempt-present.js';
import { ownAttempt } from './attempt-queries.js';
import { startAttempt } from './attempt-start.js';
import { answerAttempt } from './attempt-submit.js';

const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const tags = ['learning'];

const start = createRoute({
  method: 'post',
  path: '/quizzes/{id}/attempts',
  tags,
  summary: 'Start an attempt at a quiz (an enrolled learner), or get back the one still open',
  description:
    'Draws the questions (fixed ones, then N per tag without repeats) and shuffles options where a question says so. Nothing in the answer tells the right answers. 201 for a new attempt, 200 for the open one given back. 403 without an enrolment in the quiz’s course; 409 when every attempt the quiz allows is used.',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: {
    201: json(StartedAttemptSchema, 'A new attempt'),
    200: json(StartedAttemptSchema, 'The attempt still open'),
    ...errorResponses,
  },
});

const submit = createRoute({
  method: 'post',
  path: '/attempts/{id}/submit',
  tags,
  summary: 'Submit the answers of one’s own attempt; it is marked on the server',
  description:
    'One answer per question: `optionIds` for choice and true/false questions, `value` for numeric ones, `pairs` for matching ones; a question left out counts as unanswered. Refused with nothing changed: an answer to a question not in the attempt or with an option it does not have (422), a second submit (409), answers after the time limit (409: the attempt is then submitted as it stood), another learner’s attempt (404).',
  security: bearerSecurity,
  request: { params: IdParam, body: body(AnswersSchema) },
  responses: { 200: json(ResultSchema, 'The score (percent) and whether it passes'), ...errorResponses },
});

const read = createRoute({
  method: 'get',
  path: '/attempts/{id}',
  tags,
  summary:
    'One’s own attempt: its questions and responses, and once submitted the marks, right answers and feedback',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: json(AttemptSchema, 'The attempt'), ...errorResponses },
});

export function registerAttemptApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(start, async (c) => {
    const app = c.get('app');
    const user = requireUser(c);
    const started = await startAttempt(app.database.db, user, c.req.valid('param').id, app.now());
    const a = await ownAttempt(app.database.db, user, started.id, app.now());
    const out = {
      id: a.id,
      number: a.number,
      dueAt: a.dueAt ? a.dueAt.toISOString() : null,
      questions: a.questions.map((q) => learnerQuestion(q.questionId, q.snapshot)),
    };
    return started.created ? c.json(out, 201) : c.json(out, 200);
  });

  api.openapi(submit, async (c) => {
    const app = c.get('app');
    const out = await answerAttempt(
      app.database.db,
      requireUser(c),
      c.req.valid('param').id,
      c.req.valid('json').answers,
      {
        submit: true,
        now: app.now(),
      },
    );
    return c.json({ score: out.score ?? 0, passed: out.passed ?? false }, 200);
  });

  api.openapi(read, async (c) => {
    const app = c.get('app');
    return c.json(
      attemptJson(await ownAttempt(app.database.db, requireUser(c), c.req.valid('param').id, app.now())),
      200,
    );
  });
}
