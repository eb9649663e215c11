import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import { createItem, IP_RIGHTS, JURISDICTIONS } from '../library/index.js';
import type { EnquiryRow } from './queries.js';

type ItemInput = Parameters<typeof createItem>[2];

const LIBRARY_TOPIC: Record<string, ItemInput['topics']> = {
  enforcement: ['enforce'],
  licensing: ['valorise'],
  export: ['protect', 'use'],
};

/**
 * A draft library FAQ item made from an answered enquiry. Only the text the manager edited goes in
 * (never the enquirer's name or address); it is written in the enquiry's language, and the library's
 * translation status shows the other language is missing.
 */
export async function makeFaq(
  db: Db,
  actor: Actor,
  enquiry: EnquiryRow,
  text: { question: string; answer: string },
  now: Date,
): Promise<{ slug: string }> {
  if (!enquiry.firstAnsweredAt)
    throw new AppError('conflict', 'not answered', undefined, { key: 'helpdesk.error.noAnswerYet' });
  const l = enquiry.lang;
  const pair = (s: string) => ({ en: l === 'en' ? s : '', zh: l === 'zh' ? s : '' });
  const right = (IP_RIGHTS as readonly string[]).includes(enquiry.ipRight)
    ? [enquiry.ipRight as ItemInput['ipRights'][number]]
    : [];
  const jurisdiction = (JURISDICTIONS as readonly string[]).includes(enquiry.jurisdiction)
    ? [enquiry.jurisdiction as ItemInput['jurisdictions'][number]]
    : [];
  const item = await createItem(
    db,
    actor,
    {
      type: 'faq',
      title: pair(text.question.slice(0, 300)),
      summary: pair(''),
      body: pair(text.answer),
      source: pair(''),
      url: '',
      ipRights: right,
      topics: LIBRARY_TOPIC[enquiry.topic] ?? ['protect'],
      jurisdictions: jurisdiction,
      sectors: [],
      audiences: ['sme'],
      status: 'draft',
      publishedOn: undefined,
      eventIds: [],
      inStep: false,
    },
    now,
  );
  await recordAudit(db, actor, {
    action: 'make_faq',
    entity: 'enquiry',
    entityId: enquiry.id,
    after: { libraryItem: item.slug },
  });
  return { slug: item.slug };
}
