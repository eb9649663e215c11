import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { errorResponses } from '../../api/base.js';
import { body, json, publicAccess } from '../../api/openapi.js';
import { AppError } from '../../lib/errors.js';
import type { AppEnv } from '../../web/context.js';
import { servicesFor } from '../../web/services.js';
import { checkPresented } from './check.js';
import { issuerProfile, keyDocument } from './published.js';
import { credentialById } from './queries.js';
import { statusListDocument } from './status-list.js';
import { credentialUrl } from './urls.js';
import { PROBLEMS } from './verify.js';

const JsonLd = z
  .record(z.string(), z.unknown())
  .openapi('JsonLdDocument', { description: 'A JSON-LD document (`application/ld+json`)' });

/** A JSON-LD answer: documented under both media types, answered as `application/ld+json`. */
const jsonLd = (description: string) => ({
  description,
  content: { 'application/ld+json': { schema: JsonLd }, 'application/json': { schema: JsonLd } },
});

const IdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const serial = (name: string) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(999_999_999)
    .openapi({ param: { name, in: 'path' } });
const KeyParam = z.object({ key: serial('key') });
const ListParam = z.object({ list: serial('list') });

const ProblemSchema = z.object({ code: z.enum(PROBLEMS), message: z.string() }).openapi('CredentialProblem');

const ChainLinkSchema = z.object({
  id: z.string().openapi({ description: 'The credential’s address' }),
  subject: z.string(),
  achievement: z.string(),
  verified: z.boolean(),
  problems: z.array(ProblemSchema),
});

const VerificationResult = z
  .object({
    verified: z.boolean(),
    problems: z.array(ProblemSchema),
    chain: z.array(ChainLinkSchema).openapi({
      description:
        'When the credential is one this platform issued: the credential that assessed it (`credentialSubject.source`, the trainer who ran the session), then that one’s source, up to the national training, each checked.',
    }),
  })
  .openapi('CredentialVerification');

const tags = ['credentials'];
const ld = (c: Context<AppEnv>, doc: object, headers: Record<string, string> = {}) =>
  c.body(JSON.stringify(doc), 200, { 'content-type': 'application/ld+json; charset=utf-8', ...headers });

const issuer = createRoute({
  method: 'get',
  path: '/credentials/issuer',
  tags,
  security: publicAccess,
  summary: 'The issuer’s profile (Open Badges 3.0 `Profile`) with its keys (`assertionMethod`)',
  responses: { 200: jsonLd('The profile'), ...errorResponses },
});

const key = createRoute({
  method: 'get',
  path: '/credentials/issuer/keys/{key}',
  tags,
  security: publicAccess,
  summary: 'A verification method of the issuer (Multikey, Ed25519)',
  request: { params: KeyParam },
  responses: { 200: jsonLd('The key'), ...errorResponses },
});

const status = createRoute({
  method: 'get',
  path: '/credentials/status/{list}',
  tags,
  security: publicAccess,
  summary: 'A revocation list (signed `BitstringStatusListCredential`, GZIP-compressed bitstring)',
  request: { params: ListParam },
  responses: { 200: jsonLd('The status list'), ...errorResponses },
});

const get = createRoute({
  method: 'get',
  path: '/credentials/{id}',
  tags,
  security: publicAccess,
  summary: 'A credential the platform issued (Open Badges 3.0 `AchievementCredential`, W3C VC 2.0)',
  description: 'The signed credential as issued; `GET /credentials/{id}/download` gives the same as a file.',
  request: { params: IdParam },
  responses: { 200: jsonLd('The credential'), ...errorResponses },
});

const download = createRoute({
  method: 'get',
  path: '/credentials/{id}/download',
  tags,
  security: publicAccess,
  summary: 'A credential as a file to keep or import in a wallet (`credential-<id>.json`)',
  request: { params: IdParam },
  responses: { 200: jsonLd('The credential, as an attachment'), ...errorResponses },
});

const verify = createRoute({
  method: 'post',
  path: '/credentials/verify',
  tags,
  security: publicAccess,
  summary: 'Verify a credential (public)',
  description:
    'The body is the credential (or `{ "verifiableCredential": … }`). Checked as anyone could: the proof against the platform’s published key, the period of validity, the revocation list. Each problem has a stable `code` and a `message` in the language of `Accept-Language`.',
  request: { body: body(JsonLd) },
  responses: { 200: json(VerificationResult, 'The verdict'), ...errorResponses },
});

export function registerCredentialsApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(issuer, async (c) => {
    return ld(c, await issuerProfile(c.get('app').database.db, servicesFor(c).siteUrl)) as never;
  });
  api.openapi(key, async (c) => {
    const doc = await keyDocument(c.get('app').database.db, servicesFor(c).siteUrl, c.req.valid('param').key);
    if (!doc) throw new AppError('not_found');
    return ld(c, doc) as never;
  });
  api.openapi(status, async (c) => {
    const doc = await statusListDocument(c.get('app').database.db, c.req.valid('param').list);
    if (!doc) throw new AppError('not_found');
    // A revocation should reach verifiers soon: caches may keep the list five minutes.
    return ld(c, doc, { 'cache-control': 'public, max-age=300' }) as never;
  });
  api.openapi(get, async (c) => {
    const row = await credentialById(c.get('app').database.db, c.req.valid('param').id);
    if (!row) throw new AppError('not_found');
    return ld(c, row.document) as never;
  });
  api.openapi(download, async (c) => {
    const row = await credentialById(c.get('app').database.db, c.req.valid('param').id);
    if (!row) throw new AppError('not_found');
    return ld(c, row.document, {
      'content-disposition': `attachment; filename="credential-${row.id}.json"`,
    }) as never;
  });
  api.openapi(verify, async (c) => {
    const services = servicesFor(c);
    const t = c.get('t');
    const lang = c.get('lang');
    const problems = (codes: readonly (typeof PROBLEMS)[number][]) =>
      codes.map((code) => ({ code, message: t(`credentials.problem.${code}`) }));
    const { result, sources } = await checkPresented(c.get('app').database.db, services, c.req.valid('json'));
    return c.json(
      {
        verified: result.verified,
        problems: problems(result.problems),
        chain: sources.map((l) => ({
          id: credentialUrl(services.siteUrl, l.credential.id),
          subject: l.credential.subjectName,
          achievement: l.credential.achievement[lang] || l.credential.achievement.en,
          verified: l.result.verified,
          problems: problems(l.result.problems),
        })),
      },
      200,
    );
  });
}
