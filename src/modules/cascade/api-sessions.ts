import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { apiUser, errorResponses } from '../../api/base.js';
import { bearerSecurity, body, json } from '../../api/openapi.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { servicesFor } from '../../web/services.js';
import { getEventRow } from '../events/index.js';
import { inScope } from '../places/index.js';
import { VERIFICATION_STATES, VERIFICATION_STEPS } from './schema.js';
import { MAX_CLAIM_NOTE, setClaimedHeadcount } from './sessions-headcount.js';
import { MAX_PLANNED_SIZE } from './sessions-input.js';
import { sessionOf, verificationHistory } from './sessions-queries.js';
import { answerQuery, DECISIONS, decideSession, MAX_NOTE } from './sessions-verify.js';

const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

const SessionStatusSchema = z
  .object({
    eventId: z.uuid(),
    verification: z.enum(VERIFICATION_STATES),
    namedAttendees: z.number().int(),
    claimedHeadcount: z.number().int().nullable().openapi({
      description: 'People claimed beyond the named attendees; never added to named or verified counts',
    }),
    claimedNote: z.string(),
    history: z.array(z.object({ step: z.enum(VERIFICATION_STEPS), note: z.string(), at: z.string() })),
  })
  .openapi('LocalSessionStatus');
const HeadcountSchema = z
  .object({
    count: z.number().int().min(0).max(MAX_PLANNED_SIZE),
    note: z.string().max(MAX_CLAIM_NOTE).optional(),
  })
  .openapi('ClaimedHeadcount');
const DecisionSchema = z
  .object({
    decision: z.enum(DECISIONS),
    note: z.string().max(MAX_NOTE).optional().openapi({ description: 'Required to query or reject' }),
  })
  .openapi('VerificationDecision');
const AnswerSchema = z.object({ note: z.string().min(1).max(MAX_NOTE) }).openapi('VerificationAnswer');

/** What a session's trainer and the staff of its place read of its verification. */
async function statusOf(db: Db, user: Actor, id: string) {
  const [row, s] = await Promise.all([getEventRow(db, id), sessionOf(db, id)]);
  if (!row || !s)
    throw new AppError('not_found', 'not a local session', undefined, { key: 'sessions.error.notLocal' });
  if (s.trainer.userId !== user.id && !inScope(user, row.province, row.cityId))
    throw new AppError('forbidden', 'not yours', undefined, { key: 'sessions.error.notYours' });
  const history = await verificationHistory(db, id);
  return {
    eventId: id,
    verification: s.session.verification,
    namedAttendees: s.named,
    claimedHeadcount: s.session.claimedHeadcount,
    claimedNote: s.session.claimedNote,
    history: history.map((h) => ({ step: h.step, note: h.note, at: h.createdAt.toISOString() })),
  };
}

const answer = json(SessionStatusSchema, 'The local session’s verification and claimed headcount');
const withBody = <T extends z.ZodType>(method: 'put' | 'post', path: string, summary: string, schema: T) =>
  createRoute({
    method,
    path,
    tags: ['cascade'],
    summary,
    security: bearerSecurity,
    request: { params: IdParam, body: body(schema) },
    responses: { 200: answer, ...errorResponses },
  });

/** The API of a local session's claimed headcount and verification. */
export function registerSessionsApi(api: OpenAPIHono<AppEnv>) {
  const read = createRoute({
    method: 'get',
    path: '/events/{id}/verification',
    tags: ['cascade'],
    summary: 'A local session’s verification and claimed headcount (its trainer, or staff of its place)',
    security: bearerSecurity,
    request: { params: IdParam },
    responses: { 200: answer, ...errorResponses },
  });
  api.openapi(read, async (c) =>
    c.json(await statusOf(c.get('app').database.db, apiUser(c), c.req.valid('param').id), 200),
  );

  const claim = withBody(
    'put',
    '/events/{id}/claimed-headcount',
    'Set the claimed headcount of a local session (its trainer, or staff of its place)',
    HeadcountSchema,
  );
  api.openapi(claim, async (c) => {
    const user = apiUser(c);
    const { id } = c.req.valid('param');
    const db = c.get('app').database.db;
    await setClaimedHeadcount(db, user, id, c.req.valid('json'), c.get('app').now());
    return c.json(await statusOf(db, user, id), 200);
  });

  const decide = withBody(
    'post',
    '/events/{id}/verification',
    'Verify, query or reject a local session (manager, or coordinator of its place); the trainer is e-mailed a question or a rejection',
    DecisionSchema,
  );
  api.openapi(decide, async (c) => {
    const user = apiUser(c);
    const { id } = c.req.valid('param');
    const b = c.req.valid('json');
    const db = c.get('app').database.db;
    await decideSession(db, servicesFor(c), user, id, { decision: b.decision, note: b.note ?? '' });
    return c.json(await statusOf(db, user, id), 200);
  });

  const reply = withBody(
    'post',
    '/events/{id}/verification/answer',
    'Answer the question asked about a local session (its trainer); it then awaits a decision again',
    AnswerSchema,
  );
  api.openapi(reply, async (c) => {
    const user = apiUser(c);
    const { id } = c.req.valid('param');
    const db = c.get('app').database.db;
    await answerQuery(db, servicesFor(c), user, id, c.req.valid('json'));
    return c.json(await statusOf(db, user, id), 200);
  });
}
