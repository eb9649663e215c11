import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import { managesHelpdesk } from './access.js';
import type { EnquiryRow } from './queries.js';
import { helpdeskEnquiries, helpdeskMessages } from './schema.js';
import { addTrail } from './trail.js';

/** A manager gives an enquiry to an expert (or back to the queue with null); an expert may take an unassigned one. */
export async function assignEnquiry(
  db: Db,
  actor: Actor,
  enquiry: EnquiryRow,
  expertId: string | null,
  now: Date,
) {
  const manager = managesHelpdesk(actor);
  if (!manager && !(expertId === actor.id && enquiry.assignedTo === null)) throw new AppError('forbidden');
  if (enquiry.status === 'closed' || enquiry.status === 'answered')
    throw new AppError('conflict', 'not open', undefined, { key: 'helpdesk.error.notOpen' });
  const to = expertId ? 'assigned' : 'new';
  await db.transaction(async (tx) => {
    await tx
      .update(helpdeskEnquiries)
      .set({ assignedTo: expertId, status: to })
      .where(eq(helpdeskEnquiries.id, enquiry.id));
    await addTrail(tx, {
      enquiryId: enquiry.id,
      actor,
      from: enquiry.status,
      to,
      assignedTo: expertId,
      at: now,
    });
    await recordAudit(tx, actor, {
      action: 'assign',
      entity: 'enquiry',
      entityId: enquiry.id,
      before: { assignedTo: enquiry.assignedTo, status: enquiry.status },
      after: { assignedTo: expertId, status: to },
    });
  });
}

/** Closes an enquiry (staff), or reopens a closed or answered one (staff). */
export async function setClosed(db: Db, actor: Actor, enquiry: EnquiryRow, closed: boolean, now: Date) {
  if (!managesHelpdesk(actor) && enquiry.assignedTo !== actor.id) throw new AppError('forbidden');
  const to = closed ? 'closed' : enquiry.assignedTo ? 'assigned' : 'new';
  if (enquiry.status === to) return;
  await db.transaction(async (tx) => {
    await tx.update(helpdeskEnquiries).set({ status: to }).where(eq(helpdeskEnquiries.id, enquiry.id));
    await addTrail(tx, {
      enquiryId: enquiry.id,
      actor,
      from: enquiry.status,
      to,
      assignedTo: enquiry.assignedTo,
      at: now,
    });
    await recordAudit(tx, actor, {
      action: closed ? 'close' : 'reopen',
      entity: 'enquiry',
      entityId: enquiry.id,
      before: { status: enquiry.status },
      after: { status: to },
    });
  });
}

/** An internal note, for experts and managers only. */
export async function addNote(db: Db, actor: Actor, enquiry: EnquiryRow, body: string, now: Date) {
  await db.insert(helpdeskMessages).values({
    enquiryId: enquiry.id,
    kind: 'note',
    authorId: actor.id,
    authorName: actor.name || actor.email,
    body,
    createdAt: now,
  });
}
