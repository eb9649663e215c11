import { and, asc, count, eq, getTableColumns, ilike, or, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Bilingual, Lang } from '../../lib/bilingual.js';
import { searchQuery } from '../../lib/search-text.js';
import { cities } from '../places/schema.js';
import { ORGANISATION_KINDS, type OrganisationKind, organisations, people } from './schema.js';

export type Organisation = typeof organisations.$inferSelect;
export type Person = typeof people.$inferSelect;
export type OrganisationRow = Organisation & { cityName: Bilingual | null; peopleCount: number };
export type OrganisationRef = { id: string; name: Bilingual; abbreviation: string };
export type PersonRow = Person & { organisation: OrganisationRef | null };

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  pages: number;
}

export const PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** More rows than this are not exported in one file. */
export const EXPORT_LIMIT = 50_000;

export interface OrganisationFilter {
  q?: string;
  kind?: string;
  province?: string;
  sector?: string;
  page?: number;
  pageSize?: number;
  /** Sorts by the name in this language. */
  lang?: Lang;
}

const matches = (column: SQLWrapper, q: string | undefined): SQL | undefined => {
  const tsq = q ? searchQuery(q) : null;
  return tsq ? sql`to_tsvector('simple', ${column}) @@ to_tsquery('simple', ${tsq})` : undefined;
};

const nameOrder = (name: typeof organisations.name, lang: Lang = 'en') =>
  lang === 'zh'
    ? sql`coalesce(nullif(${name}->>'zh', ''), ${name}->>'en')`
    : sql`coalesce(nullif(${name}->>'en', ''), ${name}->>'zh')`;

function organisationConditions(f: OrganisationFilter, withKind = true): SQL | undefined {
  return and(
    matches(organisations.searchText, f.q),
    withKind && f.kind ? eq(organisations.kind, f.kind as OrganisationKind) : undefined,
    f.province ? eq(organisations.province, f.province) : undefined,
    f.sector ? eq(organisations.sector, f.sector) : undefined,
  );
}

const paging = (f: { page?: number; pageSize?: number }) => {
  const pageSize = Math.min(Math.max(Math.trunc(f.pageSize ?? PAGE_SIZE), 1), MAX_PAGE_SIZE);
  const page = Math.max(Math.trunc(f.page ?? 1) || 1, 1);
  return { page, pageSize, offset: (page - 1) * pageSize };
};

const pageOf = <T>(items: T[], total: number, page: number, pageSize: number): Page<T> => ({
  items,
  total,
  page,
  pageSize,
  pages: Math.max(Math.ceil(total / pageSize), 1),
});

function selectOrganisations(db: Db) {
  return db
    .select({
      ...getTableColumns(organisations),
      cityName: cities.name,
      peopleCount:
        sql<number>`(select count(*) from ${people} where ${people.organisationId} = ${organisations.id})`.mapWith(
          Number,
        ),
    })
    .from(organisations)
    .leftJoin(cities, eq(cities.id, organisations.cityId));
}

/** Organisations matching a search and filters, a page at a time, with how many there are of each kind. */
export async function searchOrganisations(
  db: Db,
  f: OrganisationFilter = {},
): Promise<Page<OrganisationRow> & { kindCounts: Record<OrganisationKind, number> }> {
  const { page, pageSize, offset } = paging(f);
  const where = organisationConditions(f);
  const [items, kinds] = await Promise.all([
    selectOrganisations(db)
      .where(where)
      .orderBy(nameOrder(organisations.name, f.lang), asc(organisations.id))
      .limit(pageSize)
      .offset(offset),
    db
      .select({ kind: organisations.kind, n: count() })
      .from(organisations)
      .where(organisationConditions(f, false))
      .groupBy(organisations.kind),
  ]);
  const kindCounts = Object.fromEntries(ORGANISATION_KINDS.map((k) => [k, 0])) as Record<
    OrganisationKind,
    number
  >;
  for (const k of kinds) kindCounts[k.kind] = Number(k.n);
  const total = f.kind
    ? (kindCounts[f.kind as OrganisationKind] ?? 0)
    : kinds.reduce((s, k) => s + Number(k.n), 0);
  return { ...pageOf(items, total, page, pageSize), kindCounts };
}

/** Every organisation matching the filters, for export. */
export function listOrganisations(db: Db, f: OrganisationFilter = {}): Promise<OrganisationRow[]> {
  return selectOrganisations(db)
    .where(organisationConditions(f))
    .orderBy(nameOrder(organisations.name, f.lang), asc(organisations.id))
    .limit(EXPORT_LIMIT);
}

export async function getOrganisation(db: Db, id: string): Promise<OrganisationRow | null> {
  const [row] = await selectOrganisations(db).where(eq(organisations.id, id));
  return row ?? null;
}

/** Names of organisations for a select list or for matching, optionally limited to a scope. */
export function listOrganisationRefs(db: Db, scope?: SQL, lang: Lang = 'en'): Promise<OrganisationRef[]> {
  return db
    .select({ id: organisations.id, name: organisations.name, abbreviation: organisations.abbreviation })
    .from(organisations)
    .where(scope)
    .orderBy(nameOrder(organisations.name, lang), asc(organisations.id))
    .limit(EXPORT_LIMIT);
}

export interface PersonFilter {
  q?: string;
  organisationId?: string;
  province?: string;
  page?: number;
  pageSize?: number;
}

function personConditions(f: PersonFilter): SQL | undefined {
  return and(
    matches(people.searchText, f.q),
    f.organisationId ? eq(people.organisationId, f.organisationId) : undefined,
    f.province ? eq(organisations.province, f.province) : undefined,
  );
}

function selectPeople(db: Db) {
  return db
    .select({
      ...getTableColumns(people),
      orgId: organisations.id,
      orgName: organisations.name,
      orgAbbreviation: organisations.abbreviation,
    })
    .from(people)
    .leftJoin(organisations, eq(organisations.id, people.organisationId));
}

type PersonJoin = Person & {
  orgId: string | null;
  orgName: Bilingual | null;
  orgAbbreviation: string | null;
};
const toPersonRow = ({ orgId, orgName, orgAbbreviation, ...p }: PersonJoin): PersonRow => ({
  ...p,
  organisation: orgId ? { id: orgId, name: orgName!, abbreviation: orgAbbreviation ?? '' } : null,
});

/** People matching a search and filters, a page at a time, sorted by name. */
export async function listPeople(db: Db, f: PersonFilter = {}): Promise<Page<PersonRow>> {
  const { page, pageSize, offset } = paging(f);
  const where = personConditions(f);
  const [rows, [total]] = await Promise.all([
    selectPeople(db).where(where).orderBy(asc(people.name), asc(people.id)).limit(pageSize).offset(offset),
    db
      .select({ n: count() })
      .from(people)
      .leftJoin(organisations, eq(organisations.id, people.organisationId))
      .where(where),
  ]);
  return pageOf(rows.map(toPersonRow), Number(total?.n ?? 0), page, pageSize);
}

/** Every person matching the filters, for export. */
export async function listAllPeople(db: Db, f: PersonFilter = {}): Promise<PersonRow[]> {
  const rows = await selectPeople(db)
    .where(personConditions(f))
    .orderBy(asc(people.name), asc(people.id))
    .limit(EXPORT_LIMIT);
  return rows.map(toPersonRow);
}

export async function getPerson(db: Db, id: string): Promise<PersonRow | null> {
  const [row] = await selectPeople(db).where(eq(people.id, id));
  return row ? toPersonRow(row) : null;
}

export function listPeopleOfOrganisation(db: Db, organisationId: string, limit = 500): Promise<Person[]> {
  return db
    .select()
    .from(people)
    .where(eq(people.organisationId, organisationId))
    .orderBy(asc(people.name), asc(people.id))
    .limit(limit);
}

/** The person who already uses an e-mail address (compared without case), if any. */
export async function findPersonByEmail(db: Db, email: string): Promise<Person | null> {
  if (!email) return null;
  const [row] = await db
    .select()
    .from(people)
    .where(sql`lower(${people.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return row ?? null;
}

/** Organisations whose English or Chinese name or abbreviation is exactly this text (without case). */
export async function findOrganisationsByName(db: Db, name: string): Promise<OrganisationRef[]> {
  const n = name.trim().replace(/[\\%_]/g, (m) => `\\${m}`);
  if (!n) return [];
  return db
    .select({ id: organisations.id, name: organisations.name, abbreviation: organisations.abbreviation })
    .from(organisations)
    .where(
      or(
        ilike(sql`${organisations.name}->>'en'`, n),
        ilike(sql`${organisations.name}->>'zh'`, n),
        and(sql`${organisations.abbreviation} <> ''`, ilike(organisations.abbreviation, n)),
      ),
    )
    .limit(10);
}
