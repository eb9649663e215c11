/** An invitation and its e-mail, written together (the page's form and the API send the same one). */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { text } from '../../lib/bilingual.js';
import type { AppContext } from '../../web/context.js';
import { organisations } from '../directory/schema.js';
import { createInvitation, type InvitationInput } from './invitations.js';
import { INVITE_TTL_MS } from './links.js';
import { invitationMail } from './mails.js';

/** Creates the invitation and queues its e-mail in the caller's transaction; returns the link's row. */
export async function inviteAndMail(
  tx: Db,
  app: AppContext,
  actor: Actor,
  input: InvitationInput,
  publicBase: string,
) {
  const made = await createInvitation(tx, actor, input, app.now());
  const [org] = made.link.organisationId
    ? await tx
        .select({ name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, made.link.organisationId))
    : [];
  await app.mailer.queue(
    tx,
    invitationMail({
      to: made.link.email,
      inviter: actor.name || actor.email,
      role: input.role,
      lang: input.lang,
      link: `${publicBase}/${input.lang}/invitations/${made.token}`,
      days: Math.round(INVITE_TTL_MS / 86_400_000),
      organisation: org ? text(org.name, input.lang) : undefined,
    }),
  );
  return made.link;
}
