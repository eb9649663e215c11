import type { Database, Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { loadUser, newSecretToken, sha256 } from '../accounts/index.js';
import { apiTokens } from '../accounts/schema.js';
import { organisations } from '../directory/schema.js';
import { cities } from '../places/schema.js';
import { createEvent } from './create-event.js';
import type { EventFields } from './event-fields.js';
import { createProgramme } from './save-programme.js';

/** Test data: cities, a programme with partners, and a helper to add events. */
export async function seedBasics(db: Db, manager: Actor) {
  const [qingdao, jinan, xiamen] = await db
    .insert(cities)
    .values([
      { slug: 'qingdao', province: 'CN-SD', name: { en: 'Qingdao', zh: '青岛' }, lat: 36.07, lon: 120.38 },
      { slug: 'jinan', province: 'CN-SD', name: { en: 'Jinan', zh: '济南' } },
      { slug: 'xiamen', province: 'CN-FJ', name: { en: 'Xiamen', zh: '厦门' }, lat: 24.48, lon: 118.09 },
    ])
    .returning();
  const [ipr2, miit] = await db
    .insert(organisations)
    .values([
      { name: { en: 'IPR2 project', zh: 'IPR2项目' }, abbreviation: 'IPR2', kind: 'partner' },
      {
        name: { en: 'Ministry of Industry and Information Technology', zh: '工业和信息化部' },
        abbreviation: 'MIIT',
        kind: 'government',
      },
    ])
    .returning();
  const programme = await createProgramme(db, manager, {
    slug: 'ipr2-miit',
    title: { en: 'IPR2–MIIT IP management training', zh: 'IPR2与工业和信息化部知识产权管理培训' },
    description: { en: 'Training for local officials.', zh: '面向地方官员的培训。' },
    startYear: 2008,
    endYear: 2010,
    partners: [
      { organisationId: ipr2!.id, role: 'lead' },
      { organisationId: miit!.id, role: 'host' },
    ],
  });
  return { qingdao: qingdao!, jinan: jinan!, xiamen: xiamen!, ipr2: ipr2!, miit: miit!, programme };
}

export function eventFields(
  over: Partial<EventFields> & Pick<EventFields, 'programmeId' | 'cityId'>,
): EventFields {
  return {
    round: { en: '', zh: '' },
    title: { en: 'IP management training', zh: '知识产权管理培训' },
    description: { en: '', zh: '' },
    venue: { en: '', zh: '' },
    startDate: '2010-06-24',
    endDate: '2010-06-25',
    datePrecision: 'day',
    audience: 'officials',
    status: 'published',
    reportedHeadcount: null,
    headcountApproximate: false,
    ...over,
  };
}

export const addEvent = (db: Db, actor: Actor, f: Parameters<typeof eventFields>[0]) =>
  createEvent(db, actor, eventFields(f));

/** The user a test browser signed in as, as the domain functions take it. */
export async function userOf(database: Database, userId: string): Promise<Actor> {
  return (await loadUser(database.db, userId))!;
}

/** A bearer token for the user, stored as the accounts module stores them (hashed). */
export async function apiToken(database: Database, userId: string): Promise<string> {
  const token = newSecretToken();
  await database.db
    .insert(apiTokens)
    .values({ userId, name: 'test', tokenHash: sha256(token), prefix: token.slice(0, 6) });
  return token;
}
