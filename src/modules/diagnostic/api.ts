import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Bilingual, errorResponses } from '../../api/base.js';
import { body, json, optionalBearer, publicAccess } from '../../api/openapi.js';
import type { Lang } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { diagnosticInput, openSections } from './answers.js';
import { conditionsSchema } from './conditions.js';
import { type Finding, linkHref } from './evaluate.js';
import { getDiagnostic } from './queries.js';
import { LEVEL_ONE, SECTION_IDS, SECTIONS } from './questions.js';
import { LINK_KINDS, PRIORITIES } from './rule-types.js';
import { createDiagnostic } from './save.js';

const Question = z.object({
  id: z.string(),
  text: Bilingual,
  required: z.boolean(),
  options: z.array(z.object({ value: z.string(), label: Bilingual })),
});
const QuestionsSchema = z
  .object({
    levelOne: z.array(Question),
    sections: z.array(
      z.object({
        id: z.enum(SECTION_IDS),
        title: Bilingual,
        when: conditionsSchema.openapi({ description: 'The section is asked when any of these holds' }),
        questions: z.array(Question),
      }),
    ),
  })
  .openapi('DiagnosticQuestions');

const Recommendation = z.object({
  ruleId: z.string(),
  kind: z.enum(['asset', 'risk']),
  priority: z.enum(PRIORITIES),
  finding: Bilingual,
  action: Bilingual,
  links: z.array(z.object({ kind: z.enum(LINK_KINDS), href: z.string() })),
});
const DiagnosticSchema = z
  .object({
    id: z.uuid(),
    sections: z.array(z.enum(SECTION_IDS)),
    answers: z.record(z.string(), z.string()),
    recommendations: z.array(Recommendation),
  })
  .openapi('Diagnostic');

const LangQuery = z.object({ lang: z.enum(['en', 'zh']).optional() });

const questionsRoute = createRoute({
  method: 'get',
  path: '/diagnostics/questions',
  security: publicAccess,
  tags: ['Self-diagnostic'],
  summary: 'The questionnaire: level one, then the sections and the conditions that open each',
  responses: { 200: json(QuestionsSchema, 'The questions'), ...errorResponses },
});
const createRouteDef = createRoute({
  method: 'post',
  path: '/diagnostics',
  security: optionalBearer,
  tags: ['Self-diagnostic'],
  summary: 'Take the self-diagnostic in one call; with a token, it is saved to the user’s organisation',
  description:
    '`answers` maps question ids to option values. An unknown question, a value not offered, a required question left out or a question of a section not called for is a 422 naming the field (`answers.<id>`). Links use `lang` (default en).',
  request: { body: body(diagnosticInput), query: LangQuery },
  responses: { 201: json(DiagnosticSchema, 'The diagnostic with its recommendations'), ...errorResponses },
});
const getRouteDef = createRoute({
  method: 'get',
  path: '/diagnostics/{id}',
  security: publicAccess,
  tags: ['Self-diagnostic'],
  summary: 'A completed diagnostic by its unguessable id',
  request: { params: z.object({ id: z.uuid() }), query: LangQuery },
  responses: { 200: json(DiagnosticSchema, 'The diagnostic'), ...errorResponses },
});

function diagnosticJson(
  d: {
    id: string;
    answers: Record<string, string>;
    findings: Finding[];
    organisationId: string | null;
    citySlug: string | null;
  },
  lang: Lang,
) {
  const x = { lang, diagnosticId: d.id, organisationId: d.organisationId, citySlug: d.citySlug };
  return {
    id: d.id,
    sections: openSections(d.answers).map((s) => s.id),
    answers: d.answers,
    recommendations: d.findings.map((f) => ({
      ruleId: f.ruleId,
      kind: f.kind,
      priority: f.priority,
      finding: f.finding,
      action: f.action,
      links: f.links.map((l) => ({ kind: l.kind, href: linkHref(l, x) })),
    })),
  };
}

const questionJson = (q: (typeof LEVEL_ONE)[number]) => ({ ...q, options: [...q.options] });

export function registerDiagnosticApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(questionsRoute, (c) =>
    c.json(
      {
        levelOne: LEVEL_ONE.map(questionJson),
        sections: SECTIONS.map((s) => ({
          ...s,
          when: [...s.when],
          questions: s.questions.map(questionJson),
        })),
      },
      200,
    ),
  );
  api.openapi(createRouteDef, async (c) => {
    const db = c.get('app').database.db;
    const id = await createDiagnostic(db, c.get('user') ?? null, c.req.valid('json').answers);
    const d = await getDiagnostic(db, id);
    return c.json(diagnosticJson(d!, c.req.valid('query').lang ?? 'en'), 201);
  });
  api.openapi(getRouteDef, async (c) => {
    const d = await getDiagnostic(c.get('app').database.db, c.req.valid('param').id);
    if (d?.status !== 'complete') throw new AppError('not_found');
    return c.json(diagnosticJson(d, c.req.valid('query').lang ?? 'en'), 200);
  });
}
