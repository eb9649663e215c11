/** Invitations through the JSON API: the same invitation and e-mail as Administration → Invitations. */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { apiUser, bearerSecurity, errorResponses } from '../../api/base.js';
import { ROLES } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { once } from '../../web/once.js';
import { ScopeSchema } from './api-schemas.js';
import { publicBase } from './cookies.js';
import { listOpenInvitations } from './invitations.js';
import { inviteAndMail } from './invite-and-mail.js';
import type { AccountLink } from './links.js';
import { assignableRoles } from './roles.js';
import { accountLinks } from './schema.js';

const InvitationInputSchema = z
  .object({
    email: z.email().max(254),
    role: z.enum(ROLES),
    scopes: z.array(ScopeSchema).max(30).optional().default([]),
    lang: z.enum(['en', 'zh']).optional().default('zh').openapi({ description: 'Language of the e-mail' }),
    organisationId: z.uuid().nullable().optional().openapi({
      description:
        'The directory organisation the person works for: required for `sme`, optional for `official` and `expert`, refused for other roles. The account is linked to it on acceptance.',
    }),
  })
  .openapi('NewInvitation');

const InvitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: z.enum(ROLES),
    scopes: z.array(ScopeSchema),
    organisationId: z.uuid().nullable(),
    lang: z.enum(['en', 'zh']),
    createdAt: z.string().openapi({ format: 'date-time' }),
    expiresAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Invitation');

const invitationJson = (l: AccountLink) => ({
  id: l.id,
  email: l.email,
  role: l.role ?? 'official',
  scopes: l.scopes ?? [],
  organisationId: l.organisationId,
  lang: l.lang,
  createdAt: l.createdAt.toISOString(),
  expiresAt: l.expiresAt.toISOString(),
});

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const createRouteDef = createRoute({
  method: 'post',
  path: '/invitations',
  tags: ['Accounts'],
  summary:
    'Invite someone by e-mail with a role, scopes and organisation (administrators, programme managers)',
  description:
    'Send an `Idempotency-Key` header (16–64 characters) so a retried request sends one invitation.',
  security: bearerSecurity,
  request: { body: { content: { 'application/json': { schema: InvitationInputSchema } }, required: true } },
  responses: { 201: json(InvitationSchema, 'The invitation, e-mailed'), ...errorResponses },
});

const listRouteDef = createRoute({
  method: 'get',
  path: '/invitations',
  tags: ['Accounts'],
  summary: 'Open invitations (administrators, programme managers)',
  security: bearerSecurity,
  responses: {
    200: json(z.object({ items: z.array(InvitationSchema) }), 'Open invitations'),
    ...errorResponses,
  },
});

function requireInviter(c: Parameters<typeof apiUser>[0]) {
  const user = apiUser(c);
  if (!assignableRoles(user).length) throw new AppError('forbidden');
  return user;
}

export function registerInvitationsApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(createRouteDef, async (c) => {
    const user = requireInviter(c);
    const app = c.get('app');
    const body = c.req.valid('json');
    const { result: id } = await once(app.database.db, c.req.header('idempotency-key'), async (tx) => {
      const input = { ...body, email: body.email.toLowerCase() };
      return (await inviteAndMail(tx, app, user, input, publicBase(c))).id;
    });
    app.wakeJobs();
    const [link] = await app.database.db.select().from(accountLinks).where(eq(accountLinks.id, id));
    if (!link) throw new AppError('not_found');
    return c.json(invitationJson(link), 201);
  });

  api.openapi(listRouteDef, async (c) => {
    requireInviter(c);
    const app = c.get('app');
    const open = await listOpenInvitations(app.database.db, app.now());
    return c.json({ items: open.map(invitationJson) }, 200);
  });
}
