import type { TestApp } from '../../../tests/helpers/app.js';
import type { Db } from '../../db/client.js';
import type { Actor, Role } from '../../lib/actor.js';
import { zodErrorMap } from '../../web/forms.js';
import { translator } from '../../web/i18n/index.js';
import { loadUser, newSecretToken, sha256 } from '../accounts/index.js';
import { apiTokens } from '../accounts/schema.js';
import { cities } from '../places/schema.js';
import type { ImportLanguage } from './import-common.js';
import type { OrganisationInput, PersonInput } from './inputs.js';

/** A few cities of the programme, so forms and imports have places to refer to. */
export async function addCities(db: Db) {
  const rows = await db
    .insert(cities)
    .values([
      { slug: 'qingdao', province: 'CN-SD', name: { en: 'Qingdao', zh: '青岛市' } },
      { slug: 'jinan', province: 'CN-SD', name: { en: 'Jinan', zh: '济南市' } },
      { slug: 'xiamen', province: 'CN-FJ', name: { en: 'Xiamen', zh: '厦门市' } },
      { slug: 'guangzhou', province: 'CN-GD', name: { en: 'Guangzhou', zh: '广州市' } },
    ])
    .returning();
  const by = (slug: string) => rows.find((r) => r.slug === slug)!;
  return { qingdao: by('qingdao'), jinan: by('jinan'), xiamen: by('xiamen'), guangzhou: by('guangzhou') };
}

/** A signed-in user as the domain functions see them, with their scopes read back from the database. */
export async function actor(
  t: TestApp,
  role: Role,
  scopes: { province: string; cityId: string | null }[] = [],
): Promise<Actor> {
  const browser = await t.signIn(role, { scopes });
  return (await loadUser(t.database.db, browser.userId!))!;
}

/** An API bearer token for a new user of the role. */
export async function bearer(t: TestApp, role: Role): Promise<Record<string, string>> {
  const user = await actor(t, role);
  const token = `ipc_${newSecretToken()}`;
  await t.database.db
    .insert(apiTokens)
    .values({ userId: user.id, name: 'test', tokenHash: sha256(token), prefix: token.slice(0, 12) });
  return { authorization: `Bearer ${token}` };
}

export const english: ImportLanguage = { t: translator('en'), errorMap: zodErrorMap(translator('en')) };

export const organisation = (over: Partial<OrganisationInput> = {}): OrganisationInput => ({
  name: { en: 'Ministry of Industry and Information Technology', zh: '工业和信息化部' },
  abbreviation: 'MIIT',
  kind: 'government',
  size: 'unknown',
  sector: '',
  province: 'CN-BJ',
  cityId: null,
  website: 'https://www.miit.gov.cn',
  ...over,
});

export const person = (over: Partial<PersonInput> = {}): PersonInput => ({
  name: 'Wang Li',
  nameAlt: '王丽',
  nameZh: '王丽处长',
  honorific: 'Ms',
  organisationId: null,
  role: { en: 'Division director', zh: '处长' },
  sex: 'female',
  email: '',
  phone: '',
  ...over,
});
