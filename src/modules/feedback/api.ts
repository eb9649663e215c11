import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { bearerSecurity, errorResponses } from '../../api/base.js';
import { withFieldErrors } from '../../api/field-errors.js';
import { body, json } from '../../api/openapi.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { requireStaff } from '../../web/guards.js';
import { servicesFor } from '../../web/services.js';
import { recordAudit } from '../audit/index.js';
import { managedEvent } from '../registration/index.js';
import { registrations } from '../registration/schema.js';
import { feedbackJson, resultsJson } from './api-json.js';
import { registerRegistrantApi } from './api-registrant.js';
import {
  FeedbackSchema,
  LinkSchema,
  QuestionsInSchema,
  ResultsSchema,
  SettingsInSchema,
} from './api-schemas.js';
import { feedbackUrl } from './keys.js';
import { feedbackCounts } from './overview.js';
import { getSettings, listQuestions } from './queries.js';
import { knowledgeGainOf } from './results.js';
import { saveQuestions } from './save-questions.js';
import { saveFeedbackSettings } from './save-settings.js';
import { surveyResultsOf } from './survey-results.js';
import { windowsOf } from './windows.js';

const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const tags = ['feedback'];

const read = createRoute({
  method: 'get',
  path: '/events/{id}/feedback',
  tags,
  summary: 'The feedback set-up of an event: windows, test and survey questions (with the correct answers)',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: json(FeedbackSchema, 'The set-up'), ...errorResponses },
});
const patch = createRoute({
  method: 'patch',
  path: '/events/{id}/feedback',
  tags,
  summary: 'Publish the test or the survey, set the pass mark and the windows',
  description:
    'Publishing the test invites every confirmed registrant to the pre-test by e-mail (once each); registrants confirmed later are invited within 15 minutes. Publishing needs at least one question.',
  security: bearerSecurity,
  request: { params: IdParam, body: body(SettingsInSchema) },
  responses: { 200: json(FeedbackSchema, 'The set-up after the change'), ...errorResponses },
});
const putQuestions = (instrument: 'test' | 'survey') =>
  createRoute({
    method: 'put',
    path: `/events/{id}/feedback/${instrument}`,
    tags,
    summary:
      instrument === 'test'
        ? 'Replace the knowledge test questions (the same set before and after the event)'
        : 'Replace the survey questions',
    description:
      instrument === 'test'
        ? 'Single- or multiple-choice questions with their correct options. Once anyone has taken the test, only the wording and order may change (409 otherwise), so every score is on the same set.'
        : 'Rating (likert, 1–5) and comment questions. Once anyone has answered, questions may be added and reworded but not removed or changed in kind (409).',
    security: bearerSecurity,
    request: { params: IdParam, body: body(QuestionsInSchema) },
    responses: { 200: json(FeedbackSchema, 'The set-up after the change'), ...errorResponses },
  });
const results = createRoute({
  method: 'get',
  path: '/events/{id}/feedback/results',
  tags,
  summary:
    'Knowledge gain (means, paired gain, Hake\u2019s g, distribution, difficulty, scores) and the survey in totals',
  description:
    'Survey results are totals and comments without names, and only once at least `survey.minimum` people have answered.',
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: json(ResultsSchema, 'The results'), ...errorResponses },
});
const link = createRoute({
  method: 'get',
  path: '/registrations/{id}/feedback-link',
  tags,
  summary:
    "A registrant's personal feedback link, for integrators that deliver it themselves (the request is audited)",
  security: bearerSecurity,
  request: { params: IdParam },
  responses: { 200: json(LinkSchema, 'The link'), ...errorResponses },
});

async function setup(c: Context<AppEnv>, eventId: string) {
  const db = c.get('app').database.db;
  const event = await managedEvent(db, requireStaff(c), eventId);
  const [settings, test, survey, counts] = await Promise.all([
    getSettings(db, eventId),
    listQuestions(db, eventId, 'test'),
    listQuestions(db, eventId, 'survey'),
    feedbackCounts(db, eventId),
  ]);
  return feedbackJson(eventId, settings, windowsOf(settings, event), test, survey, {
    pre: counts.pre,
    post: counts.post,
    responses: counts.responses,
    attendees: counts.attendees,
  });
}

const date = (v: string | null | undefined) =>
  v === undefined ? undefined : v === null ? null : new Date(v);

export function registerFeedbackApi(api: OpenAPIHono<AppEnv>) {
  // Who may act is settled before the body is read, so a reader gets 401/403 rather than a 422.
  api.use('/events/:id/feedback/*', async (c, next) => {
    requireStaff(c);
    await next();
  });
  api.use('/events/:id/feedback', async (c, next) => {
    requireStaff(c);
    await next();
  });

  api.openapi(read, async (c) => c.json(await setup(c, c.req.valid('param').id), 200));

  api.openapi(patch, async (c) => {
    const { id } = c.req.valid('param');
    const b = c.req.valid('json');
    await withFieldErrors(c, () =>
      saveFeedbackSettings(
        c.get('app').database.db,
        requireStaff(c),
        id,
        {
          testPublished: b.testPublished,
          surveyPublished: b.surveyPublished,
          passPercent: b.passPercent,
          preClosesAt: date(b.preClosesAt),
          postOpensAt: date(b.postOpensAt),
          postClosesAt: date(b.postClosesAt),
        },
        c.get('app').now(),
      ),
    );
    c.get('app').wakeJobs();
    return c.json(await setup(c, id), 200);
  });

  for (const instrument of ['test', 'survey'] as const) {
    api.openapi(putQuestions(instrument), async (c) => {
      const { id } = c.req.valid('param');
      await withFieldErrors(c, () =>
        saveQuestions(
          c.get('app').database.db,
          requireStaff(c),
          id,
          instrument,
          c.req.valid('json').questions,
          c.get('app').now(),
        ),
      );
      return c.json(await setup(c, id), 200);
    });
  }

  api.openapi(results, async (c) => {
    const { id } = c.req.valid('param');
    const db = c.get('app').database.db;
    await managedEvent(db, requireStaff(c), id);
    const [gain, survey] = await Promise.all([knowledgeGainOf(db, id), surveyResultsOf(db, id)]);
    return c.json(resultsJson(gain, survey), 200);
  });

  api.openapi(link, async (c) => {
    const { id } = c.req.valid('param');
    const db = c.get('app').database.db;
    const actor = requireStaff(c);
    const [reg] = await db.select().from(registrations).where(eq(registrations.id, id));
    if (!reg) throw new AppError('not_found');
    await managedEvent(db, actor, reg.eventId);
    const svc = servicesFor(c);
    await recordAudit(db, actor, { action: 'read', entity: 'feedback.link', entityId: reg.id });
    return c.json({ url: feedbackUrl(svc.siteUrl, svc.secret, reg) }, 200);
  });

  registerRegistrantApi(api);
}
