import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { invalidFields } from '../../lib/field-errors.js';
import { UUID } from '../../lib/ids.js';
import { createCity } from './create-city.js';
import { findProvince } from './provinces.js';
import { type City, findCity } from './queries.js';

const CJK = /\p{Script=Han}/u;

/**
 * The city another system means by `ref` (an id, a slug, or an English or Chinese name). A name
 * not known yet becomes a new city when the province is given; without one it is refused, since a
 * guess could put the event in the wrong place. Errors name the field (`city`, `province`).
 */
export async function resolveCity(
  db: Db,
  actor: Actor,
  ref: string,
  provinceInput?: string | null,
): Promise<City> {
  const given = (provinceInput ?? '').trim();
  const province = given ? findProvince(given) : null;
  if (given && !province) {
    throw invalidFields({ province: 'events.error.province' }, 'unknown province');
  }
  const found = await findCity(db, ref, province);
  if (found) return found;
  if (UUID.test(ref.trim()) || !province) {
    throw invalidFields(
      { city: province ? 'events.error.cityUnknown' : 'events.error.cityNeedsProvince' },
      'unknown city',
    );
  }
  const name = ref.trim();
  return createCity(db, actor, {
    name: CJK.test(name) ? { en: '', zh: name } : { en: name, zh: '' },
    province,
  });
}
