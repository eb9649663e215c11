/** The helpdesk's e-mails, each in its recipient's language. */
import type { Lang } from '../../lib/bilingual.js';
import { formatDate } from '../../lib/dates.js';
import type { MailMessage } from '../../lib/mail.js';
import { translator } from '../../web/i18n/index.js';
import { shanghaiDay } from './clock.js';

/** The last day an answer is due on (the due instant is that day's midnight). */
export const dueDayText = (due: Date, lang: Lang) =>
  formatDate(shanghaiDay(new Date(due.getTime() - 1)), lang);

export const enquiryPath = (lang: Lang, token: string) => `/${lang}/helpdesk/e/${token}`;

export function receiptMail(p: {
  to: string;
  name: string;
  lang: Lang;
  link: string;
  dueBy: Date;
  question: string;
}): MailMessage {
  const t = translator(p.lang);
  return {
    to: p.to,
    subject: t('helpdesk.mail.receipt.subject'),
    text: [
      t('mail.greeting', { name: p.name }),
      '',
      t('helpdesk.mail.receipt.intro', { due: dueDayText(p.dueBy, p.lang) }),
      '',
      p.link,
      '',
      t('helpdesk.mail.receipt.keep'),
      '',
      t('helpdesk.mail.yourQuestion'),
      p.question,
      '',
      t('mail.signature'),
    ].join('\n'),
  };
}

export function answerMail(p: {
  to: string;
  name: string;
  lang: Lang;
  link: string;
  body: string;
}): MailMessage {
  const t = translator(p.lang);
  return {
    to: p.to,
    subject: t('helpdesk.mail.answer.subject'),
    text: [
      t('mail.greeting', { name: p.name }),
      '',
      t('helpdesk.mail.answer.intro'),
      '',
      p.body,
      '',
      t('helpdesk.mail.answer.link'),
      p.link,
      '',
      t('mail.signature'),
    ].join('\n'),
  };
}

export function expertReminderMail(p: {
  to: string;
  name: string;
  lang: Lang;
  link: string;
  dueBy: Date;
  overdue: boolean;
}): MailMessage {
  const t = translator(p.lang);
  const due = dueDayText(p.dueBy, p.lang);
  return {
    to: p.to,
    subject: p.overdue ? t('helpdesk.mail.overdue.subject') : t('helpdesk.mail.due.subject'),
    text: [
      t('mail.greeting', { name: p.name }),
      '',
      p.overdue ? t('helpdesk.mail.overdue.intro', { due }) : t('helpdesk.mail.due.intro', { due }),
      '',
      p.link,
      '',
      t('mail.signature'),
    ].join('\n'),
  };
}
