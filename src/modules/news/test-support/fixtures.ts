import { randomBytes } from 'node:crypto';
import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../lib/actor.js';
import { loadUser, sha256 } from '../../accounts/index.js';
import { apiTokens } from '../../accounts/schema.js';
import { organisations, people } from '../../directory/schema.js';
import { events, programmes } from '../../events/schema.js';
import { cities } from '../../places/schema.js';
import type { NewsInput } from '../input.js';

const uniq = () => randomBytes(4).toString('hex');

/** An event (with the programme and city it needs) to link news to. */
export async function seedEvent(
  db: Db,
  o: { en: string; zh: string; startDate: string; endDate?: string; status?: 'draft' | 'published' },
): Promise<string> {
  const [city] = await db
    .insert(cities)
    .values({ slug: `city-${uniq()}`, province: 'shandong', name: { en: 'Qingdao', zh: '青岛' } })
    .returning({ id: cities.id });
  const [programme] = await db
    .insert(programmes)
    .values({ slug: `prog-${uniq()}`, title: { en: 'IPR2', zh: 'IPR2' }, startYear: 2008 })
    .returning({ id: programmes.id });
  const [event] = await db
    .insert(events)
    .values({
      programmeId: programme!.id,
      cityId: city!.id,
      province: 'shandong',
      title: { en: o.en, zh: o.zh },
      startDate: o.startDate,
      endDate: o.endDate ?? o.startDate,
      status: o.status ?? 'published',
    })
    .returning({ id: events.id });
  return event!.id;
}

/** A person in the directory, optionally with an organisation. */
export async function seedPerson(
  db: Db,
  o: { name: string; honorific?: string; email?: string; organisation?: { en: string; zh: string } },
): Promise<string> {
  let organisationId: string | null = null;
  if (o.organisation) {
    const [org] = await db
      .insert(organisations)
      .values({ name: o.organisation, kind: 'government' })
      .returning({ id: organisations.id });
    organisationId = org!.id;
  }
  const [person] = await db
    .insert(people)
    .values({ name: o.name, honorific: o.honorific ?? '', email: o.email ?? '', organisationId })
    .returning({ id: people.id });
  return person!.id;
}

/** A bearer token for a user, as the API expects it. */
export async function apiToken(db: Db, userId: string): Promise<string> {
  const token = `test-${randomBytes(24).toString('base64url')}`;
  await db
    .insert(apiTokens)
    .values({ userId, tokenHash: sha256(token), prefix: token.slice(0, 8), name: 'test' });
  return token;
}

/** A news input with sensible defaults, for tests that care about one or two fields. */
export function newsFields(o: Partial<NewsInput> = {}): NewsInput {
  return {
    title: { en: 'Officials trained in Qingdao', zh: '青岛举办官员培训' },
    summary: { en: 'About 100 officials attended.', zh: '约100名官员参加。' },
    body: { en: 'First paragraph.\n\nSecond paragraph.', zh: '第一段。\n\n第二段。' },
    source: '',
    status: 'published',
    publishedOn: undefined,
    eventIds: [],
    inStep: false,
    ...o,
  };
}

/** The signed-in user a browser from the test app acts as, for calling use cases directly. */
export async function actorOf(db: Db, userId: string | undefined): Promise<Actor> {
  const user = userId ? await loadUser(db, userId) : null;
  if (!user) throw new Error('no such user');
  return user;
}
