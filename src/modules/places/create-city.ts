import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { cleanText } from '../../lib/clean-text.js';
import { AppError } from '../../lib/errors.js';
import { type FieldProblems, invalidFields } from '../../lib/field-errors.js';
import { recordAudit } from '../audit/index.js';
import { isProvince } from './provinces.js';
import { type City, findCity, getCity } from './queries.js';
import { scopeCondition } from './scope.js';

export interface NewCity {
  name: Bilingual;
  province: string;
  lat?: number | null;
  lon?: number | null;
}

/** Field errors as message keys; empty when the city may be created. */
export function cityFieldErrors(c: NewCity): FieldProblems {
  const errors: FieldProblems = {};
  if (!c.name.en && !c.name.zh) errors['name.en'] = 'form.oneLanguage';
  if (c.name.en.length > 100) errors['name.en'] = 'events.error.cityNameLength';
  if (c.name.zh.length > 100) errors['name.zh'] = 'events.error.cityNameLength';
  if (!isProvince(c.province)) errors.province = 'events.error.province';
  if (c.lat != null && !(c.lat >= -90 && c.lat <= 90)) errors.lat = 'form.invalid';
  if (c.lon != null && !(c.lon >= -180 && c.lon <= 180)) errors.lon = 'form.invalid';
  return errors;
}

/** A slug from the English name; a city named only in Chinese gets its province and a short hash. */
export function citySlug(name: Bilingual, province: string): string {
  const base = name.en
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  if (base) return base;
  const hash = createHash('sha256').update(name.zh).digest('hex').slice(0, 6);
  return `${province.replace(/^CN-/, '').toLowerCase()}-${hash}`;
}

/**
 * Adds a city. Managers may add one anywhere; a coordinator only in a province they cover as a
 * whole, which the INSERT itself checks. A city of the same name in the same province is reused.
 * A null actor is the system itself (the demo loader, the command line).
 */
export async function createCity(db: Db, actor: Actor | null, input: NewCity): Promise<City> {
  const c: NewCity = {
    name: { en: cleanText(input.name.en ?? ''), zh: cleanText(input.name.zh ?? '') },
    province: input.province,
    lat: input.lat ?? null,
    lon: input.lon ?? null,
  };
  const errors = cityFieldErrors(c);
  if (Object.keys(errors).length) throw invalidFields(errors, 'city');
  return db.transaction(async (tx) => {
    const same =
      (c.name.en && (await findCity(tx, c.name.en, c.province))) ||
      (c.name.zh && (await findCity(tx, c.name.zh, c.province)));
    if (same) return same;
    const base = citySlug(c.name, c.province);
    const guard = actor ? scopeCondition(actor, c.province, null) : sql`true`;
    for (let n = 1; n < 50; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      const result = await tx.execute(sql`
        insert into cities (slug, province, name, lat, lon)
        select ${slug}, ${c.province}, ${JSON.stringify(c.name)}::jsonb, ${c.lat}::float8, ${c.lon}::float8
        where ${guard}
        on conflict (slug) do nothing
        returning id`);
      const id = (result as unknown as { rows: { id: string }[] }).rows[0]?.id;
      if (id) {
        const city = (await getCity(tx, id))!;
        await recordAudit(tx, actor, { action: 'create', entity: 'city', entityId: id, after: city });
        return city;
      }
      // Nothing inserted: either the slug is taken (try the next) or the scope refused it.
      const allowed = await tx.execute(sql`select ${guard} as ok`);
      if (!(allowed as unknown as { rows: { ok: boolean }[] }).rows[0]?.ok) {
        throw new AppError('forbidden', 'city outside scope');
      }
    }
    throw new AppError('conflict', 'no free slug');
  });
}
