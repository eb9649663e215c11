import type { Lang } from '../../lib/bilingual.js';
import type { MailMessage } from '../../lib/mail.js';
import { translator } from '../../web/i18n/index.js';

/**
 * The e-mail that tells a new trainer they were certified, in their language: with the link to
 * make an account when they have none, or to their trainer page when they have one.
 */
export function certifiedMail(p: {
  to: string;
  name: string;
  lang: Lang;
  event: string;
  programme: string;
  level: number;
  siteUrl: string;
  account: { kind: 'invited'; token: string; days: number } | { kind: 'raised' | 'kept' };
}): MailMessage {
  const t = translator(p.lang);
  const next =
    p.account.kind === 'invited'
      ? [
          t('cascade.trainers.mail.invite'),
          '',
          `${p.siteUrl}/${p.lang}/invitations/${p.account.token}`,
          '',
          t('cascade.trainers.mail.inviteExpiry', { days: p.account.days }),
        ]
      : [
          ...(p.account.kind === 'raised' ? [t('cascade.trainers.mail.raised')] : []),
          t('cascade.trainers.mail.ownPage'),
          '',
          `${p.siteUrl}/${p.lang}/trainers/mine`,
        ];
  return {
    to: p.to,
    subject: t('cascade.trainers.mail.subject', { programme: p.programme }),
    text: [
      t('mail.greeting', { name: p.name || p.to }),
      '',
      t('cascade.trainers.mail.intro', { event: p.event, programme: p.programme, level: p.level }),
      '',
      ...next,
      '',
      t('mail.signature'),
    ].join('\n'),
  };
}
