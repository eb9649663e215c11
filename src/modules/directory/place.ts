import type { Db } from '../../db/client.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { invalidFields } from '../../lib/field-errors.js';
import { getCity } from '../places/index.js';

/**
 * Checks a province and city pair: the city must exist and lie in the province. A city given
 * without a province brings its own.
 */
export async function resolvePlace(
  db: Db,
  input: { province: string; cityId: string | null },
): Promise<{ province: string; cityId: string | null; cityName: Bilingual | null }> {
  if (!input.cityId) return { province: input.province, cityId: null, cityName: null };
  const city = await getCity(db, input.cityId);
  if (!city) throw invalidFields({ cityId: 'directory.error.unknownCity' });
  if (input.province && input.province !== city.province) {
    throw invalidFields({ cityId: 'directory.error.cityProvince' });
  }
  return { province: city.province, cityId: city.id, cityName: city.name };
}
