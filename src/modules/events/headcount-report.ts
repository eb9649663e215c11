import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { canManageProgrammes } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { cleanText } from '../../lib/clean-text.js';
import { AppError } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import { validationError } from './event-fields.js';
import { events, headcountReportEvents, headcountReports } from './schema.js';

export interface HeadcountReportFields {
  programmeId: string;
  label: Bilingual;
  count: number;
  approximate: boolean;
  basis?: Bilingual;
  source?: string;
  /** The events the figure covers together; all must belong to the programme. */
  eventIds: string[];
}

/**
 * Records a participant total reported without names, for one event or several together (the early
 * rounds only have "some 1,200" for all of them). Totals count it once, however many events it covers.
 */
export async function recordHeadcountReport(
  db: Db,
  actor: Actor | null,
  input: HeadcountReportFields,
): Promise<typeof headcountReports.$inferSelect> {
  if (actor && !canManageProgrammes(actor)) throw new AppError('forbidden');
  if (!Number.isInteger(input.count) || input.count < 0 || input.count > 100_000_000) {
    throw validationError({ count: 'events.error.headcount' }, 'headcount report');
  }
  const eventIds = [...new Set(input.eventIds)];
  return db.transaction(async (tx) => {
    const found = eventIds.length
      ? await tx
          .select({ id: events.id })
          .from(events)
          .where(and(inArray(events.id, eventIds), eq(events.programmeId, input.programmeId)))
      : [];
    if (found.length !== eventIds.length) {
      throw validationError({ eventIds: 'events.error.reportEvents' }, 'headcount report');
    }
    const [row] = await tx
      .insert(headcountReports)
      .values({
        programmeId: input.programmeId,
        label: { en: cleanText(input.label.en), zh: cleanText(input.label.zh) },
        count: input.count,
        approximate: input.approximate,
        basis: input.basis ?? { en: '', zh: '' },
        source: cleanText(input.source ?? ''),
      })
      .returning();
    if (eventIds.length) {
      await tx
        .insert(headcountReportEvents)
        .values(eventIds.map((eventId) => ({ reportId: row!.id, eventId })));
    }
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'headcount_report',
      entityId: row!.id,
      after: { ...row!, eventIds },
    });
    return row!;
  });
}
