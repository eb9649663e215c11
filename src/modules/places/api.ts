import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Bilingual, errorResponses } from '../../api/base.js';
import { json, publicAccess } from '../../api/openapi.js';
import type { AppEnv } from '../../web/context.js';
import { findProvince, provinceName } from './provinces.js';
import { type City, listCities } from './queries.js';

export const CitySchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    province: z.string().openapi({ example: 'CN-SD', description: 'ISO 3166-2:CN code' }),
    provinceName: Bilingual,
    name: Bilingual,
    lat: z.number().nullable(),
    lon: z.number().nullable(),
  })
  .openapi('City');

export const cityJson = (c: City) => ({
  id: c.id,
  slug: c.slug,
  province: c.province,
  provinceName: provinceName(c.province),
  name: c.name,
  lat: c.lat,
  lon: c.lon,
});

const list = createRoute({
  method: 'get',
  path: '/cities',
  security: publicAccess,
  tags: ['places'],
  summary: 'Cities where events take place',
  request: {
    query: z.object({
      province: z
        .string()
        .max(40)
        .optional()
        .openapi({ description: 'Province code (CN-SD) or name; only its cities' }),
    }),
  },
  responses: {
    200: json(z.object({ cities: z.array(CitySchema) }), 'The cities, by province and name'),
    ...errorResponses,
  },
});

export function registerPlacesApi(api: OpenAPIHono<AppEnv>) {
  api.openapi(list, async (c) => {
    const { province } = c.req.valid('query');
    const db = c.get('app').database.db;
    const code = province ? findProvince(province) : undefined;
    const rows = province && !code ? [] : await listCities(db, code ?? undefined);
    return c.json({ cities: rows.map(cityJson) }, 200);
  });
}
