import { z } from '@hono/zod-openapi';
import { ROLES } from '../../lib/actor.js';
import type { UserView } from './queries.js';

export const ScopeSchema = z
  .object({
    province: z
      .string()
      .regex(/^CN-[A-Z]{2}$/)
      .openapi({ example: 'CN-SD' }),
    cityId: z.uuid().nullable().default(null).openapi({ description: 'null means the whole province' }),
  })
  .openapi('Scope');

export const UserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    preferredLang: z.enum(['en', 'zh']),
    organisationId: z.uuid().nullable(),
    active: z.boolean(),
    scopes: z.array(ScopeSchema),
    createdAt: z.string().openapi({ format: 'date-time' }),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('User');

export const userJson = (u: UserView) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  preferredLang: u.preferredLang,
  organisationId: u.organisationId,
  active: u.active,
  scopes: u.scopes,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
});

const name = z.string().trim().min(1).max(200);

export const TokenRequestSchema = z
  .object({
    email: z.string().max(254).openapi({ example: 'coordinator@example.org' }),
    password: z.string().max(1000),
    name: z.string().trim().min(1).max(100).optional().openapi({ description: 'What the token is for' }),
  })
  .openapi('TokenRequest');

export const TokenResponseSchema = z
  .object({
    token: z.string().openapi({ description: 'Shown once; send as `Authorization: Bearer <token>`' }),
    prefix: z.string(),
  })
  .openapi('Token');

export const NewUserSchema = z
  .object({
    email: z.email().max(254),
    name: name.optional().default(''),
    role: z.enum(ROLES),
    scopes: z.array(ScopeSchema).max(30).optional().default([]),
    preferredLang: z.enum(['en', 'zh']).optional().default('zh'),
    password: z
      .string()
      .min(10)
      .max(1000)
      .optional()
      .openapi({ description: 'Omit to let the user set one by reset' }),
    organisationId: z
      .uuid()
      .nullable()
      .optional()
      .openapi({ description: 'The organisation the user works for' }),
  })
  .openapi('NewUser');

export const UserPatchSchema = z
  .object({
    name: name.optional(),
    role: z.enum(ROLES).optional(),
    scopes: z.array(ScopeSchema).max(30).optional(),
    active: z.boolean().optional(),
    preferredLang: z.enum(['en', 'zh']).optional(),
    organisationId: z.uuid().nullable().optional().openapi({ description: 'null unlinks the organisation' }),
  })
  .openapi('UserPatch');

export const UserListSchema = z
  .object({
    items: z.array(UserSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .openapi('UserList');

export const UserQuerySchema = z.object({
  q: z.string().max(200).optional(),
  role: z.enum(ROLES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional().default(1),
  pageSize: z.coerce.number().int().min(1).max(200).optional().default(50),
});
