import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { checkInsOf, eventDays, presentDays } from '../attendance/index.js';
import { organisations, people } from '../directory/schema.js';
import type { AnswerValue, Question } from '../registration/index.js';
import {
  answersOf,
  type EventRow,
  type ListedRegistration,
  type ListFilter,
  listRegistrations,
  managedEvent,
  questionsOf,
} from '../registration/index.js';

export interface ParticipantList {
  event: EventRow;
  questions: Question[];
  days: string[];
  rows: ParticipantRow[];
}

export interface ParticipantRow {
  registration: ListedRegistration;
  /** As the registrant said, else the directory's kind of their organisation. */
  organisationType: string | null;
  /** As the registrant said, else the directory's entry of the person. */
  sex: string | null;
  answers: Map<string, AnswerValue>;
  attended: Set<string>;
  /** Days present, as the attendance module counts them: distinct days within the event's dates. */
  daysPresent: number;
}

/** At most this many rows in one file: an event's registrations, with room to spare. */
export const PARTICIPANT_EXPORT_LIMIT = 5_000;

/**
 * An event's registrations with every answer and the days each person was checked in, for its
 * staff (the scope is in the query that finds the event), filtered as the registration list is.
 */
export async function participantList(
  db: Db,
  actor: Actor,
  eventId: string,
  filter: Pick<ListFilter, 'status' | 'q'> = {},
): Promise<ParticipantList> {
  const event = await managedEvent(db, actor, eventId);
  const [questions, registrations, checkIns] = await Promise.all([
    questionsOf(db, event.id),
    listRegistrations(db, event.id, { ...filter, limit: PARTICIPANT_EXPORT_LIMIT }),
    checkInsOf(db, event.id),
  ]);
  const [answers, directory] = await Promise.all([
    answersOf(
      db,
      registrations.map((r) => r.id),
    ),
    directoryFacts(db, registrations),
  ]);
  const attended = new Map<string, Set<string>>();
  for (const c of checkIns)
    attended.set(c.registrationId, (attended.get(c.registrationId) ?? new Set()).add(c.day));
  const days = eventDays(event.startDate, event.endDate);
  // A day outside the event's dates (the dates moved after check-in) still shows in the file.
  const extra = [...new Set(checkIns.map((c) => c.day))].filter((d) => !days.includes(d));
  return {
    event,
    questions,
    days: [...days, ...extra].sort(),
    rows: registrations.map((r) => ({
      registration: r,
      organisationType: r.organisationType ?? directory.kinds.get(r.organisationId ?? '') ?? null,
      sex: r.sex ?? directory.sexes.get(r.personId ?? '') ?? null,
      answers: answers.get(r.id) ?? new Map(),
      attended: attended.get(r.id) ?? new Set(),
      daysPresent: presentDays(attended.get(r.id) ?? [], event).length,
    })),
  };
}

async function directoryFacts(db: Db, regs: ListedRegistration[]) {
  const orgIds = [
    ...new Set(regs.flatMap((r) => (r.organisationType || !r.organisationId ? [] : [r.organisationId]))),
  ];
  const personIds = [...new Set(regs.flatMap((r) => (r.sex || !r.personId ? [] : [r.personId])))];
  const [orgs, persons] = await Promise.all([
    orgIds.length
      ? db
          .select({ id: organisations.id, kind: organisations.kind })
          .from(organisations)
          .where(inArray(organisations.id, orgIds))
      : [],
    personIds.length
      ? db.select({ id: people.id, sex: people.sex }).from(people).where(inArray(people.id, personIds))
      : [],
  ]);
  return {
    kinds: new Map<string, string>(orgs.map((o) => [o.id, o.kind])),
    sexes: new Map<string, string>(
      persons.flatMap((p) => (p.sex ? [[p.id, p.sex] as [string, string]] : [])),
    ),
  };
}
