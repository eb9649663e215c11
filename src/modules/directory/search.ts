import type { Bilingual } from '../../lib/bilingual.js';
import { searchText } from '../../lib/search-text.js';
import { provinceName } from '../places/index.js';

/** What a search finds an organisation by: both names, the abbreviation, its city and province in both languages. */
export function organisationSearchText(
  o: { name: Bilingual; abbreviation: string; province: string },
  cityName: Bilingual | null,
): string {
  const province = o.province ? provinceName(o.province) : null;
  return searchText(
    o.name.en,
    o.name.zh,
    o.abbreviation,
    cityName?.en,
    cityName?.zh,
    province?.en,
    province?.zh,
  );
}

/**
 * What a search finds a person by: names in both scripts, role, and the organisation's names.
 * Contact details are left out so a search cannot confirm someone's e-mail address.
 */
export function personSearchText(
  p: { name: string; nameAlt: string; nameZh?: string; honorific: string; role: Bilingual },
  organisation: { name: Bilingual; abbreviation: string } | null,
): string {
  return searchText(
    p.name,
    p.nameAlt,
    p.nameZh,
    p.role.en,
    p.role.zh,
    organisation?.name.en,
    organisation?.name.zh,
    organisation?.abbreviation,
  );
}
