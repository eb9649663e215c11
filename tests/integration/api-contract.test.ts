import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { json, orNull } from '../../src/api/openapi.js';
import { ApiContract, holdToContract } from '../helpers/api-contract.js';

const City = z.object({ en: z.string(), zh: z.string() }).openapi('City');
const Place = z
  .object({ id: z.string(), city: orNull(City), at: z.string().openapi({ format: 'date' }) })
  .openapi('Place');
/** The generator's way of writing a named schema that may be null, kept to show why it is not used. */
const Naive = z.object({ id: z.string(), city: City.nullable() }).openapi('Naive');

/** A small API whose answers are right, wrong or undocumented, as a module's could be. */
function tinyApi(answer: unknown, status = 200) {
  const api = new OpenAPIHono();
  const route = createRoute({
    method: 'get',
    path: '/places/{id}',
    request: { params: z.object({ id: z.string() }) },
    responses: { 200: json(Place, 'A place'), 404: json(z.object({ error: z.string() }), 'None') },
  });
  // biome-ignore lint/suspicious/noExplicitAny: the point is to answer what the type would refuse
  api.openapi(route, (c) => c.json(answer as any, status as 200));
  api.openapi(
    createRoute({ method: 'get', path: '/naive', responses: { 200: json(Naive, 'A naive place') } }),
    (c) => c.json({ id: 'n', city: null }, 200),
  );
  const app = new OpenAPIHono();
  app.route('/api/v1', api);
  app.get('/api/v1/openapi.json', (c) => c.json(api.getOpenAPI31Document({ openapi: '3.1.0', info })));
  return app;
}
const info = { title: 't', version: '1' };
const good = { id: 'p1', city: { en: 'Qingdao', zh: '青岛' }, at: '2010-06-24' };

describe('the API contract check', () => {
  it('passes an answer of the documented shape, a null where the schema says orNull included', async () => {
    const app = holdToContract(tinyApi(good));
    expect((await app.request('/api/v1/places/p1')).status).toBe(200);
    const withNull = holdToContract(tinyApi({ ...good, city: null }));
    expect(await (await withNull.request('/api/v1/places/p1')).json()).toMatchObject({ city: null });
  });

  it('fails the request of a test whose answer has the wrong shape', async () => {
    const wrong = holdToContract(tinyApi({ id: 7, city: 'Qingdao', at: '2010-06-24' }));
    await expect(wrong.request('/api/v1/places/p1')).rejects.toThrow(
      /GET \/api\/v1\/places\/p1 → 200: (id|city):[\s\S]*(id|city):/,
    );
    const missing = holdToContract(tinyApi({ id: 'p1', at: '2010-06-24' }));
    await expect(missing.request('/api/v1/places/p1')).rejects.toThrow(/city/);
  });

  it('fails an answer with a status the document does not give', async () => {
    const teapot = holdToContract(tinyApi(good, 418));
    await expect(teapot.request('/api/v1/places/p1')).rejects.toThrow(/status 418 is not documented/);
  });

  it('shows why named schemas use orNull: the generator’s nullable reference refuses null', async () => {
    const app = tinyApi(good);
    const doc = await (await app.request('/api/v1/openapi.json')).json();
    const contract = new ApiContract(doc);
    const naive = contract.problems(
      'GET',
      '/api/v1/naive',
      200,
      'application/json',
      '{"id":"n","city":null}',
    );
    expect(naive.join()).toMatch(/city/);
    expect(doc.components.schemas.Place.properties.city).toEqual({
      anyOf: [{ $ref: '#/components/schemas/City' }, { type: 'null' }],
    });
  });
});
