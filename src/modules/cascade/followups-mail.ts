import type { Bilingual, Lang } from '../../lib/bilingual.js';
import { text } from '../../lib/bilingual.js';
import { formatDateRange } from '../../lib/dates.js';
import type { MailMessage } from '../../lib/mail.js';
import { translator } from '../../web/i18n/index.js';

export interface FollowUpMailInput {
  to: string;
  name: string;
  lang: Lang;
  months: number;
  event: { title: Bilingual; startDate: string; endDate: string };
  siteUrl: string;
  token: string;
  reminder: boolean;
}

/** The survey's address in the person's language. */
export const followUpUrl = (siteUrl: string, lang: Lang, token: string) =>
  `${siteUrl}/${lang}/follow-up/${token}`;

/** The follow-up survey (or its one reminder) in the person's language, with the opt-out link. */
export function followUpMail(m: FollowUpMailInput): MailMessage {
  const t = translator(m.lang);
  const title = text(m.event.title, m.lang);
  const url = followUpUrl(m.siteUrl, m.lang, m.token);
  const dates = formatDateRange(m.event.startDate, m.event.endDate, 'day', m.lang);
  const body = [
    t('mail.greeting', { name: m.name || m.to }),
    '',
    t(m.reminder ? 'cascade.followup.mail.reminderIntro' : 'cascade.followup.mail.intro', {
      title,
      dates,
      months: m.months,
    }),
    '',
    t('cascade.followup.mail.questions'),
    '',
    t('cascade.followup.mail.action'),
    url,
    '',
    t('cascade.followup.mail.optOut'),
    `${url}/opt-out`,
    '',
    t('mail.signature'),
  ];
  return {
    to: m.to,
    subject: t(m.reminder ? 'cascade.followup.mail.reminderSubject' : 'cascade.followup.mail.subject', {
      title,
      months: m.months,
    }),
    text: body.join('\n'),
  };
}
