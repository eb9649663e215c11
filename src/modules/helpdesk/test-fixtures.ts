import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Services } from '../../lib/services.js';
import { users } from '../accounts/schema.js';
import { answerEnquiry } from './answer.js';
import { createEnquiry } from './create-enquiry.js';
import { replyToEnquiry } from './enquirer.js';
import { enquirerLink, enquiryToken } from './link.js';
import { getEnquiry } from './queries.js';
import { helpdeskExperts, helpdeskTemplates } from './schema.js';

/**
 * A helpdesk in use, for the page and API sweeps: an expert for trademarks, a template, and an
 * enquiry routed to the expert, answered, then reopened by the enquirer's reply, so its pages offer
 * every form (answer, note, assign, close, FAQ, reply, rating).
 */
export async function helpdeskFixtures(db: Db, services: Services, manager: Actor) {
  const [expert] = await db
    .insert(users)
    .values({ email: `helpdesk-expert-${Date.now()}@example.org`, name: 'Wang Lei', role: 'expert' })
    .returning({ id: users.id });
  await db.insert(helpdeskExperts).values({ userId: expert!.id, topics: ['trademarks'], provinces: [] });
  await db.insert(helpdeskTemplates).values({
    title: { en: 'Opposition', zh: '异议' },
    body: { en: 'You may oppose within three months.', zh: '您可以在三个月内提出异议。' },
  });
  const made = await db.transaction((tx) =>
    createEnquiry(tx, services, {
      name: '陈静',
      email: 'chen.jing@example.org',
      lang: 'zh',
      topic: 'trademarks',
      question: '我们的商标在欧盟被抢注了，应该怎么办？',
    }),
  );
  const enquiry = (await getEnquiry(db, manager, made.id))!;
  await answerEnquiry(db, services, manager, enquiry, '可以提出异议。', enquirerLink(services, enquiry));
  const answered = (await getEnquiry(db, manager, made.id))!;
  await replyToEnquiry(db, answered, '异议期有多长？', services.now);
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.id, expert!.id));
  return {
    helpdeskExpertId: row!.id,
    enquiryId: made.id,
    enquiryToken: enquiryToken(services.secret, made.id),
  };
}
