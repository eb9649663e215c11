/** Marking a deadline as dealt with (fee paid, renewal filed), and taking the mark back. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import { editScope } from './access.js';
import { ipDeadlineMarks, ipDeadlines, ipRights } from './schema.js';

export async function setDeadlineMark(
  db: Db,
  actor: Actor,
  rightId: string,
  key: string,
  done: boolean,
  today: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [deadline] = await tx
      .select({ key: ipDeadlines.key })
      .from(ipDeadlines)
      .innerJoin(ipRights, eq(ipRights.id, ipDeadlines.rightId))
      .where(
        and(
          eq(ipDeadlines.rightId, rightId),
          eq(ipDeadlines.key, key),
          editScope(actor, ipRights.organisationId),
        ),
      );
    if (!deadline) throw new AppError('not_found', 'deadline');
    if (done) {
      const [mark] = await tx
        .insert(ipDeadlineMarks)
        .values({ rightId, key, doneOn: today, markedBy: actor.id })
        .onConflictDoNothing()
        .returning();
      if (mark)
        await recordAudit(tx, actor, {
          action: 'deadline_done',
          entity: 'ip_right',
          entityId: rightId,
          after: { key, doneOn: today },
        });
    } else {
      const [mark] = await tx
        .delete(ipDeadlineMarks)
        .where(and(eq(ipDeadlineMarks.rightId, rightId), eq(ipDeadlineMarks.key, key)))
        .returning();
      if (mark)
        await recordAudit(tx, actor, {
          action: 'deadline_undone',
          entity: 'ip_right',
          entityId: rightId,
          before: { key, doneOn: mark.doneOn },
        });
    }
  });
}
