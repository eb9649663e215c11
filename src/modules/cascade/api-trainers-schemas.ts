import { z } from '@hono/zod-openapi';
import { Bilingual } from '../../api/base.js';
import { GrantInput, REASON_MAX } from './trainers-grant.js';
import type { ListedTrainer } from './trainers-queries.js';

export const TrainerIdParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const TrainerGrant = GrantInput.extend({
  registrationId: GrantInput.shape.registrationId.openapi({
    description:
      'A confirmed registration of an event that certifies (a training, or a local session let to).',
  }),
  attendeeId: GrantInput.shape.attendeeId.openapi({
    description: 'Or a named attendee of a local session that certifies the next tier.',
  }),
  reason: GrantInput.shape.reason.openapi({
    description: 'Required: why this person is granted the certificate; kept in the audit log.',
    example: 'Attended the Xiamen training instead; passed its test',
  }),
  cityId: GrantInput.shape.cityId.openapi({
    description: 'Where the trainer works; the event’s city when left out.',
  }),
}).openapi('TrainerGrant');

export const TrainerRevocation = z
  .object({
    reason: z
      .string()
      .max(REASON_MAX * 2)
      .openapi({ example: 'Left the agency' }),
  })
  .openapi('TrainerRevocation');

export const TrainerSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    programmeId: z.uuid(),
    programme: z.string().openapi({ description: 'The programme’s slug', example: 'ipr2-miit' }),
    sourceEventId: z.uuid(),
    sourceEvent: z.object({ title: Bilingual, kind: z.enum(['training', 'local']), startDate: z.string() }),
    basis: z.enum(['qualified', 'granted']),
    level: z.number().int().openapi({ description: '1 from a training; one more per local-session tier' }),
    cityId: z.uuid(),
    city: Bilingual,
    province: z.string().openapi({ example: 'CN-SD' }),
    topics: z
      .array(z.string())
      .openapi({ description: 'Topics of the library items linked to the source event' }),
    localSessions: z.number().int().openapi({ description: 'Local sessions the trainer has run' }),
    status: z.enum(['active', 'revoked']),
    reason: z.string(),
    userId: z.uuid().nullable(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
    revokedReason: z.string(),
  })
  .openapi('Trainer');

export const TrainerList = z
  .object({ items: z.array(TrainerSchema), total: z.number().int() })
  .openapi('TrainerList');

export const TrainerQuery = z.object({
  programme: z
    .string()
    .max(100)
    .optional()
    .openapi({ description: 'The programme’s slug', example: 'ipr2-miit' }),
  province: z.string().max(50).optional().openapi({ example: 'CN-SD' }),
  city: z
    .string()
    .max(100)
    .optional()
    .openapi({ description: 'A city’s id, slug or name', example: 'qingdao' }),
  topic: z.string().max(30).optional().openapi({ example: 'protect' }),
  status: z.enum(['active', 'revoked', 'all']).optional().openapi({ description: 'Active by default' }),
});

export function trainerJson(r: ListedTrainer): z.infer<typeof TrainerSchema> {
  const t = r.trainer;
  return {
    id: t.id,
    name: t.name,
    email: t.email,
    programmeId: t.programmeId,
    programme: r.programme.slug,
    sourceEventId: t.sourceEventId,
    sourceEvent: { title: r.source.title, kind: r.source.kind, startDate: r.source.startDate },
    basis: t.basis,
    level: t.level,
    cityId: t.cityId,
    city: r.city,
    province: t.province,
    topics: r.topics,
    localSessions: Number(r.sessions),
    status: t.revokedAt ? 'revoked' : 'active',
    reason: t.reason,
    userId: t.userId,
    createdAt: t.createdAt.toISOString(),
    revokedAt: t.revokedAt?.toISOString() ?? null,
    revokedReason: t.revokedReason,
  };
}
