import { z } from '@hono/zod-openapi';
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { invalidFields } from '../../lib/field-errors.js';
import type { EventKindPart } from '../events/index.js';
import { findCity } from '../places/index.js';
import { localSessions } from './schema.js';
import { createLocalSession } from './sessions-create.js';
import { MAX_PLANNED_SIZE, SESSION_LANGS } from './sessions-input.js';
import { assertInTrainersPlace } from './sessions-place.js';

/** What a create request of the events API adds to make a local session. */
const sessionFieldsIn = {
  parentEventId: z.uuid().optional().openapi({
    description:
      'With `trainerId`: a local session under this event (the one the trainer was certified from)',
  }),
  trainerId: z.uuid().optional().openapi({ description: 'The certified trainer who runs the local session' }),
  sector: z.string().max(100).optional().openapi({ example: 'textiles' }),
  plannedSize: z.number().int().min(0).max(MAX_PLANNED_SIZE).nullable().optional(),
  language: z.enum(SESSION_LANGS).optional().openapi({ description: 'The local session’s language' }),
};
const SessionBody = z.object(sessionFieldsIn);

/** The cascade's part of the events API: local sessions created through `POST /events`, and their trainer. */
export const sessionsEventApi: EventKindPart = {
  input: sessionFieldsIn,
  output: {
    trainerId: z.uuid().optional().openapi({ description: 'For a local session: its trainer' }),
  },
  claims: (body) => body.parentEventId !== undefined || body.trainerId !== undefined,
  async create(tx, _svc, actor, f, body) {
    const b = SessionBody.parse(body);
    if (!b.parentEventId) throw invalidFields({ parentEventId: 'form.required' });
    if (!b.trainerId) throw invalidFields({ trainerId: 'form.required' });
    const city = await findCity(tx, f.city, null);
    if (!city) throw invalidFields({ cityId: 'events.error.cityUnknown' }, 'unknown city');
    return createLocalSession(tx, actor, {
      parentEventId: b.parentEventId,
      trainerId: b.trainerId,
      title: f.title,
      description: f.description,
      venue: f.venue,
      cityId: city.id,
      startDate: f.startDate,
      endDate: f.endDate,
      audience: f.audience ?? 'sme',
      status: f.status === 'draft' ? 'draft' : 'published',
      sector: b.sector?.trim() ?? '',
      plannedSize: b.plannedSize ?? null,
      lang: b.language ?? 'zh',
    });
  },
  afterUpdate: (tx, _actor, eventId) => assertInTrainersPlace(tx, eventId),
  async read(db: Db, eventIds: string[]) {
    const out = new Map<string, Record<string, unknown>>();
    if (!eventIds.length) return out;
    const rows = await db
      .select({ eventId: localSessions.eventId, trainerId: localSessions.trainerId })
      .from(localSessions)
      .where(inArray(localSessions.eventId, eventIds));
    for (const r of rows) out.set(r.eventId, { trainerId: r.trainerId });
    return out;
  },
};
