import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { errorResponses } from '../../api/base.js';
import { withFieldErrors } from '../../api/field-errors.js';
import { body, json, publicAccess } from '../../api/openapi.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { once } from '../../web/once.js';
import { sha256 } from '../accounts/index.js';
import { ownResultJson, registrantJson } from './api-json.js';
import { RegistrantSchema, SubmittedSchema, SurveyAnswersSchema, TestAnswersSchema } from './api-schemas.js';
import { invalidLink, registrationOfKey } from './link.js';
import { registrantFeedback } from './registrant.js';
import { submitSurvey } from './submit-survey.js';
import { submitTest } from './submit-test.js';

const KeyParam = z.object({
  key: z
    .string()
    .max(100)
    .openapi({
      param: { name: 'key', in: 'path' },
      description: 'The key of the personal link sent by e-mail',
    }),
});
const tags = ['feedback'];
const signed =
  'No API token: the signed key of the registrant\u2019s personal link (the part after `/feedback/`) authorises it, for that registration only. Each part is taken once: a second submission is `409`, unless it repeats an `Idempotency-Key`, which answers as the first did.';

const state = createRoute({
  method: 'get',
  path: '/feedback/{key}',
  security: publicAccess,
  tags,
  summary: "A registrant's tests and survey: what is open, its questions, and the result after the post-test",
  description: signed,
  request: { params: KeyParam },
  responses: { 200: json(RegistrantSchema, 'The registrant\u2019s feedback'), ...errorResponses },
});
const submit = (part: 'pre-test' | 'post-test' | 'survey') =>
  createRoute({
    method: 'post',
    path: `/feedback/{key}/${part}`,
    tags,
    summary:
      part === 'survey'
        ? 'Answer the survey (anonymously: stored without the registrant)'
        : `Submit the ${part}, scored at once${part === 'post-test' ? '; the answer holds both scores and the correct answers' : ''}`,
    description: signed,
    security: publicAccess,
    request: { params: KeyParam, body: body(part === 'survey' ? SurveyAnswersSchema : TestAnswersSchema) },
    responses: { 201: json(SubmittedSchema, 'Recorded'), ...errorResponses },
  });

async function registrantOfKey(c: Context<AppEnv>, key: string) {
  const app = c.get('app');
  const id = registrationOfKey(app.secret, key);
  const me = await registrantFeedback(app.database.db, id, app.now());
  if (!me) throw invalidLink();
  return me;
}

const alreadyDone = () =>
  new AppError('conflict', 'already submitted', { reason: 'done' }, { key: 'feedback.error.alreadyDone' });

/** An `Idempotency-Key` scoped to the registration and the part, so it cannot replay anyone else's. */
const onceKey = (c: Context<AppEnv>, registrationId: string, part: string) => {
  const k = c.req.header('idempotency-key');
  return k && k.length <= 200
    ? `feedback:${sha256(`${registrationId}\n${part}\n${k}`).slice(0, 40)}`
    : undefined;
};

export function registerRegistrantApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(state, async (c) => {
    const me = await registrantOfKey(c, c.req.valid('param').key);
    c.header('Cache-Control', 'no-store');
    return c.json(await registrantJson(c.get('app').database.db, me), 200);
  });

  for (const phase of ['pre', 'post'] as const) {
    api.openapi(submit(`${phase}-test`), async (c) => {
      const me = await registrantOfKey(c, c.req.valid('param').key);
      const { answers } = c.req.valid('json') as z.infer<typeof TestAnswersSchema>;
      const db = c.get('app').database.db;
      const { result, repeated } = await withFieldErrors(c, () =>
        once(db, onceKey(c, me.registration.id, phase), async (tx) => {
          const out = await submitTest(tx, me.registration.id, phase, answers, c.get('app').now());
          if (out.repeated) throw alreadyDone();
          return out.attemptId;
        }),
      );
      if (!result && repeated) throw alreadyDone();
      const after = await registrantFeedback(db, me.registration.id, c.get('app').now());
      return c.json(
        {
          recorded: true as const,
          phase,
          result: phase === 'post' && after ? await ownResultJson(db, after) : undefined,
        },
        201,
      );
    });
  }

  api.openapi(submit('survey'), async (c) => {
    const me = await registrantOfKey(c, c.req.valid('param').key);
    const { answers } = c.req.valid('json') as z.infer<typeof SurveyAnswersSchema>;
    const db = c.get('app').database.db;
    await withFieldErrors(c, () =>
      once(db, onceKey(c, me.registration.id, 'survey'), async (tx) => {
        const out = await submitSurvey(tx, me.registration.id, answers, c.get('app').now());
        if (out.repeated) throw alreadyDone();
        return 'survey';
      }),
    );
    return c.json({ recorded: true as const, phase: 'survey' as const }, 201);
  });
}
