import type { Role } from '../../lib/actor.js';
import type { Lang } from '../../lib/bilingual.js';
import type { MailMessage } from '../../lib/mail.js';
import { translator } from '../../web/i18n/index.js';

/** The password-reset e-mail, in the account holder's language. */
export function passwordResetMail(p: { to: string; name: string; lang: Lang; link: string }): MailMessage {
  const t = translator(p.lang);
  return {
    to: p.to,
    subject: t('accounts.mail.reset.subject'),
    text: [
      t('mail.greeting', { name: p.name || p.to }),
      '',
      t('accounts.mail.reset.intro'),
      '',
      p.link,
      '',
      t('accounts.mail.reset.expiry', { minutes: 60 }),
      t('accounts.mail.reset.ignore'),
      '',
      t('mail.signature'),
    ].join('\n'),
  };
}

/** The invitation e-mail, in the language the inviter chose for the invitee. */
export function invitationMail(p: {
  to: string;
  inviter: string;
  role: Role;
  lang: Lang;
  link: string;
  days: number;
  /** The organisation the account will belong to, named in the invitee's language. */
  organisation?: string;
}): MailMessage {
  const t = translator(p.lang);
  return {
    to: p.to,
    subject: t('accounts.mail.invite.subject'),
    text: [
      t('mail.greeting', { name: p.to }),
      '',
      t('accounts.mail.invite.intro', { inviter: p.inviter, role: t(`accounts.role.${p.role}`) }),
      ...(p.organisation ? [t('accounts.mail.invite.organisation', { organisation: p.organisation })] : []),
      '',
      p.link,
      '',
      t('accounts.mail.invite.expiry', { days: p.days }),
      '',
      t('mail.signature'),
    ].join('\n'),
  };
}
