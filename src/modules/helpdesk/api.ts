import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { apiUser, errorResponses, rateLimitedResponse } from '../../api/base.js';
import { bearerSecurity, body, json, optionalBearer, publicAccess } from '../../api/openapi.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import type { AppEnv } from '../../web/context.js';
import { validate } from '../../web/forms.js';
import { once } from '../../web/once.js';
import { servicesFor } from '../../web/services.js';
import { managesHelpdesk, worksHelpdesk } from './access.js';
import { answerEnquiry } from './answer.js';
import {
  AnswerSchema,
  EnquiryCreatedSchema,
  EnquiryCreateSchema,
  EnquirySchema,
  StatsQuery,
  StatsSchema,
} from './api-schemas.js';
import { createEnquiry } from './create-enquiry.js';
import { figuresOf, timings } from './figures.js';
import { answerInput, enquiryInput } from './input.js';
import { enquirerLink } from './link.js';
import { limitPublicEnquiry } from './public-limit.js';
import { type EnquiryRow, getEnquiry, messagesOf } from './queries.js';

const IdParam = z.object({ id: z.uuid() });
const TAG = ['Helpdesk'];

const createDef = createRoute({
  method: 'post',
  path: '/enquiries',
  tags: TAG,
  summary: 'Send an enquiry to the helpdesk (no token needed)',
  description:
    'As the public form: the enquirer is e-mailed a receipt with a private link, and the enquiry is routed to the expert whose topics and region match with the fewest open enquiries. Without a token it counts towards the per-address hourly limit (`429`). Only a manager’s token may pass `receivedAt`. Send an `Idempotency-Key` header (16–64 characters) so that a retried request makes one enquiry.',
  security: optionalBearer,
  request: { body: body(EnquiryCreateSchema) },
  responses: { 201: json(EnquiryCreatedSchema, 'Received'), ...errorResponses, ...rateLimitedResponse },
});

const getDef = createRoute({
  method: 'get',
  path: '/enquiries/{id}',
  tags: TAG,
  summary: 'One enquiry with its answers (experts: their own or unassigned in their areas; managers: any)',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: json(EnquirySchema, 'The enquiry'), ...errorResponses },
});

const answerDef = createRoute({
  method: 'post',
  path: '/enquiries/{id}/answer',
  tags: TAG,
  summary: 'Answer an enquiry (its expert, or a manager); e-mailed to the enquirer in their language',
  security: bearerSecurity,
  request: { params: IdParam, body: body(AnswerSchema) },
  responses: { 200: json(EnquirySchema, 'The answered enquiry'), ...errorResponses },
});

const statsDef = createRoute({
  method: 'get',
  path: '/helpdesk/stats',
  tags: TAG,
  summary: 'The helpdesk’s published figures for enquiries received in a period',
  security: publicAccess,
  request: { query: StatsQuery },
  responses: { 200: json(StatsSchema, 'The figures'), ...errorResponses },
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function enquiryJson(c: Context<AppEnv>, e: EnquiryRow) {
  const answers = (await messagesOf(c.get('app').database.db, e.id, false)).filter(
    (m) => m.kind === 'answer',
  );
  return {
    id: e.id,
    name: e.name,
    email: e.email,
    lang: e.lang,
    topic: e.topic,
    right: e.ipRight,
    jurisdiction: e.jurisdiction,
    province: e.province,
    question: e.question,
    source: e.source,
    sourceRef: e.sourceRef,
    status: e.status,
    assignedTo: e.assignedTo,
    receivedAt: e.receivedAt.toISOString(),
    dueBy: e.dueBy.toISOString(),
    firstAnsweredAt: iso(e.firstAnsweredAt),
    rating: e.rating,
    answers: answers.map((m) => ({ body: m.body, author: m.authorName, at: m.createdAt.toISOString() })),
  };
}

async function visible(c: Context<AppEnv>, id: string) {
  const user = apiUser(c);
  if (!worksHelpdesk(user)) throw new AppError('forbidden');
  const e = await getEnquiry(c.get('app').database.db, user, id);
  if (!e) throw new AppError('not_found');
  return { user, e };
}

/** A Shanghai day's start as an instant. */
const dayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00+08:00`));

export function registerHelpdeskApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(createDef, async (c) => {
    const { receivedAt, diagnosticId, ...rest } = c.req.valid('json');
    const user = c.get('user');
    if (receivedAt && !managesHelpdesk(user))
      throw invalidFields({ receivedAt: 'helpdesk.error.receivedAt' }, 'receivedAt');
    const r = validate(
      enquiryInput,
      { ...rest, ...(diagnosticId ? { source: 'diagnostic', sourceRef: diagnosticId } : {}) },
      c.get('t'),
    );
    if (!r.ok) throw new AppError('validation', 'invalid', { fields: r.errors });
    await limitPublicEnquiry(c);
    const app = c.get('app');
    const services = servicesFor(c);
    const { result } = await once(app.database.db, c.req.header('idempotency-key'), async (tx) => {
      const made = await createEnquiry(tx, services, r.data, {
        receivedAt: receivedAt ? new Date(receivedAt) : undefined,
        actor: user,
      });
      return JSON.stringify({ id: made.id, dueBy: made.dueBy.toISOString() });
    });
    app.wakeJobs();
    return c.json(JSON.parse(result) as { id: string; dueBy: string }, 201);
  });

  api.openapi(getDef, async (c) => {
    const { e } = await visible(c, c.req.valid('param').id);
    return c.json(await enquiryJson(c, e), 200);
  });

  api.openapi(answerDef, async (c) => {
    const { user, e } = await visible(c, c.req.valid('param').id);
    const r = validate(answerInput, c.req.valid('json'), c.get('t'));
    if (!r.ok) throw new AppError('validation', 'invalid', { fields: r.errors });
    const services = servicesFor(c);
    await answerEnquiry(c.get('app').database.db, services, user, e, r.data.body, enquirerLink(services, e));
    c.get('app').wakeJobs();
    const { e: after } = await visible(c, e.id);
    return c.json(await enquiryJson(c, after), 200);
  });

  api.openapi(statsDef, async (c) => {
    const q = c.req.valid('query');
    const to = q.to ? new Date(dayStart(q.to).getTime() + 86_400_000) : undefined;
    const rows = await timings(c.get('app').database.db, { from: q.from ? dayStart(q.from) : undefined, to });
    return c.json(figuresOf(rows), 200);
  });
}
