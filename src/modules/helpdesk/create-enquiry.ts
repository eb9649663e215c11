import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Services } from '../../lib/services.js';
import { sha256 } from '../accounts/index.js';
import { recordAudit } from '../audit/index.js';
import { dueBy } from './clock.js';
import type { EnquiryInput } from './input.js';
import { enquirerLink, enquiryToken } from './link.js';
import { receiptMail } from './mails.js';
import { pickExpert } from './routing.js';
import { helpdeskEnquiries } from './schema.js';
import { addTrail } from './trail.js';

export interface CreatedEnquiry {
  id: string;
  dueBy: Date;
}

/**
 * Records an enquiry, routes it to the matching expert with the fewest open enquiries (or leaves it
 * new for a manager) and queues the receipt with the private link, all in the caller's transaction.
 */
export async function createEnquiry(
  tx: Db,
  services: Services,
  input: EnquiryInput,
  opts: { receivedAt?: Date; actor?: Actor | null } = {},
): Promise<CreatedEnquiry> {
  const receivedAt = opts.receivedAt ?? services.now;
  const due = dueBy(receivedAt);
  const id = randomUUID();
  const token = enquiryToken(services.secret, id);
  const province = input.province ?? '';
  const expert = await pickExpert(tx, input.topic, province);
  const [row] = await tx
    .insert(helpdeskEnquiries)
    .values({
      id,
      name: input.name,
      email: input.email,
      lang: input.lang,
      topic: input.topic,
      ipRight: input.right ?? '',
      jurisdiction: input.jurisdiction ?? 'CN',
      province,
      question: input.question,
      source: input.source ?? '',
      sourceRef: input.sourceRef ?? null,
      status: expert ? 'assigned' : 'new',
      assignedTo: expert,
      tokenHash: sha256(token),
      receivedAt,
      dueBy: due,
      createdAt: services.now,
    })
    .returning({ id: helpdeskEnquiries.id });
  if (!row) throw new Error('enquiry not stored');
  await addTrail(tx, {
    enquiryId: id,
    actor: null,
    actorName: input.name,
    from: null,
    to: 'new',
    at: services.now,
  });
  if (expert) {
    await addTrail(tx, {
      enquiryId: id,
      actor: null,
      from: 'new',
      to: 'assigned',
      assignedTo: expert,
      at: services.now,
    });
    await recordAudit(tx, opts.actor ?? null, {
      action: 'assign',
      entity: 'enquiry',
      entityId: id,
      after: { assignedTo: expert, status: 'assigned' },
      reason: 'routed',
    });
  }
  await services.mailer.queue(
    tx,
    receiptMail({
      to: input.email,
      name: input.name,
      lang: input.lang,
      link: enquirerLink(services, { id, lang: input.lang }),
      dueBy: due,
      question: input.question,
    }),
  );
  return { id, dueBy: due };
}
