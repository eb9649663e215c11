import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import type { Services } from '../../lib/services.js';
import { recordAudit } from '../audit/index.js';
import { managesHelpdesk } from './access.js';
import { answerMail } from './mails.js';
import type { EnquiryRow } from './queries.js';
import { helpdeskEnquiries, helpdeskMessages } from './schema.js';
import { addTrail } from './trail.js';

/**
 * The assigned expert's (or a manager's) answer: kept in the conversation, e-mailed to the enquirer
 * in their language with the link to their page, and the enquiry marked answered. An unassigned
 * enquiry an expert answers becomes theirs.
 */
export async function answerEnquiry(
  db: Db,
  services: Services,
  actor: Actor,
  enquiry: EnquiryRow,
  body: string,
  link: string,
): Promise<void> {
  const manager = managesHelpdesk(actor);
  if (!manager && enquiry.assignedTo !== null && enquiry.assignedTo !== actor.id)
    throw new AppError('forbidden');
  if (enquiry.status === 'closed')
    throw new AppError('conflict', 'closed', undefined, { key: 'helpdesk.error.closed' });
  const now = services.now;
  await db.transaction(async (tx) => {
    await tx.insert(helpdeskMessages).values({
      enquiryId: enquiry.id,
      kind: 'answer',
      authorId: actor.id,
      authorName: actor.name || actor.email,
      body,
      createdAt: now,
    });
    const assignedTo = enquiry.assignedTo ?? (manager ? null : actor.id);
    await tx
      .update(helpdeskEnquiries)
      .set({ status: 'answered', assignedTo, firstAnsweredAt: enquiry.firstAnsweredAt ?? now })
      .where(eq(helpdeskEnquiries.id, enquiry.id));
    await addTrail(tx, {
      enquiryId: enquiry.id,
      actor,
      from: enquiry.status,
      to: 'answered',
      assignedTo,
      at: now,
    });
    await recordAudit(tx, actor, {
      action: 'answer',
      entity: 'enquiry',
      entityId: enquiry.id,
      before: { status: enquiry.status },
      after: { status: 'answered' },
    });
    await services.mailer.queue(
      tx,
      answerMail({ to: enquiry.email, name: enquiry.name, lang: enquiry.lang, link, body }),
    );
  });
}
