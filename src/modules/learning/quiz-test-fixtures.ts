import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor, Role } from '../../lib/actor.js';
import { users } from '../accounts/schema.js';
import { importQuestions } from './bank-import.js';
import { readMoodleXml } from './moodle-read.js';
import { courses, enrolments, questions } from './schema.js';

export const MOODLE_FIXTURE = readFileSync(join(import.meta.dirname, 'test-files/moodle-export.xml'), 'utf8');

/** A user of the role, as the actor a use case takes. */
export async function actorOf(
  db: Db,
  role: Role,
  email = `${role}-${randomUUID()}@example.org`,
): Promise<Actor> {
  const [u] = await db
    .insert(users)
    .values({ email, name: `${role} user`, role })
    .returning({ id: users.id });
  return {
    id: u!.id,
    email,
    name: `${role} user`,
    role,
    preferredLang: 'en',
    organisationId: null,
    scopes: [],
  };
}

export async function addCourse(db: Db, status: 'draft' | 'published' = 'published'): Promise<string> {
  const [c] = await db
    .insert(courses)
    .values({
      slug: `course-${randomUUID().slice(0, 8)}`,
      title: { en: 'IP management basics', zh: '知识产权管理基础' },
      status,
    })
    .returning({ id: courses.id });
  return c!.id;
}

export async function enrol(db: Db, courseId: string, userId: string): Promise<string> {
  const [e] = await db.insert(enrolments).values({ courseId, userId }).returning({ id: enrolments.id });
  return e!.id;
}

/** The Moodle fixture's questions in the bank; their ids by ID number (or name, when it has none). */
export async function seedBank(db: Db, manager: Actor): Promise<Map<string, string>> {
  await importQuestions(db, manager, readMoodleXml(MOODLE_FIXTURE), 'moodle', new Date());
  const rows = await db
    .select({ id: questions.id, idNumber: questions.idNumber, name: questions.name })
    .from(questions);
  return new Map(rows.map((r) => [r.idNumber ?? r.name, r.id]));
}

export async function questionId(db: Db, idNumber: string): Promise<string> {
  const [q] = await db.select({ id: questions.id }).from(questions).where(eq(questions.idNumber, idNumber));
  return q!.id;
}
