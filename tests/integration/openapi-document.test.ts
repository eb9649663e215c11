import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationIdOf } from '../../src/api/openapi.js';
import { DATABASE_KINDS } from '../helpers/db.js';
import { operations, type Schema } from './support/openapi.js';
import { fillRoute, openApiRoute, type World, world } from './support/world.js';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every `allOf` that joins a reference with a null type: no value satisfies both when it is null. */
function nullRefusingRefs(doc: Schema): string[] {
  const found: string[] = [];
  const walk = (v: Schema, at: string) => {
    if (!v || typeof v !== 'object') return;
    if (
      Array.isArray(v.allOf) &&
      v.allOf.some((p: Schema) => p.$ref) &&
      v.allOf.some((p: Schema) => [p.type].flat().includes('null') || p.nullable)
    )
      found.push(at);
    for (const [k, x] of Object.entries(v)) walk(x, `${at}/${k}`);
  };
  walk(doc, '#');
  return found;
}

describe.each(DATABASE_KINDS)('the OpenAPI document (%s)', (kind) => {
  let w: World;
  let doc: Schema;
  beforeAll(async () => {
    w = await world(kind);
    doc = await (await w.t.app.request('/api/v1/openapi.json')).json();
  }, 120_000);
  afterAll(() => w.t.close());

  it('names every operation, each uniquely, by the rule method + path', () => {
    const ids: string[] = [];
    const wrong: string[] = [];
    for (const [path, item] of Object.entries<Schema>(doc.paths)) {
      for (const [method, op] of Object.entries<Schema>(item)) {
        if (!METHODS.includes(method)) continue;
        ids.push(op.operationId);
        if (op.operationId !== operationIdOf(method, path))
          wrong.push(`${method} ${path}: ${op.operationId}`);
      }
    }
    expect(ids.length).toBeGreaterThan(80);
    expect(wrong).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operationIdOf('get', '/events/{id}/agenda')).toBe('getEventsByIdAgenda');
    expect(operationIdOf('get', '/registrations/{id}/certificate.pdf')).toBe(
      'getRegistrationsByIdCertificatePdf',
    );
  });

  it('says of every operation whether it needs a token, and keeps its word', async () => {
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
    const unstated = operations(doc).filter(
      (o) => !Array.isArray(doc.paths[o.path][o.method.toLowerCase()].security),
    );
    expect(unstated.map((o) => `${o.method} ${o.path}`)).toEqual([]);
    const problems: string[] = [];
    for (const op of operations(doc).filter((o) => o.method === 'GET')) {
      const path = fillRoute(openApiRoute(op.path), w.ids, { api: true });
      const anonymous = await w.api('GET', path, undefined, { token: null });
      if (op.secured !== (anonymous.status === 401))
        problems.push(`GET ${op.path}: ${op.secured ? 'secured' : 'public'}, answered ${anonymous.status}`);
    }
    expect(problems).toEqual([]);
  });

  it('answers every read, as an administrator sees it, in the shape the document gives', async () => {
    // Fields that may be empty are empty somewhere: an organisation with no city, listed first.
    const cityless = await w.api('POST', '/organisations', {
      name: { en: 'A firm without a city', zh: '无城市企业' },
      kind: 'enterprise',
    });
    expect(cityless.status).toBe(201);
    // Each answer is checked against the document as it arrives (tests/helpers/api-contract.ts).
    // Reads that need a query parameter to name what they read.
    const queries: Record<string, string> = {
      '/ip/rights': `?organisationId=${w.ids.organisationId}`,
      '/reports/reach': '?programme=ipr2-miit',
    };
    const statuses: string[] = [];
    for (const op of operations(doc).filter((o) => o.method === 'GET')) {
      const path = fillRoute(openApiRoute(op.path), w.ids, { api: true }) + (queries[op.path] ?? '');
      const res = await w.api('GET', path);
      statuses.push(`${op.path} ${res.status}`);
    }
    expect(statuses.filter((s) => !/ 200$/.test(s))).toEqual([]);
  });

  it('writes a nullable named schema so that null is accepted', () => {
    expect(nullRefusingRefs(doc)).toEqual([]);
    expect(doc.components.schemas.Organisation.properties.city).toEqual({
      anyOf: [{ $ref: '#/components/schemas/Bilingual' }, { type: 'null' }],
    });
  });
});
