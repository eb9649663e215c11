import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { forbidden } from '../../lib/errors.js';
import { isUuid } from '../../lib/ids.js';
import { recordAudit } from '../audit/index.js';
import { managesDirectory } from './access.js';
import {
  type ImportLanguage,
  type ImportPlan,
  importRejected,
  issuesToRowErrors,
  matchCode,
  type RowError,
  readId,
  readImportRecords,
  sameText,
} from './import-common.js';
import { type PersonInput, personInput, SEXES } from './inputs.js';
import { directoryMessages as m } from './messages.js';
import { listOrganisationRefs, type OrganisationRef } from './queries.js';
import { people } from './schema.js';
import { personSearchText } from './search.js';

const REQUIRED = ['name'] as const;
const COLUMNS: Record<string, string> = {
  nameAlt: 'name_alt',
  nameZh: 'name_zh',
  role: 'role_en',
  'role.en': 'role_en',
  'role.zh': 'role_zh',
  organisationId: 'organisation',
};
const SEX_OPTIONS = SEXES.map((s) => ({
  code: s,
  labels: [m.en[`directory.sex.${s}`], m.zh[`directory.sex.${s}`], s[0]!],
}));

type OrgMatch = { id: string | null; error?: RowError };

function matchOrganisation(
  row: number,
  v: Record<string, string>,
  orgs: OrganisationRef[],
  lang: ImportLanguage,
): OrgMatch {
  const byId = (v.organisation_id ?? '').trim().toLowerCase();
  if (byId) {
    if (isUuid(byId) && orgs.some((o) => o.id === byId)) return { id: byId };
    return {
      id: null,
      error: { row, column: 'organisation_id', message: lang.t('directory.error.unknownOrganisation') },
    };
  }
  const name = (v.organisation ?? '').trim();
  if (!name) return { id: null };
  const hits = orgs.filter(
    (o) => sameText(o.name.en, name) || sameText(o.name.zh, name) || sameText(o.abbreviation, name),
  );
  if (hits.length === 1) return { id: hits[0]!.id };
  const key = hits.length ? 'directory.error.ambiguousOrganisation' : 'directory.error.unknownOrganisation';
  return { id: null, error: { row, column: 'organisation', message: lang.t(key) } };
}

/** Checks every row of a people CSV and says what importing it would do. Writes nothing. */
export async function planPeopleImport(
  db: Db,
  text: string,
  lang: ImportLanguage,
): Promise<ImportPlan<PersonInput>> {
  const records = readImportRecords(text, REQUIRED, lang);
  const [orgs, existing] = await Promise.all([
    listOrganisationRefs(db),
    db.select({ id: people.id, email: people.email }).from(people),
  ]);
  const ids = new Set(existing.map((p) => p.id));
  const emails = new Map<string, { id: string | null; row: number }>();
  for (const p of existing) if (p.email) emails.set(p.email.toLowerCase(), { id: p.id, row: 0 });
  const plan: ImportPlan<PersonInput> = { rows: [], errors: [] };
  const seenIds = new Set<string>();
  for (const { row, values: v } of records) {
    const errors: RowError[] = [];
    const { id, error: idError } = readId(row, v.id, lang);
    if (idError) errors.push(idError);
    if (id && seenIds.has(id))
      errors.push({ row, column: 'id', message: lang.t('directory.error.repeatedRow') });
    if (id) seenIds.add(id);
    const org = matchOrganisation(row, v, orgs, lang);
    if (org.error) errors.push(org.error);
    const parsed = personInput.safeParse(
      {
        name: v.name ?? '',
        nameAlt: v.name_alt ?? '',
        nameZh: v.name_zh ?? '',
        honorific: v.honorific ?? '',
        organisationId: org.id,
        role: { en: v.role_en ?? '', zh: v.role_zh ?? '' },
        sex: matchCode(v.sex, SEX_OPTIONS),
        email: v.email ?? '',
        phone: v.phone ?? '',
      },
      { error: lang.errorMap },
    );
    if (!parsed.success) {
      errors.push(...issuesToRowErrors(row, parsed.error, (p) => COLUMNS[p] ?? p, lang));
    } else {
      const input = parsed.data;
      const holder = input.email ? emails.get(input.email) : undefined;
      if (holder && (holder.id === null || holder.id !== id)) {
        const key = holder.row ? 'directory.error.repeatedRow' : 'directory.error.emailTaken';
        errors.push({ row, column: 'email', message: lang.t(key) });
      }
      if (input.email) emails.set(input.email, { id, row });
      const update = id !== null && ids.has(id);
      if (!errors.length) plan.rows.push({ row, id, update, input, label: input.name });
    }
    plan.errors.push(...errors);
  }
  return plan;
}

/** Imports a people CSV in one transaction: every row, or, if any row is wrong, none. */
export async function importPeople(
  db: Db,
  actor: Actor,
  text: string,
  lang: ImportLanguage,
): Promise<number> {
  if (!managesDirectory(actor)) throw forbidden();
  return db.transaction(async (tx) => {
    const plan = await planPeopleImport(tx, text, lang);
    if (plan.errors.length) throw importRejected(plan.errors);
    const orgs = new Map((await listOrganisationRefs(tx)).map((o) => [o.id, o]));
    for (const { id, update, input } of plan.rows) {
      const org = input.organisationId ? (orgs.get(input.organisationId) ?? null) : null;
      const searchText = personSearchText(input, org);
      if (id && update) {
        const [before] = await tx.select().from(people).where(eq(people.id, id)).for('update');
        const [after] = await tx
          .update(people)
          .set({ ...input, searchText, updatedAt: sql`now()` })
          .where(eq(people.id, id))
          .returning();
        await recordAudit(tx, actor, {
          action: 'import',
          entity: 'person',
          entityId: id,
          before,
          after,
        });
      } else {
        const [row] = await tx
          .insert(people)
          .values({ ...input, searchText, ...(id ? { id } : {}) })
          .returning();
        await recordAudit(tx, actor, {
          action: 'import',
          entity: 'person',
          entityId: row!.id,
          after: row,
        });
      }
    }
    return plan.rows.length;
  });
}
