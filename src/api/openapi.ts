import { z } from '@hono/zod-openapi';

/**
 * The pieces every module's OpenAPI routes are made of. They keep the schema's type, so a handler
 * that answers another shape than the one documented fails the type check.
 */

/** A JSON response of `schema`. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** A required JSON request body of `schema`. */
export const body = <T extends z.ZodType>(schema: T) => ({
  required: true as const,
  content: { 'application/json': { schema } },
});

/** A JSON request body that may be left out (every field of `schema` then takes its default). */
export const optionalBody = <T extends z.ZodType>(schema: T) => ({
  required: false as const,
  content: { 'application/json': { schema } },
});

/**
 * `schema` or `null`. Written `anyOf: [{$ref}, {type: 'null'}]`: `.nullable()` on a schema with a
 * component name is written by the generator as `allOf: [{$ref}, {type: [object, null]}]`, which
 * no `null` can satisfy (the reference refuses it), so use this for every named schema.
 */
export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

type Security = Record<string, string[]>[];
/** A token is required. */
export const bearerSecurity: Security = [{ bearerAuth: [] }];
/** Anyone may call; a token changes nothing. */
export const publicAccess: Security = [];
/** Anyone may call; a token may show more (drafts, contact details for staff). */
export const optionalBearer: Security = [{}, { bearerAuth: [] }];

/**
 * The operation id an operation gets unless it names one: the method, then each path segment in
 * PascalCase, a `{parameter}` as `By<Parameter>` (`GET /events/{id}/agenda` → `getEventsByIdAgenda`).
 * It follows from the method and path alone, so it stays as long as the address does, and two
 * operations can never share one.
 */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      const param = segment.match(/^\{(.+)\}$/);
      return (param ? ['by', param[1]!] : [segment]).map(pascal).join('');
    });
  return method.toLowerCase() + words.join('');
}

const pascal = (s: string) =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
