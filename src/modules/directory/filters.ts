import { cleanText } from '../../lib/clean-text.js';
import { UUID } from '../../lib/ids.js';
import { isProvince } from '../places/index.js';
import type { OrganisationFilter, PersonFilter } from './queries.js';
import { ORGANISATION_KINDS, type OrganisationKind } from './schema.js';
import { isSector } from './sectors.js';

type Query = Record<string, string | undefined>;

const text = (v: string | undefined) => cleanText(v ?? '').slice(0, 200);
const pageNumber = (v: string | undefined) => {
  const n = Number.parseInt(v ?? '', 10);
  return Number.isFinite(n) && n > 0 && n < 100_000 ? n : 1;
};

/** The organisation filters in a query string; anything unknown is dropped rather than refused. */
export function organisationFilterFrom(q: Query): Required<Omit<OrganisationFilter, 'pageSize' | 'lang'>> {
  return {
    q: text(q.q),
    kind: ORGANISATION_KINDS.includes(q.kind as OrganisationKind) ? q.kind! : '',
    province: q.province && isProvince(q.province) ? q.province : '',
    sector: q.sector && isSector(q.sector) ? q.sector : '',
    page: pageNumber(q.page),
  };
}

export function personFilterFrom(q: Query): Required<Omit<PersonFilter, 'pageSize'>> {
  return {
    q: text(q.q),
    organisationId: q.organisation && UUID.test(q.organisation) ? q.organisation.toLowerCase() : '',
    province: q.province && isProvince(q.province) ? q.province : '',
    page: pageNumber(q.page),
  };
}

/** A query string of the filters that are set, for links that keep them (paging, export). */
export function queryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === '' || (k === 'page' && v === 1)) continue;
    params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
