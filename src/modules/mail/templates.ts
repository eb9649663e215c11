import type { Lang } from '../../lib/bilingual.js';
import { translator } from '../../web/i18n/index.js';
import type { Role } from '../accounts/schema.js';
import type { MailMessage } from './mailer.js';

/** The password-reset e-mail, in the account holder's language. */
export function passwordResetMail(p: { to: string; name: string; lang: Lang; link: string }): MailMessage {
  const t = translator(p.lang);
  return {
    to: p.to,
    subject: t('mail.reset.subject'),
    text: [
      t('mail.greeting', { name: p.name || p.to }),
      '',
      t('mail.reset.intro'),
      '',
      p.link,
      '',
      t('mail.reset.expiry', { minutes: 60 }),
      t('mail.reset.ignore'),
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
    subject: t('mail.invite.subject'),
    text: [
      t('mail.greeting', { name: p.to }),
      '',
      t('mail.invite.intro', { inviter: p.inviter, role: t(`accounts.role.${p.role}`) }),
      ...(p.organisation ? [t('mail.invite.organisation', { organisation: p.organisation })] : []),
      '',
      p.link,
      '',
      t('mail.invite.expiry', { days: p.days }),
      '',
      t('mail.signature'),
    ].join('\n'),
  };
}
