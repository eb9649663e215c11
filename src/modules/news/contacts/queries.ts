import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import type { Bilingual } from '../../../lib/bilingual.js';
import type { TranslationStatus } from '../../../lib/translation.js';
import { organisations, people } from '../../directory/schema.js';
import { contacts } from '../schema.js';

export type ContactRow = typeof contacts.$inferSelect;

export interface ContactPerson {
  id: string;
  name: string;
  nameAlt: string;
  nameZh: string;
  honorific: string;
  email: string;
  organisation: Bilingual | null;
}

export interface Contact {
  id: string;
  topic: Bilingual;
  sortOrder: number;
  translationStatus: TranslationStatus;
  enEditedAt: Date | null;
  zhEditedAt: Date | null;
  person: ContactPerson;
}

const personColumns = {
  id: people.id,
  name: people.name,
  nameAlt: people.nameAlt,
  nameZh: people.nameZh,
  honorific: people.honorific,
  email: people.email,
  organisation: organisations.name,
};

/** Every topic with its person, in page order. */
export async function listContacts(db: Db): Promise<Contact[]> {
  const rows = await db
    .select({
      id: contacts.id,
      topic: contacts.topic,
      sortOrder: contacts.sortOrder,
      translationStatus: contacts.translationStatus,
      enEditedAt: contacts.enEditedAt,
      zhEditedAt: contacts.zhEditedAt,
      person: personColumns,
    })
    .from(contacts)
    .innerJoin(people, eq(people.id, contacts.personId))
    .leftJoin(organisations, eq(organisations.id, people.organisationId))
    .orderBy(asc(contacts.sortOrder), asc(contacts.createdAt), asc(contacts.id));
  return rows;
}

export async function getContact(db: Db, id: string): Promise<ContactRow | null> {
  const [row] = await db.select().from(contacts).where(eq(contacts.id, id));
  return row ?? null;
}

/** The people an editor can choose from, by name. */
export function personOptions(db: Db, limit = 2000): Promise<ContactPerson[]> {
  return db
    .select(personColumns)
    .from(people)
    .leftJoin(organisations, eq(organisations.id, people.organisationId))
    .orderBy(asc(people.name), asc(people.id))
    .limit(limit);
}

export async function personExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ id: people.id }).from(people).where(eq(people.id, id));
  return Boolean(row);
}
