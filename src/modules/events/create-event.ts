import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { nextTranslationState } from '../../lib/translation.js';
import { recordAudit } from '../audit/index.js';
import { getCity, scopeCondition } from '../places/index.js';
import {
  cleanEventFields,
  type EventFields,
  eventFieldErrors,
  translatedFields,
  validationError,
} from './event-fields.js';
import { getProgramme } from './programme-queries.js';
import { type EventRow, getEventRow } from './queries.js';
import type { EventKind } from './schema.js';
import { eventSearchText } from './search.js';

const rowsOf = <T>(r: unknown) => (r as { rows: T[] }).rows;

export interface CreateOptions {
  now?: Date;
  inStep?: boolean;
  /** A local session: its kind and the event it was cascaded from. */
  kind?: EventKind;
  parentEventId?: string;
  /**
   * Who may create this event here, as a condition of the INSERT, in place of the actor's scope
   * (a local session's own rule: its trainer, in their place, or staff whose scope covers it).
   */
  authorise?: SQL;
}

/**
 * Creates an event. Managers create anywhere; a coordinator only in their province or city: the
 * INSERT selects its row only when a scope of theirs covers the place, so nothing else can slip by.
 * A null actor is the system itself (the demo loader, the command line), never a web request.
 */
export async function createEvent(
  db: Db,
  actor: Actor | null,
  input: EventFields,
  opts: CreateOptions = {},
): Promise<EventRow> {
  const f = cleanEventFields(input);
  const errors = eventFieldErrors(f);
  if (Object.keys(errors).length) throw validationError(errors);
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const [city, programme] = await Promise.all([getCity(tx, f.cityId), getProgramme(tx, f.programmeId)]);
    if (!city) throw validationError({ cityId: 'events.error.cityUnknown' });
    if (!programme) throw validationError({ programmeId: 'events.error.programmeUnknown' });
    const tr = nextTranslationState(null, translatedFields(f), now, opts.inStep);
    const search = eventSearchText(f, city, programme);
    const json = (v: unknown) => sql`${JSON.stringify(v)}::jsonb`;
    const result = await tx.execute(sql`
      insert into events (programme_id, kind, parent_event_id, round, title, description, city_id, province, venue, start_date,
        end_date, date_precision, audience, status, reported_headcount, headcount_approximate, search_text,
        en_edited_at, zh_edited_at, translation_status, created_by)
      select ${programme.id}::uuid, ${opts.kind ?? 'training'}, ${opts.parentEventId ?? null}::uuid, ${json(f.round)}, ${json(f.title)}, ${json(f.description)}, ${city.id}::uuid,
        ${city.province}, ${json(f.venue)}, ${f.startDate}::date, ${f.endDate}::date, ${f.datePrecision},
        ${f.audience}, ${f.status}, ${f.reportedHeadcount}::int, ${f.headcountApproximate}, ${search},
        ${tr.enEditedAt?.toISOString() ?? null}::timestamptz, ${tr.zhEditedAt?.toISOString() ?? null}::timestamptz,
        ${tr.translationStatus}, ${actor?.id ?? null}::uuid
      where ${opts.authorise ?? (actor ? scopeCondition(actor, city.province, city.id) : sql`true`)}
      returning id`);
    const id = rowsOf<{ id: string }>(result)[0]?.id;
    if (!id) throw new AppError('forbidden', 'event outside scope');
    const row = (await getEventRow(tx, id))!;
    await recordAudit(tx, actor, { action: 'create', entity: 'event', entityId: id, after: row });
    return row;
  });
}
