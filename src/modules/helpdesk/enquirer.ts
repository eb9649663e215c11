import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import type { EnquiryRow } from './queries.js';
import { helpdeskEnquiries, helpdeskMessages } from './schema.js';
import { addTrail } from './trail.js';

/** The enquirer writes again: kept in the conversation, and an answered or closed enquiry reopens. */
export async function replyToEnquiry(db: Db, enquiry: EnquiryRow, body: string, now: Date) {
  await db.transaction(async (tx) => {
    await tx.insert(helpdeskMessages).values({
      enquiryId: enquiry.id,
      kind: 'reply',
      authorName: enquiry.name,
      body,
      createdAt: now,
    });
    if (enquiry.status === 'answered' || enquiry.status === 'closed') {
      const to = enquiry.assignedTo ? 'assigned' : 'new';
      await tx.update(helpdeskEnquiries).set({ status: to }).where(eq(helpdeskEnquiries.id, enquiry.id));
      await addTrail(tx, {
        enquiryId: enquiry.id,
        actor: null,
        actorName: enquiry.name,
        from: enquiry.status,
        to,
        assignedTo: enquiry.assignedTo,
        at: now,
      });
      await recordAudit(tx, null, {
        action: 'reopen',
        entity: 'enquiry',
        entityId: enquiry.id,
        before: { status: enquiry.status },
        after: { status: to },
        reason: 'reply',
      });
    }
  });
}

/** The enquirer rates the answer they got (once there is one); a later rating replaces it. */
export async function rateAnswer(db: Db, enquiry: EnquiryRow, rating: number, comment: string) {
  if (!enquiry.firstAnsweredAt)
    throw new AppError('conflict', 'no answer', undefined, { key: 'helpdesk.error.noAnswerYet' });
  await db
    .update(helpdeskEnquiries)
    .set({ rating, ratingComment: comment })
    .where(eq(helpdeskEnquiries.id, enquiry.id));
}
