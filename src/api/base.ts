import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../lib/errors.js';
import type { AppEnv } from '../web/context.js';
import { zodErrorMap } from '../web/forms.js';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'validation' }),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .openapi('Error');

export const errorResponses = {
  400: { description: 'Malformed request', content: { 'application/json': { schema: ErrorSchema } } },
  401: { description: 'No or bad token', content: { 'application/json': { schema: ErrorSchema } } },
  403: { description: 'Not allowed', content: { 'application/json': { schema: ErrorSchema } } },
  404: { description: 'Not found', content: { 'application/json': { schema: ErrorSchema } } },
  409: { description: 'Conflict', content: { 'application/json': { schema: ErrorSchema } } },
  422: { description: 'Invalid input', content: { 'application/json': { schema: ErrorSchema } } },
  413: { description: 'Request body too large', content: { 'application/json': { schema: ErrorSchema } } },
  500: {
    description: 'Unexpected failure; a change is made whole or not at all',
    content: { 'application/json': { schema: ErrorSchema } },
  },
  503: {
    description:
      'The database is briefly unavailable (a restart or failover): try again after `Retry-After` seconds',
    content: { 'application/json': { schema: ErrorSchema } },
  },
} as const;

/** For the operations that count attempts per account or address. */
export const rateLimitedResponse = {
  429: { description: 'Too many attempts', content: { 'application/json': { schema: ErrorSchema } } },
} as const;

export const Bilingual = z
  .object({ en: z.string(), zh: z.string() })
  .openapi('Bilingual', { example: { en: 'Qingdao training', zh: '青岛培训' } });

export { bearerSecurity } from './openapi.js';

/** An OpenAPI router whose validation failures come back as translated `{error:{code,message,details}}`. */
export function createApiRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c: Context<AppEnv>) => {
      if (result.success) return;
      const t = c.get('t');
      const fields: Record<string, string> = {};
      const map = zodErrorMap(t);
      for (const issue of result.error.issues) {
        const key = issue.path.join('.') || '_';
        fields[key] ??= map(issue as never);
      }
      return c.json(
        { error: { code: 'validation', message: t('error.validation'), details: { fields } } },
        422,
      );
    },
  });
}

export function apiUser(c: Context<AppEnv>) {
  const u = c.get('user');
  if (!u) throw new AppError('unauthenticated');
  return u;
}
