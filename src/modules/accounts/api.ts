import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { apiUser, bearerSecurity, errorResponses, rateLimitedResponse } from '../../api/base.js';
import { body, json, publicAccess } from '../../api/openapi.js';
import { cleanText } from '../../lib/clean-text.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { registerInvitationsApi } from './api-invitations.js';
import {
  NewUserSchema,
  TokenRequestSchema,
  TokenResponseSchema,
  UserListSchema,
  UserPatchSchema,
  UserQuerySchema,
  UserSchema,
  userJson,
} from './api-schemas.js';
import { authenticate } from './authenticate.js';
import { clientIp } from './client-ip.js';
import { hashPassword } from './password.js';
import { getUserView, listUsers } from './queries.js';
import { loadUser } from './session.js';
import { createApiToken } from './tokens.js';
import { createUser, updateUser } from './users.js';

const tokenRoute = createRoute({
  method: 'post',
  path: '/auth/tokens',
  security: publicAccess,
  tags: ['Accounts'],
  summary: 'Exchange an e-mail and password for an API token (limited like sign-in)',
  request: { body: body(TokenRequestSchema) },
  responses: {
    201: json(TokenResponseSchema, 'The new token, shown once'),
    ...errorResponses,
    ...rateLimitedResponse,
  },
});

const meRoute = createRoute({
  method: 'get',
  path: '/me',
  tags: ['Accounts'],
  summary: 'The account the token belongs to',
  security: bearerSecurity,
  responses: { 200: json(UserSchema, 'The current user'), ...errorResponses },
});

const listRoute = createRoute({
  method: 'get',
  path: '/users',
  tags: ['Accounts'],
  summary: 'Find users (administrators)',
  security: bearerSecurity,
  request: { query: UserQuerySchema },
  responses: { 200: json(UserListSchema, 'A page of users'), ...errorResponses },
});

const createUserRoute = createRoute({
  method: 'post',
  path: '/users',
  tags: ['Accounts'],
  summary: 'Create a user with a role and scopes (administrators)',
  security: bearerSecurity,
  request: { body: body(NewUserSchema) },
  responses: { 201: json(UserSchema, 'The new user'), ...errorResponses },
});

const patchUserRoute = createRoute({
  method: 'patch',
  path: '/users/{id}',
  tags: ['Accounts'],
  summary: 'Change a user’s name, role, scopes, language or status (administrators)',
  security: bearerSecurity,
  request: {
    params: z.object({ id: z.uuid() }),
    body: body(UserPatchSchema),
  },
  responses: { 200: json(UserSchema, 'The updated user'), ...errorResponses },
});

function requireAdmin(c: Context<AppEnv>) {
  const user = apiUser(c);
  if (user.role !== 'admin') throw new AppError('forbidden');
  return user;
}

export function registerAccountsApi(api: OpenAPIHono<AppEnv>) {
  registerInvitationsApi(api);
  api.openapi(tokenRoute, async (c) => {
    const app = c.get('app');
    const db = app.database.db;
    const body = c.req.valid('json');
    const result = await authenticate(
      db,
      { email: body.email, password: body.password, ip: clientIp(c) },
      app.now(),
    );
    if (!result.ok) {
      throw result.reason === 'limited'
        ? new AppError('rate_limited')
        : new AppError('unauthenticated', 'bad credentials');
    }
    const owner = await loadUser(db, result.user.id);
    if (!owner) throw new AppError('unauthenticated');
    const made = await createApiToken(db, owner, cleanText(body.name ?? 'API'), app.now());
    return c.json({ token: made.token, prefix: made.prefix }, 201);
  });

  api.openapi(meRoute, async (c) => {
    const user = apiUser(c);
    const view = await getUserView(c.get('app').database.db, user.id);
    if (!view) throw new AppError('unauthenticated');
    return c.json(userJson(view), 200);
  });

  api.openapi(listRoute, async (c) => {
    requireAdmin(c);
    const q = c.req.valid('query');
    const result = await listUsers(c.get('app').database.db, {
      q: q.q ? cleanText(q.q) : undefined,
      role: q.role,
      page: q.page,
      pageSize: q.pageSize,
    });
    return c.json(
      { items: result.items.map(userJson), total: result.total, page: q.page, pageSize: q.pageSize },
      200,
    );
  });

  api.openapi(createUserRoute, async (c) => {
    const actor = requireAdmin(c);
    const body = c.req.valid('json');
    const view = await createUser(c.get('app').database.db, actor, {
      email: body.email,
      name: cleanText(body.name),
      role: body.role,
      scopes: body.scopes,
      preferredLang: body.preferredLang,
      passwordHash: body.password ? await hashPassword(body.password) : null,
      organisationId: body.organisationId,
    });
    return c.json(userJson(view), 201);
  });

  api.openapi(patchUserRoute, async (c) => {
    const actor = requireAdmin(c);
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    const view = await updateUser(c.get('app').database.db, actor, id, {
      ...body,
      name: body.name === undefined ? undefined : cleanText(body.name),
    });
    return c.json(userJson(view), 200);
  });
}
