import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { forbidden } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import { type City, isProvince, listCities, PROVINCES } from '../places/index.js';
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
import { ORGANISATION_SIZES, type OrganisationInput, organisationInput } from './inputs.js';
import { directoryMessages as m } from './messages.js';
import { ORGANISATION_KINDS, organisations } from './schema.js';
import { organisationSearchText } from './search.js';
import { MIIT_SECTORS } from './sectors.js';
import { refreshPeopleSearchText } from './update-organisation.js';

const REQUIRED = ['name_en', 'name_zh', 'kind'] as const;
const COLUMNS: Record<string, string> = {
  name: 'name_en',
  'name.en': 'name_en',
  'name.zh': 'name_zh',
  cityId: 'city',
};

const labels = (key: keyof typeof m.en) => [m.en[key], m.zh[key]];
const KIND_OPTIONS = ORGANISATION_KINDS.map((k) => ({ code: k, labels: labels(`directory.kind.${k}`) }));
const SIZE_OPTIONS = ORGANISATION_SIZES.map((s) => ({ code: s, labels: labels(`directory.size.${s}`) }));
const SECTOR_OPTIONS = MIIT_SECTORS.map((s) => ({ code: s.code, labels: [s.label.en, s.label.zh] }));
const PROVINCE_OPTIONS = PROVINCES.map((p) => ({
  code: p.code,
  labels: [
    p.name.en,
    p.name.zh,
    p.code.slice(3),
    p.name.zh.replace(/(省|市|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, ''),
  ],
}));

function findCity(
  cities: City[],
  text: string,
  province: string,
): { city?: City; error?: 'unknownCity' | 'cityProvince' } {
  const named = cities.filter(
    (c) => sameText(c.slug, text) || sameText(c.name.en, text) || sameText(c.name.zh, text),
  );
  const inProvince = province ? named.filter((c) => c.province === province) : named;
  if (inProvince.length === 1) return { city: inProvince[0] };
  return { error: named.length && province ? 'cityProvince' : 'unknownCity' };
}

/** Checks every row of an organisations CSV and says what importing it would do. Writes nothing. */
export async function planOrganisationImport(
  db: Db,
  text: string,
  lang: ImportLanguage,
): Promise<ImportPlan<OrganisationInput>> {
  const records = readImportRecords(text, REQUIRED, lang);
  const [existing, cities] = await Promise.all([
    db.select({ id: organisations.id, name: organisations.name }).from(organisations),
    listCities(db),
  ]);
  const byId = new Map(existing.map((o) => [o.id, o]));
  const plan: ImportPlan<OrganisationInput> = { rows: [], errors: [] };
  const taken: { id: string | null; row: number; name: Bilingual }[] = existing.map((o) => ({
    id: o.id,
    row: 0,
    name: o.name,
  }));
  const seenIds = new Set<string>();
  for (const { row, values: v } of records) {
    const errors: RowError[] = [];
    const { id, error: idError } = readId(row, v.id, lang);
    if (idError) errors.push(idError);
    if (id && seenIds.has(id))
      errors.push({ row, column: 'id', message: lang.t('directory.error.repeatedRow') });
    if (id) seenIds.add(id);
    let province = matchCode(v.province, PROVINCE_OPTIONS);
    if (province && !isProvince(province)) {
      errors.push({ row, column: 'province', message: lang.t('directory.error.unknownProvince') });
      province = '';
    }
    let cityId = '';
    if ((v.city ?? '').trim()) {
      const found = findCity(cities, v.city!, province);
      if (found.city) cityId = found.city.id;
      else errors.push({ row, column: 'city', message: lang.t(`directory.error.${found.error!}`) });
    }
    const parsed = organisationInput.safeParse(
      {
        name: { en: v.name_en ?? '', zh: v.name_zh ?? '' },
        abbreviation: v.abbreviation ?? '',
        kind: matchCode(v.kind, KIND_OPTIONS),
        size: matchCode(v.size, SIZE_OPTIONS),
        sector: matchCode(v.sector, SECTOR_OPTIONS),
        province,
        cityId,
        website: v.website ?? '',
      },
      { error: lang.errorMap },
    );
    if (!parsed.success) {
      errors.push(...issuesToRowErrors(row, parsed.error, (p) => COLUMNS[p] ?? p, lang));
    } else {
      const input = parsed.data;
      if (input.cityId && !input.province) {
        input.province = cities.find((c) => c.id === input.cityId)!.province as OrganisationInput['province'];
      }
      const clash = taken.find(
        (o) => o.id !== id && (sameText(o.name.en, input.name.en) || sameText(o.name.zh, input.name.zh)),
      );
      if (clash) {
        errors.push({
          row,
          column: sameText(clash.name.en, input.name.en) ? 'name_en' : 'name_zh',
          message: lang.t(clash.row ? 'directory.error.repeatedRow' : 'directory.error.duplicateName'),
        });
      }
      taken.push({ id, row, name: input.name });
      const update = id !== null && byId.has(id);
      if (!errors.length) plan.rows.push({ row, id, update, input, label: input.name.en || input.name.zh });
    }
    plan.errors.push(...errors);
  }
  return plan;
}

/** Imports an organisations CSV in one transaction: every row, or, if any row is wrong, none. */
export async function importOrganisations(
  db: Db,
  actor: Actor,
  text: string,
  lang: ImportLanguage,
): Promise<number> {
  if (!managesDirectory(actor)) throw forbidden();
  return db.transaction(async (tx) => {
    const plan = await planOrganisationImport(tx, text, lang);
    if (plan.errors.length) throw importRejected(plan.errors);
    const cityNames = new Map((await listCities(tx)).map((c) => [c.id, c.name]));
    for (const { id, update, input } of plan.rows) {
      const searchText = organisationSearchText(
        input,
        input.cityId ? (cityNames.get(input.cityId) ?? null) : null,
      );
      if (id && update) {
        const [before] = await tx.select().from(organisations).where(eq(organisations.id, id)).for('update');
        const [after] = await tx
          .update(organisations)
          .set({ ...input, searchText, updatedAt: sql`now()` })
          .where(eq(organisations.id, id))
          .returning();
        await refreshPeopleSearchText(tx, after!);
        await recordAudit(tx, actor, {
          action: 'import',
          entity: 'organisation',
          entityId: id,
          before,
          after,
        });
      } else {
        const [row] = await tx
          .insert(organisations)
          .values({ ...input, searchText, ...(id ? { id } : {}) })
          .returning();
        await recordAudit(tx, actor, {
          action: 'import',
          entity: 'organisation',
          entityId: row!.id,
          after: row,
        });
      }
    }
    return plan.rows.length;
  });
}
