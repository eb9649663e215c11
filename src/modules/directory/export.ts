import type { Db } from '../../db/client.js';
import { writeCsv } from './csv.js';
import { listAllPeople, listOrganisations, type OrganisationFilter, type PersonFilter } from './queries.js';

export const ORGANISATION_COLUMNS = [
  'id',
  'name_en',
  'name_zh',
  'abbreviation',
  'kind',
  'size',
  'sector',
  'province',
  'city',
  'website',
] as const;

export const PERSON_COLUMNS = [
  'id',
  'name',
  'name_alt',
  'name_zh',
  'honorific',
  'organisation_id',
  'organisation',
  'role_en',
  'role_zh',
  'sex',
  'email',
  'phone',
] as const;

/**
 * The organisations matching the filters as CSV. Codes (kind, sector, province) rather than
 * labels, so the file imports back unchanged whatever language it was exported in.
 */
export async function exportOrganisationsCsv(db: Db, filter: OrganisationFilter): Promise<string> {
  const rows = await listOrganisations(db, filter);
  return writeCsv([
    [...ORGANISATION_COLUMNS],
    ...rows.map((o) => [
      o.id,
      o.name.en,
      o.name.zh,
      o.abbreviation,
      o.kind,
      o.size,
      o.sector,
      o.province,
      o.cityName ? o.cityName.en || o.cityName.zh : '',
      o.website,
    ]),
  ]);
}

/** People matching the filters as CSV; contact details only when the reader may see them. */
export async function exportPeopleCsv(
  db: Db,
  filter: PersonFilter,
  opts: { contactDetails: boolean },
): Promise<string> {
  const rows = await listAllPeople(db, filter);
  const hide = !opts.contactDetails;
  return writeCsv([
    [...PERSON_COLUMNS],
    ...rows.map((p) => [
      p.id,
      p.name,
      p.nameAlt,
      p.nameZh,
      p.honorific,
      p.organisation?.id ?? '',
      p.organisation ? p.organisation.name.en || p.organisation.name.zh : '',
      p.role.en,
      p.role.zh,
      hide ? '' : (p.sex ?? ''),
      hide ? '' : p.email,
      hide ? '' : p.phone,
    ]),
  ]);
}
